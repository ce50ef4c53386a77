/**
 * The upload form, field by field as twine sends it (pypi-publish.md §3.2–§3.3: twine/package.py
 * `metadata_dictionary` and repository.py `_convert_metadata_to_list_of_tuples`), so an index sees
 * the same request from us as from twine. Warehouse ignores misspelt fields silently, which is why the
 * names are spelt out here once and tested against twine's real request.
 */
import type { RawMetadata } from '../distfiles/metadata/index.js';
import { asTwineSendsIt } from '../distfiles/metadata/validate-core.js';
import type { FileDigests } from '../hashing/index.js';
import type { Distribution } from './distribution.js';

/** One text part of the multipart form: name and value. */
export type FormField = readonly [name: string, value: string];

// twine's metadata_dictionary order: [form name, RawMetadata key]. Lists become one part per item.
const METADATA_FIELDS: readonly (readonly [string, keyof RawMetadata])[] = [
  ['metadata_version', 'metadata_version'],
  ['summary', 'summary'],
  ['home_page', 'home_page'],
  ['author', 'author'],
  ['author_email', 'author_email'],
  ['maintainer', 'maintainer'],
  ['maintainer_email', 'maintainer_email'],
  ['license', 'license'],
  ['description', 'description'],
  ['keywords', 'keywords'],
  ['platform', 'platforms'],
  ['classifiers', 'classifiers'],
  ['download_url', 'download_url'],
  ['supported_platform', 'supported_platforms'],
];
const AFTER_DIGEST: readonly (readonly [string, keyof RawMetadata])[] = [
  ['provides', 'provides'],
  ['requires', 'requires'],
  ['obsoletes', 'obsoletes'],
  ['project_urls', 'project_urls'],
  ['provides_dist', 'provides_dist'],
  ['obsoletes_dist', 'obsoletes_dist'],
  ['requires_dist', 'requires_dist'],
  ['requires_external', 'requires_external'],
  ['requires_python', 'requires_python'],
  ['provides_extra', 'provides_extra'],
  ['description_content_type', 'description_content_type'],
  ['dynamic', 'dynamic'],
  ['license_expression', 'license_expression'],
  ['license_file', 'license_files'],
];

/** What besides the file goes into the form. */
export interface FormExtras {
  /** PEP 740 attestation objects for this file; sent as one JSON array string. */
  attestations?: readonly object[];
  /** twine's `--comment`. */
  comment?: string;
}

/** twine's `_safe_name`: runs of anything but letters, digits and `.` become `-`. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-');
}

/**
 * The text fields of the upload form for `dist`, in twine's order; the file part follows them.
 * Without `digests`, the digest fields are left out: they follow the file (digestFields), hashed
 * while it is sent.
 */
export function uploadFormFields(
  dist: Distribution,
  digests: FileDigests | undefined,
  extras: FormExtras = {},
): FormField[] {
  // License-File is left out below Metadata 2.4, as twine does (twine #1217).
  const { raw } = asTwineSendsIt(dist.metadata);
  const fields: FormField[] = [];
  fields.push(['name', safeName(raw.name ?? '')]);
  fields.push(['version', raw.version ?? '']);
  fields.push(['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist']);
  fields.push(['pyversion', dist.pyversion]);
  for (const [name, key] of METADATA_FIELDS) addValue(fields, name, raw[key]);
  if (extras.comment !== undefined) fields.push(['comment', extras.comment]);
  if (digests) fields.push(['sha256_digest', digests.sha256]);
  for (const [name, key] of AFTER_DIGEST) addValue(fields, name, raw[key]);
  if (extras.attestations !== undefined) fields.push(['attestations', JSON.stringify(extras.attestations)]);
  if (digests) fields.push(['blake2_256_digest', digests.blake2_256]);
  fields.push([':action', 'file_upload']);
  fields.push(['protocol_version', '1']);
  return fields;
}

// `UNKNOWN` is what old setuptools wrote for "not given" in single-use fields; Warehouse drops it
// (decorators.py sanitize) and twine's pkginfo never sent it there, so neither do we (pypi-publish.md
// §7). In multi-use fields (Platform: UNKNOWN) twine sends it, and so do we.
const UNKNOWN = 'UNKNOWN';

/** The digest fields as they follow the file: names, and values once the file has been hashed. */
export function digestFields(digests: Pick<FileDigests, 'sha256' | 'blake2_256'>): FormField[] {
  return [
    ['sha256_digest', digests.sha256],
    ['blake2_256_digest', digests.blake2_256],
  ];
}

function addValue(fields: FormField[], name: string, value: RawMetadata[keyof RawMetadata]): void {
  if (value === undefined) return;
  if (typeof value === 'string') {
    if (value !== UNKNOWN) fields.push([name, value]);
  } else if (value instanceof Map) {
    for (const [label, url] of value) fields.push([name, `${label}, ${url}`]);
  } else if (name === 'keywords') fields.push([name, value.join(', ')]);
  else for (const item of value) fields.push([name, item]);
}
