/**
 * The core metadata fields as packaging knows them: header name, shape, the metadata version that
 * introduced each, and where a Python project sets it (so findings can say what to change).
 */

/** The Metadata-Version values packaging 26.3 accepts, oldest first (2.0 was never standardised). */
export const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'] as const;

/** One of METADATA_VERSIONS. */
export type MetadataVersion = (typeof METADATA_VERSIONS)[number];

/** The Metadata-Version values PyPI accepts at upload (Warehouse's SUPPORTED_METADATA_VERSIONS). */
export const PYPI_METADATA_VERSIONS: ReadonlySet<string> = new Set([
  '1.0',
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
]);

/** The keys of RawMetadata (packaging's RawMetadata keys). */
export type RawKey =
  | 'metadata_version'
  | 'name'
  | 'version'
  | 'platforms'
  | 'supported_platforms'
  | 'summary'
  | 'description'
  | 'description_content_type'
  | 'keywords'
  | 'home_page'
  | 'download_url'
  | 'author'
  | 'author_email'
  | 'maintainer'
  | 'maintainer_email'
  | 'license'
  | 'license_expression'
  | 'license_files'
  | 'classifiers'
  | 'requires_dist'
  | 'requires_python'
  | 'requires_external'
  | 'project_urls'
  | 'provides_extra'
  | 'provides_dist'
  | 'obsoletes_dist'
  | 'requires'
  | 'provides'
  | 'obsoletes'
  | 'dynamic'
  | 'import_names'
  | 'import_namespaces';

/** How a field's headers become a value: one string, a list, comma-split keywords, label→URL pairs. */
export type FieldShape = 'string' | 'list' | 'keywords' | 'urls';

/** One core metadata field. */
export interface FieldSpec {
  /** The header as the core metadata specification spells it. */
  header: string;
  key: RawKey;
  shape: FieldShape;
  /** The metadata version that introduced the field. */
  added: MetadataVersion;
  /** Where a project sets it, for the `fix` of a finding. */
  setIn: string;
}

const PROJECT = 'of pyproject.toml';

/** Every field packaging parses, in the specification's order. */
export const FIELDS: readonly FieldSpec[] = [
  {
    header: 'Metadata-Version',
    key: 'metadata_version',
    shape: 'string',
    added: '1.0',
    setIn: 'the build backend, which writes Metadata-Version (upgrade it in [build-system] requires)',
  },
  { header: 'Name', key: 'name', shape: 'string', added: '1.0', setIn: `\`name\` in [project] ${PROJECT}` },
  {
    header: 'Version',
    key: 'version',
    shape: 'string',
    added: '1.0',
    setIn: `\`version\` in [project] ${PROJECT}, or the dynamic version source of the backend`,
  },
  {
    header: 'Dynamic',
    key: 'dynamic',
    shape: 'list',
    added: '2.2',
    setIn: `\`dynamic\` in [project] ${PROJECT} (the backend adds fields it computes when building the wheel)`,
  },
  {
    header: 'Platform',
    key: 'platforms',
    shape: 'list',
    added: '1.0',
    setIn: 'the `platforms` argument of setuptools ([project] has no key for it)',
  },
  {
    header: 'Supported-Platform',
    key: 'supported_platforms',
    shape: 'list',
    added: '1.1',
    setIn: 'the build backend ([project] has no key for Supported-Platform)',
  },
  {
    header: 'Summary',
    key: 'summary',
    shape: 'string',
    added: '1.0',
    setIn: `\`description\` in [project] ${PROJECT}`,
  },
  {
    header: 'Description',
    key: 'description',
    shape: 'string',
    added: '1.0',
    setIn: `\`readme\` in [project] ${PROJECT}`,
  },
  {
    header: 'Description-Content-Type',
    key: 'description_content_type',
    shape: 'string',
    added: '2.1',
    setIn: `\`readme\` in [project] ${PROJECT} (the file's extension, or \`content-type\` in the table form \`readme = {file = "…", content-type = "text/markdown"}\`)`,
  },
  {
    header: 'Keywords',
    key: 'keywords',
    shape: 'keywords',
    added: '1.0',
    setIn: `\`keywords\` in [project] ${PROJECT}`,
  },
  {
    header: 'Home-page',
    key: 'home_page',
    shape: 'string',
    added: '1.0',
    setIn: `the \`url\` argument of setuptools (prefer a "Homepage" entry in [project.urls] ${PROJECT})`,
  },
  {
    header: 'Download-URL',
    key: 'download_url',
    shape: 'string',
    added: '1.1',
    setIn: `the \`download_url\` argument of setuptools (prefer a "Download" entry in [project.urls] ${PROJECT})`,
  },
  {
    header: 'Author',
    key: 'author',
    shape: 'string',
    added: '1.0',
    setIn: `the \`name\` keys of \`authors\` in [project] ${PROJECT}`,
  },
  {
    header: 'Author-email',
    key: 'author_email',
    shape: 'string',
    added: '1.0',
    setIn: `the \`email\` keys of \`authors\` in [project] ${PROJECT}`,
  },
  {
    header: 'Maintainer',
    key: 'maintainer',
    shape: 'string',
    added: '1.2',
    setIn: `the \`name\` keys of \`maintainers\` in [project] ${PROJECT}`,
  },
  {
    header: 'Maintainer-email',
    key: 'maintainer_email',
    shape: 'string',
    added: '1.2',
    setIn: `the \`email\` keys of \`maintainers\` in [project] ${PROJECT}`,
  },
  {
    header: 'License',
    key: 'license',
    shape: 'string',
    added: '1.0',
    setIn: `\`license\` in [project] ${PROJECT} (the legacy table form \`{text = "…"}\` or \`{file = "…"}\`)`,
  },
  {
    header: 'License-Expression',
    key: 'license_expression',
    shape: 'string',
    added: '2.4',
    setIn: `\`license\` in [project] ${PROJECT} (an SPDX expression string such as "MIT" or "Apache-2.0 OR MIT")`,
  },
  {
    header: 'License-File',
    key: 'license_files',
    shape: 'list',
    added: '2.4',
    setIn: `\`license-files\` in [project] ${PROJECT}`,
  },
  {
    header: 'Classifier',
    key: 'classifiers',
    shape: 'list',
    added: '1.1',
    setIn: `\`classifiers\` in [project] ${PROJECT}`,
  },
  {
    header: 'Requires-Dist',
    key: 'requires_dist',
    shape: 'list',
    added: '1.2',
    setIn: `\`dependencies\` or [project.optional-dependencies] ${PROJECT}`,
  },
  {
    header: 'Requires-Python',
    key: 'requires_python',
    shape: 'string',
    added: '1.2',
    setIn: `\`requires-python\` in [project] ${PROJECT}`,
  },
  {
    header: 'Requires-External',
    key: 'requires_external',
    shape: 'list',
    added: '1.2',
    setIn: 'the build backend ([project] has no key for Requires-External)',
  },
  {
    header: 'Project-URL',
    key: 'project_urls',
    shape: 'urls',
    added: '1.2',
    setIn: `[project.urls] ${PROJECT}`,
  },
  {
    header: 'Provides-Extra',
    key: 'provides_extra',
    shape: 'list',
    added: '2.1',
    setIn: `the names of [project.optional-dependencies] ${PROJECT}`,
  },
  {
    header: 'Provides-Dist',
    key: 'provides_dist',
    shape: 'list',
    added: '1.2',
    setIn: 'the build backend ([project] has no key for Provides-Dist)',
  },
  {
    header: 'Obsoletes-Dist',
    key: 'obsoletes_dist',
    shape: 'list',
    added: '1.2',
    setIn: 'the build backend ([project] has no key for Obsoletes-Dist)',
  },
  {
    header: 'Import-Name',
    key: 'import_names',
    shape: 'list',
    added: '2.5',
    setIn: `\`import-names\` in [project] ${PROJECT}`,
  },
  {
    header: 'Import-Namespace',
    key: 'import_namespaces',
    shape: 'list',
    added: '2.5',
    setIn: `\`import-namespaces\` in [project] ${PROJECT}`,
  },
  {
    header: 'Requires',
    key: 'requires',
    shape: 'list',
    added: '1.1',
    setIn: 'the deprecated `requires` argument of setuptools (use `dependencies` in [project] instead)',
  },
  {
    header: 'Provides',
    key: 'provides',
    shape: 'list',
    added: '1.1',
    setIn: 'the deprecated `provides` argument of setuptools (remove it)',
  },
  {
    header: 'Obsoletes',
    key: 'obsoletes',
    shape: 'list',
    added: '1.1',
    setIn: 'the deprecated `obsoletes` argument of setuptools (remove it)',
  },
];

/** The fields by lower-case header name (`home-page`). */
export const FIELD_BY_HEADER: ReadonlyMap<string, FieldSpec> = new Map(
  FIELDS.map((f) => [f.header.toLowerCase(), f]),
);

/** The fields by RawMetadata key. */
export const FIELD_BY_KEY: ReadonlyMap<RawKey, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

/** The position of `version` in METADATA_VERSIONS, or -1 when packaging does not know it. */
export function metadataVersionIndex(version: string | undefined): number {
  return version === undefined ? -1 : (METADATA_VERSIONS as readonly string[]).indexOf(version);
}
