/** The requirements a package declares, with where each specifier sits (to check and rewrite pins). */
import { canonicalizeName } from '../names/index.js';
import { parseRequirement } from '../pep508/index.js';
import type { RepoFiles } from './repo-files.js';
import { arrayStringsAt, getPath, locateValue, parseToml, type TextSpan, type TomlTable } from './toml.js';
import type { InternalPin } from './types.js';

// The string's value: in a basic string, escapes (`\"` around a marker value) are not what they mean.
function valueOf(text: string, span: TextSpan, file: string): string {
  if (text[span.start - 1] !== '"' || !span.raw.includes('\\')) return span.raw;
  return parseToml(`v = "${span.raw}"`, file).v as string;
}

function parsePin(text: string, span: TextSpan, label: string, file: string): InternalPin | undefined {
  const value = valueOf(text, span, file);
  const parsed = parseRequirement(value);
  const declared = { raw: span.raw, label, file, line: span.line };
  if (!parsed.ok) {
    // Without a name there is no telling whether it is a pin on one of the repository's packages.
    if (parsed.name === undefined) return undefined;
    const { column, start } = span;
    return {
      ...declared,
      name: parsed.name,
      specifier: '',
      problem: parsed.message,
      column,
      start,
      end: start,
    };
  }
  const { name, specifierAt } = parsed.requirement;
  // Unpinned, the empty span sits at the end, where a specifier would go.
  const { start, end } = specifierAt ?? { start: span.raw.length, end: span.raw.length };
  // Offsets into the value are offsets into the file only while no escape comes before them; a name
  // or specifier written with escapes (`\u0061cme`) cannot be located, so it is not taken for a pin.
  if (value.slice(0, end) !== span.raw.slice(0, end)) return undefined;
  return {
    ...declared,
    name,
    specifier: span.raw.slice(start, end),
    column: span.column + start,
    start: span.start + start,
    end: span.start + end,
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
      const pin = parsePin(text, span, label, file);
      if (pin) pins.push(pin);
    }
  }
  return pins;
}

/** The requirements among `pins` that name one of `names` (canonical project names). */
export function internalPins(pins: InternalPin[], names: Set<string>): InternalPin[] {
  return pins.filter((p) => names.has(canonicalizeName(p.name)));
}
