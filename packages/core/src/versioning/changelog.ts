/**
 * Keep a Changelog (keepachangelog.com): releasing turns the `## [Unreleased]` section into the
 * release's section under a fresh, empty Unreleased heading, and moves the compare links along:
 *
 *   ## [Unreleased]                       ## [Unreleased]
 *   ### Added                 →
 *                                         ## [1.5.0] - 2025-01-31
 *                                         ### Added
 *   [Unreleased]: …/compare/v1.4.0...HEAD  [Unreleased]: …/compare/v1.5.0...HEAD
 *                                         [1.5.0]: …/compare/v1.4.0...v1.5.0
 */
import { compareVersions, tryParseVersion } from '../pep440/index.js';
import { lineColumn } from '../text/index.js';
import { eolAt } from './text.js';
import type { Replacement } from './types.js';

const HEADING = /^##[ \t]+\[unreleased\][ \t]*(?=\r?$)/im;
const LINK = /^(\[unreleased\]:[ \t]*)(\S*\/compare\/)(\S+?)(\.{2,3})(\S+?)([ \t]*)(?=\r?$)/im;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What releasing `version` (tagged `tag`, dated `date` as YYYY-MM-DD) changes in one changelog. */
export function changelogReplacements(
  text: string,
  version: string,
  tag: string,
  date: string,
): { replacements: Replacement[]; notice?: string } {
  const heading = HEADING.exec(text);
  if (!heading) return { replacements: [] };
  if (new RegExp(`^##[ \\t]+\\[${escape(version)}\\]`, 'im').test(text)) {
    return {
      replacements: [],
      notice: `it already has a "## [${version}]" section, so its "## [Unreleased]" section was left as it is`,
    };
  }
  const eol = eolAt(text, heading.index + heading[0].length);
  const replacements: Replacement[] = [
    {
      kind: 'changelog',
      label: '## [Unreleased] heading',
      ...lineColumn(text, heading.index),
      start: heading.index,
      end: heading.index + heading[0].length,
      old: heading[0],
      new: `${heading[0]}${eol}${eol}## [${version}] - ${date}`,
    },
  ];
  const link = LINK.exec(text);
  const hasOwnLink = new RegExp(`^\\[${escape(version)}\\]:`, 'im').test(text);
  if (link && !hasOwnLink) {
    const [whole, label, base, previous, dots, head, trailing] = link;
    const linkEol = eolAt(text, link.index + whole.length);
    replacements.push({
      kind: 'changelog',
      label: '[Unreleased] compare link',
      ...lineColumn(text, link.index),
      start: link.index,
      end: link.index + whole.length,
      old: whole,
      new: `${label}${base}${tag}${dots}${head}${trailing}${linkEol}[${version}]: ${base}${previous}${dots}${tag}`,
    });
  }
  return { replacements };
}

// A level-2 heading naming a version: `## [1.2.0] - 2025-01-31`, `## v1.2.0`, `## 1.2.0 (2025-01-31)`.
const VERSION_HEADING = /^##[ \t]+\[?([^\]\s]+)\]?[^\r\n]*$/gm;
// Link reference definitions (`[1.2.0]: https://…`) at the end of a section belong to the whole file.
const TRAILING_LINKS = /(?:\r?\n[ \t]*\[[^\]]+\]:[^\r\n]*)+\s*$/;

/**
 * The text of `version`'s section in a Keep a Changelog file, without its heading: from the line after
 * `## [X]` up to the next `## ` heading. X matches after PEP 440 normalisation, so `## [v1.2.0]`,
 * `## 1.2` and `## [1.2.0-rc.1]` are the sections of 1.2.0, 1.2 and 1.2.0rc1. Undefined when no heading
 * names the version; an empty string when the section has no text.
 */
export function changelogSection(text: string, version: string): string | undefined {
  const wanted = tryParseVersion(version);
  if (!wanted) return undefined;
  for (const match of text.matchAll(VERSION_HEADING)) {
    const named = tryParseVersion(match[1]);
    if (!named || compareVersions(named, wanted) !== 0) continue;
    const start = match.index + match[0].length;
    const rest = text.slice(start);
    const next = /^##[ \t]/m.exec(rest);
    const section = next ? rest.slice(0, next.index) : rest;
    return section.replace(TRAILING_LINKS, '').replace(/\r\n/g, '\n').trim();
  }
  return undefined;
}
