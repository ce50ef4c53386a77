/**
 * `.dist-info/entry_points.txt` as PyPI validates it: it must parse with Python's configparser
 * (`=` as the only delimiter, case-sensitive keys, strict duplicates), and console/gui script names
 * must match `[\w.-]+`, so no script name carries a path.
 */
import { type Finding, finding } from '../findings.js';
import { pyRepr } from '../python-text.js';
import { WHEEL_RULES } from './rules.js';

/** The sections and their option names, in file order; DEFAULT's options are kept apart. */
interface IniFile {
  sections: Map<string, string[]>;
  defaults: string[];
}

const SECTION = /^\[(.+)\]/;
const OPTION = /^(.*?)\s*=\s*(.*)$/;
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;

/** Parses like configparser.ConfigParser(delimiters=('=',)).read_string; returns its error text on failure. */
function parseIni(text: string): IniFile | { error: string } {
  const sections = new Map<string, string[]>();
  const defaults: string[] = [];
  const added = new Set<string>();
  let current: string[] | undefined;
  let sectionName = '';
  let optionOpen = false;
  let indentLevel = 0;
  const badLines: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineno = i + 1;
    const trimmed = raw.trim();
    const value = trimmed.startsWith('#') || trimmed.startsWith(';') ? '' : trimmed;
    // Blank and comment lines neither end a value nor start anything.
    if (value === '') continue;
    const indent = raw.search(/\S/);
    if (current && optionOpen && indent > indentLevel) continue; // continuation of the value
    indentLevel = indent;
    const header = SECTION.exec(value);
    if (header) {
      const name = header[1]!;
      if (added.has(name)) return { error: `line ${lineno}: section ${pyRepr(name)} already exists` };
      if (name === 'DEFAULT') current = defaults;
      else {
        current = sections.get(name) ?? [];
        sections.set(name, current);
        added.add(name);
      }
      sectionName = name;
      optionOpen = false;
      continue;
    }
    if (!current) return { error: `File contains no section headers (line ${lineno}: ${pyRepr(raw)})` };
    const option = OPTION.exec(value);
    if (!option || option[1] === '') {
      badLines.push(`line ${lineno}: ${pyRepr(raw)}`);
      // configparser keeps the previous option open after a bad line, but not after an empty name.
      if (option) optionOpen = false;
      continue;
    }
    const name = option[1]!.trimEnd();
    const key = `${sectionName}\u0000${name}`;
    if (added.has(key)) {
      return {
        error: `line ${lineno}: option ${pyRepr(name)} in section ${pyRepr(sectionName)} already exists`,
      };
    }
    added.add(key);
    current.push(name);
    optionOpen = true;
  }
  if (badLines.length > 0) return { error: `parsing errors (not "name = value"): ${badLines.join('; ')}` };
  return { sections, defaults };
}

/** entry_points.txt parses as INI and its console_scripts/gui_scripts names match `[\w.-]+`. */
export function checkEntryPoints(text: string, filename: string): Finding[] {
  const prefix = `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`;
  const parsed = parseIni(text);
  if ('error' in parsed) {
    return [
      finding(
        WHEEL_RULES.R026,
        `${prefix}: entry_points.txt is not a valid INI file: ${parsed.error}`,
        'declare entry points in [project.scripts], [project.gui-scripts] and [project.entry-points.<group>] of ' +
          'pyproject.toml and let the build backend write entry_points.txt',
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const section of ['console_scripts', 'gui_scripts']) {
    const names = parsed.sections.get(section);
    if (!names) continue;
    // configparser shows DEFAULT's options in every section.
    for (const name of [...names, ...parsed.defaults.filter((d) => !names.includes(d))]) {
      if (SCRIPT_NAME.test(name)) continue;
      findings.push(
        finding(
          WHEEL_RULES.R026,
          `${prefix}: Invalid entry point name ${pyRepr(name)} in ${pyRepr(section)} (names must match [\\w.-]+)`,
          `rename the script in [project.${section === 'console_scripts' ? 'scripts' : 'gui-scripts'}] of ` +
            'pyproject.toml to letters, digits, "_", "." and "-" only (no spaces or path separators)',
        ),
      );
    }
  }
  return findings;
}
