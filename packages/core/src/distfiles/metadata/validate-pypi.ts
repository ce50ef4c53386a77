/**
 * What PyPI rejects in metadata beyond packaging's checks (Warehouse's forklift/metadata.py): the
 * metadata versions it supports, local versions, summary length, emails, classifiers, URLs, direct
 * references, Dynamic and License with License-Expression. Warehouse reads the form twine sends,
 * so License-File is gone below Metadata 2.4 and empty values count as absent.
 */
import { formatVersion, hasLocal, tryParseVersion } from '../../pep440/index.js';
import { type Finding, finding, type Rule } from '../findings.js';
import { classifierProblem, troveClassifiers } from './classifiers.js';
import { emailAddressProblem } from './email-address.js';
import {
  FIELD_BY_HEADER,
  FIELD_BY_KEY,
  METADATA_VERSIONS,
  PYPI_METADATA_VERSIONS,
  type RawKey,
} from './fields.js';
import type { ParsedMetadata, RawMetadata } from './parse.js';
import { pyRepr, pyReprList } from '../python-text.js';
import { formatRequirement, parseRequirement } from '../../pep508/index.js';
import { METADATA_RULES as R } from './rules.js';
import { isValidPypiUrl } from './url.js';
import { asTwineSendsIt, fixFor, writtenName } from './validate-core.js';

// Warehouse's DYNAMIC_FIELDS, lower-cased as it compares them.
const PYPI_DYNAMIC_FIELDS = new Set(
  [
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
  ].map((f) => f.toLowerCase()),
);

interface Context {
  parsed: ParsedMetadata;
  findings: Finding[];
}

function report(ctx: Context, rule: Rule, key: RawKey, text: string, action: string): void {
  const spec = FIELD_BY_KEY.get(key)!;
  ctx.findings.push(
    finding(rule, `${writtenName(ctx.parsed, spec.header)}: ${text}`, fixFor(ctx.parsed, spec, action)),
  );
}

/** The form fields Warehouse sees: twine's copy, with fields whose only value is empty left out. */
function asPypiSeesIt(parsed: ParsedMetadata): RawMetadata {
  const raw: Record<string, unknown> = { ...asTwineSendsIt(parsed).raw };
  for (const [key, value] of Object.entries(raw)) {
    if (value === '' || (Array.isArray(value) && value.length === 1 && value[0] === '')) delete raw[key];
  }
  return raw as RawMetadata;
}

function checkVersions(ctx: Context, raw: RawMetadata): void {
  const mv = raw.metadata_version;
  if (
    mv !== undefined &&
    (METADATA_VERSIONS as readonly string[]).includes(mv) &&
    !PYPI_METADATA_VERSIONS.has(mv)
  ) {
    report(
      ctx,
      R.P001,
      'metadata_version',
      `${pyRepr(mv)} is not a valid metadata version`,
      `PyPI accepts Metadata-Version 1.0 to 2.5: pin the build backend to a release that writes 2.5 until PyPI supports ${mv}`,
    );
  }
  const version = raw.version === undefined ? undefined : tryParseVersion(raw.version);
  if (version && hasLocal(version)) {
    report(
      ctx,
      R.P002,
      'version',
      `The use of local versions in '${formatVersion(version)}' is not allowed.`,
      'drop the `+local` part (for setuptools-scm / hatch-vcs set local_scheme = "no-local-version"); local versions are for builds that are not published',
    );
  }
  if (raw.summary !== undefined && [...raw.summary].length > 512) {
    report(
      ctx,
      R.P003,
      'summary',
      "'summary' field must be 512 characters or less.",
      `shorten it to 512 characters (it has ${[...raw.summary].length}); put the long text in the readme`,
    );
  }
}

function checkPeople(ctx: Context, raw: RawMetadata): void {
  for (const key of ['author_email', 'maintainer_email'] as const) {
    const value = raw[key];
    const problem = value === undefined ? undefined : emailAddressProblem(value);
    if (problem) report(ctx, R.P004, key, problem, 'give each person a real address, or leave `email` out');
  }
}

function checkClassifiers(ctx: Context, raw: RawMetadata): void {
  const unique = [...new Set(raw.classifiers ?? [])].sort();
  // The list's release is named so that a classifier newer than it can be told from a typo.
  const action = `use classifiers from https://pypi.org/classifiers/ exactly as written there (checked against trove-classifiers ${troveClassifiers().version})`;
  for (const classifier of unique) {
    const problem = classifierProblem(classifier);
    if (!problem) continue;
    if (problem.kind === 'private') {
      report(
        ctx,
        R.P007,
        'classifiers',
        `${pyRepr(classifier)} is not a valid classifier. PyPI rejects every upload with a 'Private ::' classifier; projects add one on purpose so they are never published by accident.`,
        'keep it if this project must not reach PyPI (upload it to a private index, and ignore P007 there); remove it to publish on PyPI',
      );
    } else if (problem.kind === 'deprecated') {
      const text =
        problem.replacements.length > 0
          ? `The classifier ${pyRepr(classifier)} has been deprecated, use one of ${pyReprList(problem.replacements)} instead.`
          : `The classifier ${pyRepr(classifier)} has been deprecated.`;
      report(
        ctx,
        R.P006,
        'classifiers',
        text,
        problem.replacements.length === 1
          ? `replace it with ${pyRepr(problem.replacements[0]!)}`
          : problem.replacements.length > 1
            ? `replace it with one of ${pyReprList(problem.replacements)}`
            : 'remove it: it has no replacement',
      );
    } else {
      const why = problem.why ? ` (${problem.why})` : '';
      const suggestion = problem.suggestion ? `: did you mean ${pyRepr(problem.suggestion)}?` : '';
      report(
        ctx,
        R.P005,
        'classifiers',
        `${pyRepr(classifier)} is not a valid classifier.${why}`,
        `${action}${suggestion}`,
      );
    }
  }
}

function checkUrls(ctx: Context, raw: RawMetadata): void {
  const urlAction = 'write an absolute http:// or https:// URL';
  for (const key of ['home_page', 'download_url'] as const) {
    const url = raw[key];
    if (url !== undefined && !isValidPypiUrl(url)) {
      report(ctx, R.P008, key, `${pyRepr(url)} is not a valid url.`, urlAction);
    }
  }
  for (const [label, url] of raw.project_urls ?? []) {
    if (!label) {
      report(ctx, R.P009, 'project_urls', 'Must have a label', 'write each entry as `Label = "https://…"`');
    } else if ([...label].length > 32) {
      report(
        ctx,
        R.P009,
        'project_urls',
        `${pyRepr(label)} must be 32 characters or less.`,
        'shorten the label to 32 characters',
      );
    } else if (!url) {
      report(ctx, R.P009, 'project_urls', 'Must have a URL', `give ${pyRepr(label)} a URL`);
    } else if (!isValidPypiUrl(url)) {
      report(ctx, R.P009, 'project_urls', `${pyRepr(url)} is not a valid url`, urlAction);
    }
  }
}

function checkRequirements(ctx: Context, raw: RawMetadata): void {
  for (const key of ['provides_dist', 'obsoletes_dist'] as const) {
    for (const text of raw[key] ?? []) {
      const result = parseRequirement(text);
      if (!result.ok) {
        report(
          ctx,
          R.P010,
          key,
          `${pyRepr(text)} is invalid: ${result.message}`,
          'write a PEP 508 specifier such as "name (>=1.0)"',
        );
      } else if (result.requirement.url) {
        report(
          ctx,
          R.P010,
          key,
          `Can't have direct dependency: ${pyRepr(text)}`,
          'name a project and version, not a URL',
        );
      }
    }
  }
  for (const text of raw.requires_dist ?? []) {
    const result = parseRequirement(text);
    if (result.ok && result.requirement.url) {
      report(
        ctx,
        R.P011,
        'requires_dist',
        `Can't have direct dependency: ${formatRequirement(result.requirement)}`,
        'PyPI does not allow `name @ URL` dependencies: depend on a release published on an index (publish the dependency first), or keep the URL in a requirements file',
      );
    }
  }
}

function checkLicenseAndDynamic(ctx: Context, raw: RawMetadata): void {
  for (const value of raw.dynamic ?? []) {
    const field = value.toLowerCase();
    const packagingRejects =
      ['name', 'version', 'metadata-version'].includes(field) || !FIELD_BY_HEADER.has(field);
    if (!packagingRejects && !PYPI_DYNAMIC_FIELDS.has(field)) {
      report(
        ctx,
        R.P012,
        'dynamic',
        `Dynamic field ${pyRepr(field)} is not a valid dynamic field.`,
        'remove it from the fields the backend marks dynamic',
      );
    }
  }
  if (raw.license && raw.license_expression) {
    report(
      ctx,
      R.P013,
      'license',
      'License is deprecated when License-Expression is present. Only License-Expression should be present.',
      'set `license` to the SPDX expression string only; the backend still writes License from a `{text = …}` table or from a setup() `license` argument',
    );
  }
}

/** Everything PyPI rejects in metadata that twine does not (Warehouse's own rules). */
export function pypiMetadataFindings(parsed: ParsedMetadata): Finding[] {
  const ctx: Context = { parsed, findings: [] };
  const raw = asPypiSeesIt(parsed);
  checkVersions(ctx, raw);
  checkPeople(ctx, raw);
  checkClassifiers(ctx, raw);
  checkUrls(ctx, raw);
  checkRequirements(ctx, raw);
  checkLicenseAndDynamic(ctx, raw);
  return ctx.findings;
}
