/** Builders of VersionLocation values from spans found in files. */
import { ConfigurationError } from '../errors/index.js';
import { normalizeVersion, tryParseVersion } from '../pep440/index.js';
import type { RepoFiles } from './repo-files.js';
import { keyLine, locateString, type TextSpan, type TomlTable } from './toml.js';
import type { LocationKind, PythonPackage, VersionLocation } from './types.js';

/** A VersionLocation from a span. */
export function locationAt(
  kind: LocationKind,
  label: string,
  file: string,
  span: TextSpan,
  source: boolean,
): VersionLocation {
  return {
    kind,
    label,
    file,
    line: span.line,
    column: span.column,
    start: span.start,
    end: span.end,
    raw: span.raw,
    source,
  };
}

/**
 * The location of a string key in a TOML file (`[project].version`). The value must be a one-line
 * string literal, which is what every tool writes; anything else cannot be rewritten byte-exactly.
 */
export function tomlLocation(
  files: RepoFiles,
  file: string,
  path: string[],
  kind: LocationKind,
  source: boolean,
  label = `[${path.slice(0, -1).join('.')}].${path.at(-1)}`,
): VersionLocation {
  const text = files.text(file);
  const value = tableValue(files.toml(file), path);
  if (typeof value !== 'string') {
    throw new ConfigurationError(`${label} must be a string such as "1.2.3", not ${JSON.stringify(value)}.`, {
      file,
      line: keyLine(text, path),
    });
  }
  const span = locateString(text, path);
  if (!span || span.raw !== value) {
    throw new ConfigurationError(
      `${label} could not be located as a one-line string; write it as ${path.at(-1)} = "${value}" under [${path
        .slice(0, -1)
        .join('.')}].`,
      { file, line: keyLine(text, path) },
    );
  }
  return locationAt(kind, label, file, span, source);
}

function tableValue(table: TomlTable, path: string[]): unknown {
  let node: unknown = table;
  for (const key of path) node = (node as TomlTable | undefined)?.[key];
  return node;
}

/** The location a package's build backend reads its version from (else its first one). */
export function buildLocation(pkg: PythonPackage): VersionLocation | undefined {
  return pkg.locations.find((l) => l.source) ?? pkg.locations[0];
}

/** The version a package's files declare for its build, in normal form; undefined when not valid PEP 440. */
export function declaredVersion(pkg: PythonPackage): string | undefined {
  const source = buildLocation(pkg);
  return source && tryParseVersion(source.raw) ? normalizeVersion(source.raw) : undefined;
}
