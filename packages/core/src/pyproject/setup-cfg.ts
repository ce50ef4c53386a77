/** setup.cfg's `[metadata] version` (a literal, `attr: pkg.__version__` or `file: VERSION`). */
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { locationAt } from './locations.js';
import { wholeFileVersion } from './python-source.js';
import { joinRel, type RepoFiles } from './repo-files.js';
import { lineColumn } from './toml.js';
import type { VersionLocation } from './types.js';

/** One `key = value` of an INI section, with the value's offsets. */
export interface IniValue {
  value: string;
  start: number;
  line: number;
}

/** Finds `key = value` in `[section]` of an INI text (setup.cfg, .bumpversion.cfg). */
export function iniValue(text: string, section: string, key: string): IniValue | undefined {
  let current = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      current = header[1].trim();
      continue;
    }
    if (current !== section) continue;
    const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*?)[ \t]*\r?$/.exec(line);
    if (m && m[1] === key) {
      const valueStart = start + line.indexOf(m[2], m[1].length);
      return { value: m[2], start: valueStart, line: lineColumn(text, valueStart).line };
    }
  }
  return undefined;
}

/** The version location setup.cfg declares, or undefined when it declares none. */
export function readSetupCfgVersion(
  files: RepoFiles,
  cfg: string,
  resolveAttr: (attr: string, where: SourcePosition) => VersionLocation,
): VersionLocation | undefined {
  const text = files.text(cfg);
  const found = iniValue(text, 'metadata', 'version');
  if (!found) return undefined;
  const where = { file: cfg, line: found.line };
  const directive = /^(attr|file):\s*(.+)$/.exec(found.value);
  if (directive?.[1] === 'attr') return resolveAttr(directive[2].trim(), where);
  if (directive?.[1] === 'file') {
    const target = joinRel(cfg.replace(/\/?setup\.cfg$/, '') || '.', directive[2].split(',')[0].trim());
    if (!files.isFile(target)) {
      throw new ConfigurationError(
        `setup.cfg version = file: ${directive[2]} does not exist (looked for ${target}).`,
        where,
      );
    }
    const span = wholeFileVersion(files.text(target));
    if (!span) throw new ConfigurationError(`${target} is empty; write the version in it.`, { file: target });
    return locationAt('setup-cfg', `${directive[2].trim()} (setup.cfg file:)`, target, span, true);
  }
  const span = {
    start: found.start,
    end: found.start + found.value.length,
    raw: found.value,
    ...lineColumn(text, found.start),
  };
  return locationAt('setup-cfg', '[metadata] version (setup.cfg)', cfg, span, true);
}
