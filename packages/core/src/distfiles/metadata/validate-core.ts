/**
 * What twine 7 rejects in METADATA / PKG-INFO, as packaging 26's `Metadata.from_raw` validates it
 * after twine's own steps: leftovers of `parse_email` fail first, and setuptools' License-File
 * below Metadata 2.4 is dropped silently. Unlike twine, every problem is reported, not the first batch.
 */
import { isValidName } from '../../names/index.js';
import { compareVersions, tryParseSpecifierSet, tryParseVersion } from '../../pep440/index.js';
import { pyStrip } from '../../pep440/whitespace.js';
import { type Finding, finding, type Rule } from '../findings.js';
import { parseContentType } from './content-type.js';
import {
  FIELD_BY_HEADER,
  FIELD_BY_KEY,
  FIELDS,
  type FieldSpec,
  metadataVersionIndex,
  type RawKey,
} from './fields.js';
import type { ParsedMetadata, RawMetadata } from './parse.js';
import { pyRepr, pyReprList } from '../python-text.js';
import { parseRequirement } from '../../pep508/index.js';
import { METADATA_RULES as R } from './rules.js';
import { licenseExpressionProblem } from './spdx.js';

const TWINE = 'Invalid distribution metadata: ';
// packaging's _LINE_BOUNDARY_RE: every str.splitlines() boundary.
const LINE_BOUNDARY = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];
// keyword.kwlist (soft keywords such as `match` are valid import names).
const PYTHON_KEYWORDS = new Set([
  ...['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def'],
  ...['del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is'],
  ...['lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'],
]);
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

/** What the checks share: the metadata, its header spellings, and the findings so far. */
interface Context {
  parsed: ParsedMetadata;
  findings: Finding[];
}

/** The header as written in the file (first occurrence), else the specification's spelling. */
export function writtenName(parsed: ParsedMetadata, header: string): string {
  return (
    parsed.headerNames.get(header.toLowerCase()) ??
    FIELD_BY_HEADER.get(header.toLowerCase())?.header ??
    header
  );
}

/** `<Field as written> comes from <where it is set>: <what to do>`. */
export function fixFor(parsed: ParsedMetadata, spec: FieldSpec, action: string): string {
  return `${writtenName(parsed, spec.header)} comes from ${spec.setIn}: ${action}`;
}

function report(ctx: Context, rule: Rule, key: RawKey, text: string, action: string): void {
  const spec = FIELD_BY_KEY.get(key)!;
  ctx.findings.push(
    finding(
      rule,
      `${writtenName(ctx.parsed, spec.header)}: ${TWINE}${text}`,
      fixFor(ctx.parsed, spec, action),
    ),
  );
}

function emailName(key: RawKey): string {
  return FIELD_BY_KEY.get(key)!.header.toLowerCase();
}

function invalidFor(value: string, key: RawKey): string {
  return `${pyRepr(value)} is invalid for ${pyRepr(emailName(key))}`;
}

/** Why a field is in `unparsed`, said plainly. */
function unparsedReason(name: string, values: string[]): { why: string; action: string; spec?: FieldSpec } {
  const spec = FIELD_BY_HEADER.get(name);
  if (!spec) {
    return {
      why: 'it is not a core metadata field',
      action:
        'remove it: a build backend plugin or setup() keyword added a field the core metadata specification does not have (or upgrade twine if it is a field newer than your twine)',
    };
  }
  if (spec.key === 'project_urls') {
    const labels = values.map((v) => pyStrip(v.split(',')[0]!));
    const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
    if (repeated !== undefined) {
      return {
        spec,
        why: `two Project-URL entries have the label ${pyRepr(repeated)}`,
        action: 'give every entry of [project.urls] its own label',
      };
    }
  }
  if (spec.key === 'description' && values.length > 1) {
    return {
      spec,
      why: 'the description is given twice (a Description header and the message body, or two headers)',
      action:
        'let the backend write it once: upgrade the build backend, and set the text only through `readme`',
    };
  }
  if ((spec.shape === 'string' || spec.shape === 'keywords') && values.length > 1) {
    return {
      spec,
      why: `it appears ${values.length} times but may appear only once`,
      action: 'give it one value (a backend plugin or setup() argument may add it a second time)',
    };
  }
  return { spec, why: 'its value is not valid UTF-8', action: 'save the text it comes from as UTF-8' };
}

function checkUnparsed(ctx: Context, skip: ReadonlySet<string>): void {
  for (const [name, values] of ctx.parsed.unparsed) {
    if (skip.has(name)) continue;
    const { why, action, spec } = unparsedReason(name, values);
    const written = writtenName(ctx.parsed, name);
    ctx.findings.push(
      finding(
        R.M005,
        `${written}: ${TWINE}unrecognized or malformed field ${pyRepr(name)} (${why})`,
        spec ? fixFor(ctx.parsed, spec, action) : `${written}: ${action}`,
      ),
    );
  }
}

function checkRequired(ctx: Context, raw: RawMetadata): number {
  const { unparsed } = ctx.parsed;
  const mv = raw.metadata_version;
  const mvIndex = metadataVersionIndex(mv);
  if (!unparsed.has('metadata-version') && mvIndex < 0) {
    const hint =
      mv === '2.0'
        ? ' (2.0 was never standardised: twine 7 rejects it, and PyPI refuses it today, since it validates ' +
          'uploads with packaging (March 2024, pypi/warehouse#15631); files it accepted before stay on PyPI)'
        : mv === undefined
          ? ''
          : ' (known: 1.0, 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6)';
    report(
      ctx,
      R.M001,
      'metadata_version',
      `${mv === undefined ? 'None' : pyRepr(mv)} is not a valid metadata version${hint}`,
      'rebuild the distribution with a current build backend (setuptools, hatchling, flit-core, pdm-backend, poetry-core), which writes a valid Metadata-Version',
    );
  }
  if (!unparsed.has('name')) {
    const name = raw.name;
    if (!name) report(ctx, R.M002, 'name', "'name' is a required field", 'set `name` in [project]');
    else if (!isValidName(name)) {
      report(
        ctx,
        R.M002,
        'name',
        invalidFor(name, 'name'),
        'use ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit',
      );
    }
  }
  if (!unparsed.has('version')) {
    const version = raw.version;
    if (!version) report(ctx, R.M003, 'version', "'version' is a required field", 'set a version');
    else if (!tryParseVersion(version)) {
      report(
        ctx,
        R.M003,
        'version',
        invalidFor(version, 'version'),
        'use a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1 or 1.2.0.dev3',
      );
    }
  }
  return mvIndex;
}

function checkContentType(ctx: Context, value: string): void {
  const action =
    'use a .md, .rst or .txt readme, or content-type "text/markdown", "text/x-rst" or "text/plain"';
  const ct = parseContentType(value);
  const key = 'description_content_type';
  const field = pyRepr(emailName(key));
  if (ct.defect !== undefined) {
    report(
      ctx,
      R.M007,
      key,
      `${pyRepr(value)} is not a valid content type for ${field}: ${ct.defect}` +
        // Old setuptools wrote UNKNOWN for every field left unset; PyPI took it then.
        (value === 'UNKNOWN' ? ' (PyPI refuses it today; files it accepted before stay on PyPI)' : ''),
      action,
    );
  } else if (!CONTENT_TYPES.includes(ct.type) || !value.toLowerCase().includes(ct.type)) {
    report(
      ctx,
      R.M007,
      key,
      `${field} must be one of ${pyReprList(CONTENT_TYPES)}, not ${pyRepr(value)}`,
      action,
    );
  } else {
    const charset = ct.params.get('charset') ?? 'UTF-8';
    const variant = ct.params.get('variant') ?? 'GFM';
    if (charset.toLowerCase() !== 'utf-8') {
      report(
        ctx,
        R.M007,
        key,
        `${field} can only specify the UTF-8 charset, not ${pyRepr(charset)}`,
        'save the readme as UTF-8 and drop the charset parameter (or write charset=UTF-8)',
      );
    } else if (ct.type === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
      report(
        ctx,
        R.M007,
        key,
        `valid Markdown variants for ${field} are ${pyReprList(MARKDOWN_VARIANTS)}, not ${pyRepr(variant)}`,
        'write variant=GFM or variant=CommonMark, spelt exactly so (or leave the variant out)',
      );
    }
  }
}

function checkDynamic(ctx: Context, values: string[]): void {
  for (const value of values) {
    const field = value.toLowerCase();
    if (['name', 'version', 'metadata-version'].includes(field)) {
      report(
        ctx,
        R.M008,
        'dynamic',
        `${pyRepr(field)} is not allowed as a dynamic field`,
        'Name and Version must be fixed in the sdist; remove them from the backend configuration that marks them dynamic',
      );
    } else if (!FIELD_BY_HEADER.has(field)) {
      report(
        ctx,
        R.M008,
        'dynamic',
        `${pyRepr(field)} is not a valid dynamic field`,
        'list only core metadata field names (for pyproject keys, the backend translates them)',
      );
    }
  }
}

function importNameProblem(entry: string, key: RawKey): string | undefined {
  const semicolon = entry.indexOf(';');
  const name = (semicolon < 0 ? entry : entry.slice(0, semicolon)).replace(/\s+$/u, '');
  const field = pyRepr(emailName(key));
  for (const identifier of name.split('.')) {
    if (!IDENTIFIER.test(identifier)) {
      return `${pyRepr(name)} is invalid for ${field}; ${pyRepr(identifier)} is not a valid identifier`;
    }
    if (PYTHON_KEYWORDS.has(identifier))
      return `${pyRepr(name)} is invalid for ${field}; ${pyRepr(identifier)} is a keyword`;
  }
  if (semicolon >= 0 && entry.slice(semicolon + 1).replace(/^\s+/u, '') !== 'private') {
    return `${pyRepr(entry)} is invalid for ${field}; the only valid option is 'private'`;
  }
  return undefined;
}

function licenseFileProblem(path: string): string | undefined {
  const field = pyRepr(emailName('license_files'));
  const invalid = `${pyRepr(path)} is invalid for ${field}`;
  if (path.includes('..')) return `${invalid}, parent directory indicators are not allowed`;
  if (path.includes('*')) return `${invalid}, paths must be resolved`;
  const windowsAbsolute = /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]+[\\/]+[^\\/]/.test(path);
  if (path.startsWith('/') || windowsAbsolute) return `${invalid}, paths must be relative`;
  // PureWindowsPath(path).as_posix() must give the path back: no backslashes, empty or `.` parts.
  if (
    path !== '.' &&
    (path === '' || path.includes('\\') || path.split('/').some((p) => p === '' || p === '.'))
  ) {
    return `${invalid}, paths must use '/' delimiter`;
  }
  return undefined;
}

function checkField(ctx: Context, raw: RawMetadata, key: RawKey): void {
  switch (key) {
    case 'summary':
      if (LINE_BOUNDARY.test(raw.summary!)) {
        report(ctx, R.M006, key, "'summary' must be a single line", 'write `description` on one line');
      }
      return;
    case 'description_content_type':
      checkContentType(ctx, raw.description_content_type!);
      return;
    case 'dynamic':
      checkDynamic(ctx, raw.dynamic!);
      return;
    case 'provides_extra':
      for (const extra of raw.provides_extra!) {
        if (!isValidName(extra)) {
          report(
            ctx,
            R.M011,
            key,
            invalidFor(extra, key),
            'name extras with ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit',
          );
        }
      }
      return;
    case 'requires_python':
      if (tryParseSpecifierSet(raw.requires_python!) === undefined) {
        report(
          ctx,
          R.M010,
          key,
          invalidFor(raw.requires_python!, key),
          'write a specifier set such as ">=3.9" or ">=3.9,<4"',
        );
      }
      return;
    case 'requires_dist':
      for (const requirement of raw.requires_dist!) {
        const result = parseRequirement(requirement);
        if (!result.ok) {
          report(
            ctx,
            R.M009,
            key,
            `${invalidFor(requirement, key)} (${result.message})`,
            'write PEP 508 dependency specifiers such as "requests>=2.31", "tomli; python_version < \'3.11\'" or "pkg[extra]==1.*"',
          );
        }
      }
      return;
    case 'license_expression': {
      const problem = licenseExpressionProblem(raw.license_expression!);
      if (problem) {
        report(
          ctx,
          R.M012,
          key,
          `${invalidFor(raw.license_expression!, key)} (${problem})`,
          'use SPDX identifiers (https://spdx.org/licenses/) joined by AND / OR / WITH, or LicenseRef-<name> for a custom license',
        );
      }
      return;
    }
    case 'license_files':
      for (const path of raw.license_files!) {
        const problem = licenseFileProblem(path);
        if (problem) {
          report(
            ctx,
            R.M013,
            key,
            problem,
            'list relative paths or globs from the project root with `/` (the backend resolves them)',
          );
        }
      }
      return;
    case 'import_names':
    case 'import_namespaces':
      for (const entry of raw[key]!) {
        const problem = importNameProblem(entry, key);
        if (problem) {
          report(
            ctx,
            R.M014,
            key,
            problem,
            'list dotted Python import names, optionally followed by "; private"',
          );
        }
      }
      return;
    default:
      return;
  }
}

/** The metadata with License-File dropped below Metadata 2.4, as twine sends it (twine #1217). */
export function asTwineSendsIt(parsed: ParsedMetadata): { raw: RawMetadata; dropsLicenseFiles: boolean } {
  const version = tryParseVersion(parsed.raw.metadata_version ?? '0');
  const dropsLicenseFiles = version !== undefined && compareVersions(version, tryParseVersion('2.4')!) < 0;
  if (!dropsLicenseFiles) return { raw: parsed.raw, dropsLicenseFiles };
  const { license_files: _dropped, ...raw } = parsed.raw;
  return { raw, dropsLicenseFiles };
}

/** Everything twine 7 (packaging 26) rejects, plus the sdist format's Metadata ≥ 2.2 (a warning). */
export function coreMetadataFindings(parsed: ParsedMetadata, kind: 'wheel' | 'sdist'): Finding[] {
  const ctx: Context = { parsed, findings: [] };
  const { raw, dropsLicenseFiles } = asTwineSendsIt(parsed);
  checkUnparsed(ctx, new Set(dropsLicenseFiles ? ['license-file'] : []));
  const mvIndex = checkRequired(ctx, raw);
  const mv = raw.metadata_version!;

  for (const spec of FIELDS) {
    if (['metadata_version', 'name', 'version'].includes(spec.key) || raw[spec.key] === undefined) continue;
    if (mvIndex >= 0 && metadataVersionIndex(spec.added) > mvIndex) {
      report(
        ctx,
        R.M004,
        spec.key,
        `${emailName(spec.key)} introduced in metadata version ${spec.added}, not ${mv} (PyPI refuses this ` +
          'today; files it accepted before it checked which version introduced a field stay on PyPI)',
        `the backend wrote Metadata-Version ${mv} with a field of ${spec.added}: upgrade the build backend in [build-system] requires and rebuild`,
      );
      continue;
    }
    checkField(ctx, raw, spec.key);
  }

  if (kind === 'sdist' && mvIndex >= 0 && mvIndex < metadataVersionIndex('2.2')) {
    const spec = FIELD_BY_KEY.get('metadata_version')!;
    ctx.findings.push(
      finding(
        R.M015,
        `${writtenName(parsed, spec.header)}: PKG-INFO declares Metadata-Version ${mv}; the source distribution format requires 2.2 or later (PyPI still accepts it).`,
        fixFor(
          parsed,
          spec,
          'upgrade the build backend in [build-system] requires (current setuptools, hatchling, flit-core, pdm-backend and poetry-core write 2.2 or later) and rebuild',
        ),
      ),
    );
  }
  return ctx.findings;
}
