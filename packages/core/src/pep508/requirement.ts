/**
 * PEP 508 dependency specifiers (`name[extra]>=1.0; python_version < "3.11"`, `name @ https://…`),
 * accepted and rejected exactly as packaging's hand-written parser does, with its error messages.
 * Requires-Dist, Provides-Dist and Obsoletes-Dist are validated with it, build requirements are
 * checked with it, and the pins between a repository's own packages are read (and rewritten) with it.
 */
import { canonicalizeName } from '../names/index.js';
import { PY_WHITESPACE } from '../pep440/whitespace.js';
import { tryParseSpecifierSet } from '../pep440/index.js';

/** A marker variable (`python_version`) or a quoted value (`"3.11"`). */
export type MarkerOperand = { variable: string } | { value: string };

/** One comparison: `python_version < "3.11"`. */
export interface MarkerItem {
  left: MarkerOperand;
  op: string;
  right: MarkerOperand;
}

/** A marker: items and nested groups joined by `and` / `or`, as packaging's MarkerList. */
export type MarkerList = (MarkerItem | MarkerList | 'and' | 'or')[];

/** A parsed dependency specifier. */
export interface Requirement {
  name: string;
  extras: string[];
  /** The specifier clauses as written, joined by commas (`>=1.0,<2`); empty when there is none. */
  specifier: string;
  /**
   * Where the specifier is written in the text (offsets, end exclusive): from its first clause to
   * the end of its last, spaces between clauses included; absent when there is none.
   */
  specifierAt?: TextRange;
  /** The direct reference after `@`, when there is one. */
  url?: string;
  marker?: MarkerList;
}

/** Offsets into a requirement's text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The outcome of parsing: the requirement, or packaging's error (message plus the caret display)
 * with the project name when the text starts with a valid one (the error lies after it).
 */
export type RequirementResult =
  { ok: true; requirement: Requirement } | { ok: false; message: string; display: string; name?: string };

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly display: string,
  ) {
    super(message);
  }
}

// Python's \b in str patterns: word characters are letters, numbers and the underscore.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;
const S = PY_WHITESPACE;
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's Specifier._specifier_regex_str, matched as a token (not anchored at the end).
const SPECIFIER =
  `(?:===${S}*(?:(?!${S})[^;)])*)` +
  `|(?:(?:==|!=)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
  `|(?:~=${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
  `|(?:(?:<=|>=|<|>)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})`;

function ruleTable() {
  return {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /'[^']*'|"[^"]*"/y,
    OP: /===|==|~=|!=|<=|>=|<|>/y,
    BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
    IN: new RegExp(`${B}in${B}`, 'uy'),
    NOT: new RegExp(`${B}not${B}`, 'uy'),
    VARIABLE: new RegExp(
      `${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)` +
        `|platform[._](?:version|machine|python_implementation)|python_implementation` +
        `|implementation_(?:name|version)|extras?|dependency_groups)${B}`,
      'uy',
    ),
    // Without the u flag, case-insensitive matching stays ASCII, like packaging's (?a:…) groups.
    SPECIFIER: new RegExp(SPECIFIER, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y,
    END: /$/y,
  } as const;
}

// Built on first use: the \p{…} classes behind Python's \b take milliseconds to compile, which a
// run without any Requires-Dist should not pay at start-up.
let RULES: ReturnType<typeof ruleTable> | undefined;
const rules = () => (RULES ??= ruleTable());

type TokenName = keyof ReturnType<typeof ruleTable>;

interface Token {
  name: TokenName;
  text: string;
  position: number;
}

class Tokenizer {
  position = 0;
  private next: Token | undefined;

  constructor(readonly source: string) {}

  check(name: TokenName, peek = false): boolean {
    const rule = rules()[name];
    rule.lastIndex = this.position;
    const m = rule.exec(this.source);
    if (!m) return false;
    if (!peek) this.next = { name, text: m[0], position: this.position };
    return true;
  }

  consume(name: TokenName): void {
    if (this.check(name)) this.read();
  }

  expect(name: TokenName, expected: string): Token {
    if (!this.check(name)) this.fail(`Expected ${expected}`);
    return this.read();
  }

  read(): Token {
    const token = this.next!;
    this.position += token.text.length;
    this.next = undefined;
    return token;
  }

  fail(message: string, start = this.position, end = this.position): never {
    const marker = ' '.repeat(start) + '~'.repeat(Math.max(0, end - start)) + '^';
    throw new SyntaxProblem(message, `${message}\n    ${this.source}\n    ${marker}`);
  }

  enclosing<T>(open: TokenName, close: TokenName, around: string, body: () => T): T {
    let openPosition: number | undefined;
    if (this.check(open)) {
      openPosition = this.position;
      this.read();
    }
    const result = body();
    if (openPosition === undefined) return result;
    if (!this.check(close))
      this.fail(`Expected matching ${close} for ${open}, after ${around}`, openPosition);
    this.read();
    return result;
  }
}

function parseExtras(t: Tokenizer): string[] {
  if (!t.check('LEFT_BRACKET', true)) return [];
  return t.enclosing('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
    t.consume('WS');
    const extras: string[] = [];
    if (t.check('IDENTIFIER')) {
      extras.push(t.read().text);
      for (;;) {
        t.consume('WS');
        if (t.check('IDENTIFIER', true)) t.fail('Expected comma between extra names');
        if (!t.check('COMMA')) break;
        t.read();
        t.consume('WS');
        extras.push(t.expect('IDENTIFIER', 'extra name after comma').text);
      }
    }
    t.consume('WS');
    return extras;
  });
}

function parseVersionMany(t: Tokenizer): Pick<Requirement, 'specifier' | 'specifierAt'> {
  let specifiers = '';
  let at: TextRange | undefined;
  while (t.check('SPECIFIER')) {
    const start = t.position;
    const specifier = t.read().text;
    specifiers += specifier;
    at = { start: at?.start ?? start, end: t.position };
    if (t.check('VERSION_PREFIX_TRAIL', true)) {
      const equality =
        specifier.startsWith('!=') || (specifier.startsWith('==') && !specifier.startsWith('==='));
      t.fail(
        equality
          ? '.* suffix cannot be used with pre-release, post-release, dev or local versions'
          : '.* suffix can only be used with `==` or `!=` operators',
        start,
        t.position + 1,
      );
    }
    if (t.check('VERSION_LOCAL_LABEL_TRAIL', true)) {
      t.fail('Local version label can only be used with `==` or `!=` operators', start, t.position);
    }
    t.consume('WS');
    if (!t.check('COMMA')) break;
    specifiers += t.read().text;
    t.consume('WS');
  }
  return at ? { specifier: specifiers, specifierAt: at } : { specifier: specifiers };
}

// Python's one-character escapes; a backslash before a newline continues the line.
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

// The value of a Python string literal as ast.literal_eval reads it; undefined when Python rejects it.
function pythonStringValue(token: string): string | undefined {
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\n' || c === '\r' || c === '\0') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === undefined) return undefined; // the backslash escapes the closing quote
    if (Object.hasOwn(SIMPLE_ESCAPES, n)) out += SIMPLE_ESCAPES[n];
    else if (Object.hasOwn(HEX_DIGITS, n)) {
      const digits = body.slice(i + 1, i + 1 + HEX_DIGITS[n]!);
      if (!new RegExp(`^[0-9a-fA-F]{${HEX_DIGITS[n]}}$`).test(digits)) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      i += digits.length;
      out += String.fromCodePoint(code);
    } else if (n === 'N') {
      const m = /^\{[^}]+\}/.exec(body.slice(i + 1));
      if (!m) return undefined;
      i += m[0].length;
      out += '\ufffd'; // a named character; its exact value does not matter for validation
    } else if (/[0-7]/.test(n)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      i += digits.length - 1;
      out += String.fromCodePoint(parseInt(digits, 8));
    } else out += `\\${n}`; // an unknown escape stays as written (Python only warns)
  }
  return out;
}

function parseMarkerVar(t: Tokenizer): MarkerOperand {
  if (t.check('VARIABLE')) {
    const name = t.read().text.replace(/\./g, '_');
    return { variable: name === 'python_implementation' ? 'platform_python_implementation' : name };
  }
  if (t.check('QUOTED_STRING')) {
    const token = t.read();
    const value = pythonStringValue(token.text);
    if (value === undefined)
      t.fail('Invalid quoted string', token.position, token.position + token.text.length);
    return { value };
  }
  return t.fail('Expected a marker variable or quoted string');
}

function parseMarkerOp(t: Tokenizer): string {
  if (t.check('IN')) {
    t.read();
    return 'in';
  }
  if (t.check('NOT')) {
    t.read();
    t.expect('WS', "whitespace after 'not'");
    t.expect('IN', "'in' after 'not'");
    return 'not in';
  }
  if (t.check('OP')) return t.read().text;
  return t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}

function parseMarkerAtom(t: Tokenizer): MarkerItem | MarkerList {
  t.consume('WS');
  let atom: MarkerItem | MarkerList;
  if (t.check('LEFT_PARENTHESIS', true)) {
    atom = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
      t.consume('WS');
      const inner = parseMarker(t);
      t.consume('WS');
      return inner;
    });
  } else {
    t.consume('WS');
    const left = parseMarkerVar(t);
    t.consume('WS');
    const op = parseMarkerOp(t);
    t.consume('WS');
    const right = parseMarkerVar(t);
    t.consume('WS');
    atom = { left, op, right };
  }
  t.consume('WS');
  return atom;
}

function parseMarker(t: Tokenizer): MarkerList {
  const expression: MarkerList = [parseMarkerAtom(t)];
  while (t.check('BOOLOP')) {
    const op = t.read().text as 'and' | 'or';
    expression.push(op, parseMarkerAtom(t));
  }
  return expression;
}

function parseRequirementMarker(t: Tokenizer, spanStart: number, expected: string): MarkerList {
  if (!t.check('SEMICOLON')) t.fail(`Expected ${expected} or end`, spanStart);
  t.read();
  const marker = parseMarker(t);
  t.consume('WS');
  return marker;
}

function parseDetails(t: Tokenizer): Pick<Requirement, 'url' | 'specifier' | 'specifierAt' | 'marker'> {
  if (t.check('AT')) {
    t.read();
    t.consume('WS');
    const urlStart = t.position;
    const url = t.expect('URL', 'URL after @').text;
    if (t.check('END', true)) return { url, specifier: '' };
    t.expect('WS', 'whitespace after URL');
    if (t.check('END', true)) return { url, specifier: '' };
    return {
      url,
      specifier: '',
      marker: parseRequirementMarker(t, urlStart, 'semicolon (after URL and whitespace)'),
    };
  }
  const start = t.position;
  const version = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
    t.consume('WS');
    const parsed = parseVersionMany(t);
    t.consume('WS');
    return parsed;
  });
  t.consume('WS');
  if (t.check('END', true)) return version;
  const expected = version.specifier
    ? 'comma (within version specifier), semicolon (after version specifier)'
    : 'semicolon (after name with no version specifier)';
  return { ...version, marker: parseRequirementMarker(t, start, expected) };
}

// packaging normalises the value compared with `extra` (and the literal tested against `extras` /
// `dependency_groups`) at parse time.
function normalizeExtras(marker: MarkerList): MarkerList {
  return marker.map((part) => {
    if (typeof part === 'string') return part;
    if (Array.isArray(part)) return normalizeExtras(part);
    const { left, op, right } = part;
    if ('variable' in left && left.variable === 'extra' && 'value' in right) {
      return { left, op, right: { value: canonicalizeName(right.value) } };
    }
    if ('variable' in right && 'value' in left) {
      if (
        right.variable === 'extra' ||
        right.variable === 'extras' ||
        right.variable === 'dependency_groups'
      ) {
        return { left: { value: canonicalizeName(left.value) }, op, right };
      }
    }
    return part;
  });
}

/** Parses a dependency specifier as `packaging.requirements.Requirement` does; never throws. */
export function parseRequirement(text: string): RequirementResult {
  const t = new Tokenizer(text);
  let name: string | undefined;
  try {
    t.consume('WS');
    name = t.expect('IDENTIFIER', 'package name at the start of dependency specifier').text;
    t.consume('WS');
    const extras = parseExtras(t);
    t.consume('WS');
    const details = parseDetails(t);
    t.expect('END', 'end of dependency specifier');
    if (tryParseSpecifierSet(details.specifier) === undefined) {
      const message = `Invalid specifier: '${details.specifier}'`;
      return { ok: false, message, display: message, name };
    }
    const requirement: Requirement = { name, extras, specifier: details.specifier };
    if (details.specifierAt) requirement.specifierAt = details.specifierAt;
    if (details.url) requirement.url = details.url;
    if (details.marker) requirement.marker = normalizeExtras(details.marker);
    return { ok: true, requirement };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    const failure = { ok: false as const, message: error.message, display: error.display };
    return name === undefined ? failure : { ...failure, name };
  }
}

function formatOperand(operand: MarkerOperand): string {
  if ('variable' in operand) return operand.variable;
  return operand.value.includes('"') ? `'${operand.value}'` : `"${operand.value}"`;
}

function formatMarker(marker: MarkerItem | MarkerList | string, first: boolean): string {
  if (Array.isArray(marker) && marker.length === 1 && typeof marker[0] !== 'string') {
    return formatMarker(marker[0]!, first);
  }
  if (Array.isArray(marker)) {
    const inner = marker.map((m) => formatMarker(m, false)).join(' ');
    return first ? inner : `(${inner})`;
  }
  if (typeof marker === 'string') return marker;
  return `${formatOperand(marker.left)} ${marker.op} ${formatOperand(marker.right)}`;
}

/** `str(Requirement)`, as Warehouse quotes it: `name[a,b]<2,>=1 ; marker` or `name @ url ; marker`. */
export function formatRequirement(req: Requirement): string {
  let out = req.name;
  if (req.extras.length > 0) out += `[${[...new Set(req.extras)].sort().join(',')}]`;
  const clauses = tryParseSpecifierSet(req.specifier) ?? [];
  out += clauses
    .map((c) => `${c.operator}${c.version}`)
    .sort()
    .join(',');
  if (req.url) out += ` @ ${req.url}${req.marker ? ' ' : ''}`;
  if (req.marker) out += `; ${formatMarker(req.marker, true)}`;
  return out;
}
