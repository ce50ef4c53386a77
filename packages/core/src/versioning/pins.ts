/**
 * Rewriting pins between the repository's own packages so they admit the new version. A pin that
 * already admits it is left alone (`>=1.4,<2` for 1.5.0); otherwise only the clauses that exclude it
 * change, and only their version text (`== 1.4.0` → `== 1.5.0`, spacing kept). Upper bounds and
 * exclusions are the user's decision: they are reported, never moved, and never silently left excluding
 * the version.
 */
import { ConfigurationError } from '../errors/index.js';
import {
  formatVersion,
  parseSpecifier,
  parseVersion,
  specifierContains,
  specifierSetContains,
  type Version,
} from '../pep440/index.js';
import type { InternalPin } from '../pyproject/index.js';
import { lineColumn } from '../text/index.js';
import { applyReplacements } from './text.js';
import type { Replacement } from './types.js';

const CLAUSE = /^(\s*)(===|~=|==|!=|<=|>=|<|>)(\s*)(.*?)\s*$/s;

function epochPrefix(v: Version): string {
  return v.epoch ? `${v.epoch}!` : '';
}

// `~=1.4` stays two segments (`~=1.5`), keeping the pre/post/dev part only when it is still the same
// version (1.5.0rc1 → `~=1.5rc1`); `~=1.5` alone would exclude 1.5.0rc1.
function compatibleVersion(next: Version, segments: number): string {
  const release = next.release.slice(0, segments);
  while (release.length < segments) release.push(0);
  const dropped = next.release.slice(segments).some((n) => n !== 0);
  const candidate = formatVersion(dropped ? { epoch: next.epoch, release } : { ...next, release });
  return specifierContains(parseSpecifier(`~=${candidate}`), next) ? candidate : formatVersion(next);
}

function wildcardVersion(next: Version, prefix: string): string {
  const segments = parseVersion(prefix).release.length;
  const release = next.release.slice(0, segments);
  while (release.length < segments) release.push(0);
  return `${epochPrefix(next)}${release.join('.')}.*`;
}

/**
 * The replacements that make `pin` (declared by package `owner` in `text`) admit `next`; none when it
 * already does. Throws ConfigurationError, naming the pin and its file:line, for a requirement that
 * is not valid PEP 508 and for an upper bound or exclusion that keeps out `next`.
 */
export function pinReplacements(pin: InternalPin, owner: string, text: string, next: string): Replacement[] {
  const at = `${pin.file}:${pin.line}`;
  const where = { file: pin.file, line: pin.line, column: pin.column };
  if (pin.problem !== undefined) {
    throw new ConfigurationError(
      `${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) is not a valid dependency specifier: ${pin.problem}; fix it (e.g. "${pin.name}==${next}") and run again.`,
      where,
    );
  }
  if (pin.specifier.trim() === '' || specifierSetContains(pin.specifier, next)) return [];
  if (text.slice(pin.start, pin.end) !== pin.specifier) {
    throw new Error(`pin span of ${at} does not hold "${pin.specifier}"`);
  }
  const nextVersion = parseVersion(next);
  const replacements: Replacement[] = [];
  let offset = pin.start;
  for (const clause of pin.specifier.split(',')) {
    const clauseStart = offset;
    offset += clause.length + 1;
    const m = CLAUSE.exec(clause);
    if (!m || m[4] === '') continue;
    const [, lead, operator, gap, version] = m;
    if (specifierContains(parseSpecifier(clause), next)) continue;
    const operatorStart = clauseStart + lead.length;
    const versionStart = operatorStart + operator.length + gap.length;
    const replace = (start: number, newText: string) =>
      replacements.push({
        kind: 'pin',
        label: `${pin.raw} (${pin.label})`,
        package: owner,
        ...lineColumn(text, start),
        start,
        end: versionStart + version.length,
        old: text.slice(start, versionStart + version.length),
        new: newText,
      });
    switch (operator) {
      case '==':
        replace(
          versionStart,
          version.endsWith('.*') ? wildcardVersion(nextVersion, version.slice(0, -2)) : next,
        );
        break;
      case '===':
      case '>=':
        replace(versionStart, next);
        break;
      case '~=':
        replace(versionStart, compatibleVersion(nextVersion, parseVersion(version).release.length));
        break;
      case '>':
        // `>1.4.0` → `>=1.5.0`: `>1.5.0` would exclude the very version being released.
        replace(operatorStart, `>=${gap}${next}`);
        break;
      default:
        throw new ConfigurationError(
          `${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) excludes ${next} through "${clause.trim()}", ` +
            `which set-version does not move; ${
              operator === '!='
                ? `remove "${clause.trim()}"`
                : `raise the upper bound (e.g. "<${nextVersion.release[0] + 1}")`
            } in ${at}, or set another version.`,
          where,
        );
    }
  }
  const rewritten = applyReplacements(text, replacements).slice(
    pin.start,
    pin.end + replacements.reduce((n, r) => n + r.new.length - r.old.length, 0),
  );
  if (!specifierSetContains(rewritten, next)) {
    throw new ConfigurationError(
      `${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) cannot be rewritten to admit ${next} (it would read "${rewritten}"); change it by hand.`,
      where,
    );
  }
  return replacements;
}
