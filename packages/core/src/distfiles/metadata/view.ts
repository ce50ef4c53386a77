/** A read-only, camel-cased view of parsed metadata for the other distribution checks. */
import type { ParsedMetadata } from './parse.js';
import { asTwineSendsIt } from './validate-core.js';

/** The fields other checks read; lists are empty when the field is absent. */
export interface MetadataView {
  metadataVersion?: string;
  name?: string;
  version?: string;
  summary?: string;
  /** The long description (body or Description header). */
  description?: string;
  descriptionContentType?: string;
  keywords: readonly string[];
  homePage?: string;
  downloadUrl?: string;
  author?: string;
  authorEmail?: string;
  maintainer?: string;
  maintainerEmail?: string;
  license?: string;
  licenseExpression?: string;
  /**
   * License-File paths as twine uploads them: empty below Metadata 2.4, where twine drops the
   * License-File that older setuptools writes (those files need not be under `.dist-info/licenses/`).
   */
  licenseFiles: readonly string[];
  classifiers: readonly string[];
  requiresDist: readonly string[];
  requiresPython?: string;
  providesExtra: readonly string[];
  /** Project-URL as label → URL, in the order written. */
  projectUrls: ReadonlyMap<string, string>;
  /** Dynamic field names, lower-cased as packaging compares them. */
  dynamic: readonly string[];
  importNames: readonly string[];
  importNamespaces: readonly string[];
}

/** A convenient read-only view of `parsed` for other checks. */
export function metadataView(parsed: ParsedMetadata): MetadataView {
  const raw = parsed.raw;
  return {
    metadataVersion: raw.metadata_version,
    name: raw.name,
    version: raw.version,
    summary: raw.summary,
    description: raw.description,
    descriptionContentType: raw.description_content_type,
    keywords: raw.keywords ?? [],
    homePage: raw.home_page,
    downloadUrl: raw.download_url,
    author: raw.author,
    authorEmail: raw.author_email,
    maintainer: raw.maintainer,
    maintainerEmail: raw.maintainer_email,
    license: raw.license,
    licenseExpression: raw.license_expression,
    licenseFiles: asTwineSendsIt(parsed).raw.license_files ?? [],
    classifiers: raw.classifiers ?? [],
    requiresDist: raw.requires_dist ?? [],
    requiresPython: raw.requires_python,
    providesExtra: raw.provides_extra ?? [],
    projectUrls: raw.project_urls ?? new Map(),
    dynamic: (raw.dynamic ?? []).map((d) => d.toLowerCase()),
    importNames: raw.import_names ?? [],
    importNamespaces: raw.import_namespaces ?? [],
  };
}
