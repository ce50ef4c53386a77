/** The requirements a package declares, with where each specifier sits (to check and rewrite pins). */
import { canonicalizeName } from '../names/index.js';
import type { RepoFiles } from './repo-files.js';
import { arrayStringsAt, getPath, locateValue, type TextSpan, type TomlTable } from './toml.js';
import type { InternalPin } from './types.js';

// PEP 508 without URLs: name, extras, specifier (optionally parenthesised), marker.
const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?\s*([^;@()]*?)\s*\)?\s*(;.*)?$/;

function parsePin(span: TextSpan, label: string, file: string): InternalPin | undefined {
  const m = REQUIREMENT.exec(span.raw);
  if (!m) return undefined;
  const specifier = m[3];
  const offset = specifier ? span.raw.indexOf(specifier, m[1].length + (m[2]?.length ?? 0)) : span.raw.length;
  return {
    raw: span.raw,
    name: m[1],
    specifier,
    label,
    file,
    line: span.line,
    column: span.column + offset,
    start: span.start + offset,
    end: span.start + offset + specifier.length,
  };
}

/** Every requirement of `[project].dependencies` and `[project.optional-dependencies]`, located. */
export function readRequirements(files: RepoFiles, file: string, doc: TomlTable): InternalPin[] {
  const text = files.text(file);
  const arrays: [string[], string][] = [[['project', 'dependencies'], '[project].dependencies']];
  const optional = getPath(doc, ['project', 'optional-dependencies']);
  if (optional && typeof optional === 'object') {
    for (const extra of Object.keys(optional)) {
      arrays.push([['project', 'optional-dependencies', extra], `[project.optional-dependencies].${extra}`]);
    }
  }
  const pins: InternalPin[] = [];
  for (const [path, label] of arrays) {
    const at = locateValue(text, path);
    if (at === undefined) continue;
    for (const span of arrayStringsAt(text, at)) {
      const pin = parsePin(span, label, file);
      if (pin) pins.push(pin);
    }
  }
  return pins;
}

/** The requirements among `pins` that name one of `names` (canonical project names). */
export function internalPins(pins: InternalPin[], names: Set<string>): InternalPin[] {
  return pins.filter((p) => names.has(canonicalizeName(p.name)));
}
