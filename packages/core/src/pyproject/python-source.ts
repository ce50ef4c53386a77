/**
 * Reading version strings out of Python sources without running them, the way build backends do it
 * statically: hatch's regex source, setuptools' and flit's AST reads of a module-level assignment.
 */
import { ConfigurationError } from '../errors/index.js';
import { lineColumn, type TextSpan } from './toml.js';

/** hatchling's DEFAULT_PATTERN (hatchling/version/core.py), written in JS syntax. */
export const HATCH_DEFAULT_PATTERN = String.raw`(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`;

/** pdm-backend's pattern for `source = "file"` (hooks/version/__init__.py). */
export const PDM_FILE_PATTERN = String.raw`^__version__\s*=\s*["'](?P<version>.+?)["']\s*(?:#.*)?$`;

/**
 * Converts a Python `re` pattern to a JS RegExp with match indices: named groups `(?P<n>…)`,
 * back-references `(?P=n)` and leading inline flags `(?i)`, `(?m)`, `(?s)`. Python applies these
 * patterns with MULTILINE, so `m` is always on.
 */
export function pythonRegex(pattern: string, where: { file: string; line?: number; key: string }): RegExp {
  let src = pattern;
  let flags = 'md';
  const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]) {
      if (f === 'i' || f === 's') flags += f;
      else if (f !== 'm' && f !== 'a' && f !== 'u') {
        throw new ConfigurationError(
          `${where.key} uses the inline flag (?${f}), which otai-release cannot apply; remove it from the pattern.`,
          where,
        );
      }
    }
  }
  src = src.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  if (src.includes('\\Z')) src = src.replace(/\\Z/g, '$');
  if (src.includes('\\A')) src = src.replace(/\\A/g, '^');
  let re: RegExp;
  try {
    re = new RegExp(src, flags);
  } catch (error) {
    throw new ConfigurationError(
      `${where.key} = '${pattern}' is not a regular expression otai-release can use: ${(error as Error).message}.`,
      where,
    );
  }
  if (!src.includes('(?<version>')) {
    throw new ConfigurationError(
      `${where.key} = '${pattern}' has no named group 'version'; write it as (?P<version>...) around the version text.`,
      where,
    );
  }
  return re;
}

/** The first match of `re`'s `version` group in `text` (re.search semantics), with its span. */
export function matchVersion(text: string, re: RegExp): TextSpan | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  const span = m?.indices?.groups?.version;
  if (!m || !span) return undefined;
  const [start, end] = span;
  return { start, end, raw: text.slice(start, end), ...lineColumn(text, start) };
}

/** A module-level assignment as read statically. */
export interface Assignment {
  /** Set when the value is a plain string literal; its span excludes the quotes. */
  string?: TextSpan;
  /** The value's source text (first line), for messages when it is not a string literal. */
  valueText: string;
  line: number;
  /** `from .x import NAME`: the relative module the name is imported from. */
  importedFrom?: string;
}

/**
 * Finds the top-level assignment of `name` (`NAME = "…"`, `NAME: str = "…"`), or a
 * `from .mod import NAME` re-export. Later assignments win, as they do when Python runs the module.
 */
export function findAssignment(text: string, name: string): Assignment | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const assign = new RegExp(`^${escaped}[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*(.*)$`, 'gmd');
  const reexport = new RegExp(
    `^from[ \\t]+(\\.[\\w.]*)[ \\t]+import[ \\t]+\\(?[^\\n]*\\b${escaped}\\b`,
    'gm',
  );
  let found: Assignment | undefined;
  let foundAt = -1;
  for (let m = assign.exec(text); m; m = assign.exec(text)) {
    const valueStart = m.indices![1][0];
    const valueText = m[1].replace(/\s+#.*$/, '').trim();
    const literal = /^(?:[rRuU]?)(["'])((?:(?!\1)[^\\\n]|\\.)*)\1$/.exec(valueText);
    const quoteOffset = text.indexOf(literal?.[1] ?? '\u0000', valueStart);
    const string =
      literal && !valueText.startsWith('"""') && !valueText.startsWith("'''")
        ? {
            start: quoteOffset + 1,
            end: quoteOffset + 1 + literal[2].length,
            raw: literal[2],
            ...lineColumn(text, quoteOffset + 1),
          }
        : undefined;
    found = { string, valueText, line: lineColumn(text, m.index).line };
    foundAt = m.index;
  }
  for (let m = reexport.exec(text); m; m = reexport.exec(text)) {
    if (m.index > foundAt) {
      found = { valueText: m[0], line: lineColumn(text, m.index).line, importedFrom: m[1] };
      foundAt = m.index;
    }
  }
  return found;
}

/** Reads a whole-file version (`VERSION`): the first non-blank line, with its span. */
export function wholeFileVersion(text: string): TextSpan | undefined {
  const m = /\S[^\r\n]*/.exec(text);
  if (!m) return undefined;
  const raw = m[0].trimEnd();
  return { start: m.index, end: m.index + raw.length, raw, ...lineColumn(text, m.index) };
}
