/**
 * check-wheel-contents' configuration from `[tool.check-wheel-contents]` of pyproject.toml, read as
 * cwc reads it (comma-separated strings or arrays, check-code prefixes, `toplevel` without trailing
 * slashes). Unlike cwc, which ignores unknown keys, an unknown key is an error: a misspelt setting
 * silently doing nothing is worse than a failed check.
 */
import { ConfigurationError } from '../../errors/index.js';
import { keyLine, parseToml } from '../../pyproject/toml.js';
import { pyRepr } from '../python-text.js';
import { CWC_CODES } from './rules.js';

/** `[tool.check-wheel-contents]`, with cwc's keys (`src_dir` → srcDir, `package_omit` → packageOmit). */
export interface CwcConfig {
  /** Check codes or code prefixes to run (default: all). */
  select?: string[];
  /** Check codes or code prefixes to skip. */
  ignore?: string[];
  /** The expected toplevel library entries: disables W009, enables W201/W202, exempts these names from W005. */
  toplevel?: string[];
  /** Paths (relative to pyproject.toml) whose trees the wheel's library must equal (W101/W102). */
  package?: string[];
  /** Like `package`, but the directories' contents rather than the directories themselves. */
  srcDir?: string[];
  /** Glob patterns left out when walking `package`/`srcDir` (default `.*, CVS, RCS, *.pyc, *.pyo, *.egg-info`). */
  packageOmit?: string[];
}

const TABLE = ['tool', 'check-wheel-contents'];

// cwc's keys, with the field names pydantic also accepts for `package` and `src_dir`.
const KEYS: Readonly<Record<string, keyof CwcConfig>> = {
  select: 'select',
  ignore: 'ignore',
  toplevel: 'toplevel',
  package: 'package',
  package_paths: 'package',
  src_dir: 'srcDir',
  src_dirs: 'srcDir',
  package_omit: 'packageOmit',
};

/** cwc's `comma_split`: split at commas, strip each part, drop empty parts. */
function commaSplit(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The check codes a list of prefixes stands for (cwc's `parse_check_prefix`); throws on an unknown prefix. */
export function expandCheckPrefixes(prefixes: readonly string[], where: string): string[] {
  const codes = new Set<string>();
  for (const prefix of prefixes) {
    const matched = prefix === '' ? [] : CWC_CODES.filter((code) => code.startsWith(prefix));
    if (matched.length === 0) {
      throw new ConfigurationError(
        `${where}: Unknown/invalid check prefix: ${pyRepr(prefix)}. Use check codes or prefixes of them ` +
          `(${CWC_CODES.join(', ')}; e.g. "W00" for W001–W010).`,
      );
    }
    for (const code of matched) codes.add(code);
  }
  return [...codes];
}

/**
 * Reads `[tool.check-wheel-contents]` from pyproject.toml text. Undefined when the table is absent
 * (an empty table is an empty config, as in cwc). Unknown keys, wrong types and unknown check
 * prefixes throw ConfigurationError naming the file, the key and the fix.
 */
export function readCwcConfig(pyprojectText: string, file: string): CwcConfig | undefined {
  const document = parseToml(pyprojectText, file);
  const tool = document.tool;
  if (tool === null || typeof tool !== 'object' || Array.isArray(tool)) return undefined;
  const table = (tool as Record<string, unknown>)['check-wheel-contents'];
  if (table === undefined) return undefined;
  if (table === null || typeof table !== 'object' || Array.isArray(table)) {
    throw new ConfigurationError(
      `${file}: [tool.check-wheel-contents] must be a table of settings (select, ignore, toplevel, package, src_dir, package_omit).`,
      { file, line: keyLine(pyprojectText, TABLE) },
    );
  }
  const config: CwcConfig = {};
  for (const [key, value] of Object.entries(table)) {
    const position = { file, line: keyLine(pyprojectText, [...TABLE, key]) };
    const field = KEYS[key];
    if (!field) {
      throw new ConfigurationError(
        `${file}: [tool.check-wheel-contents] has an unknown key ${pyRepr(key)}; check-wheel-contents would ignore it, ` +
          `so the setting has no effect. Known keys: select, ignore, toplevel, package, src_dir, package_omit — ` +
          'fix the spelling or remove it.',
        position,
      );
    }
    let list: string[];
    if (typeof value === 'string') list = commaSplit(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) list = value as string[];
    else {
      throw new ConfigurationError(
        `${file}: [tool.check-wheel-contents] ${key} must be a string of comma-separated values or an array of ` +
          `strings, e.g. ${key} = ["${key === 'select' || key === 'ignore' ? 'W002' : 'mypkg'}"].`,
        position,
      );
    }
    if (field === 'select' || field === 'ignore') {
      expandCheckPrefixes(list, `${file}: [tool.check-wheel-contents] ${key}`);
    }
    config[field] = field === 'toplevel' ? list.map((name) => name.replace(/\/+$/, '')) : list;
  }
  return config;
}
