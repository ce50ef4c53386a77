/**
 * OCI labels and annotations (the pre-defined `org.opencontainers.image.*` keys, as
 * docker/metadata-action sets them): registries and scanners read the version, the commit, the source
 * repository and the licence from them.
 */

/** What the labels are made from; anything unknown is left out rather than guessed. */
export interface LabelFacts {
  /** The release version (PEP 440, normalised). */
  version: string;
  /** The commit built (GITHUB_SHA). */
  revision?: string;
  /** The repository's web URL (https://github.com/owner/repo). */
  source?: string;
  /** When the images were created (RFC 3339). */
  created: string;
  /** The project the images are of (the first package). */
  title?: string;
  description?: string;
  /** SPDX licence expression. */
  licenses?: string;
}

const PREFIX = 'org.opencontainers.image.';

/** The OCI labels of one variant: the title names the variant, so a registry listing tells them apart. */
export function ociLabels(facts: LabelFacts, variant: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const set = (key: string, value: string | undefined) => {
    if (value) labels[`${PREFIX}${key}`] = value;
  };
  set('title', facts.title ? `${facts.title} (${variant})` : variant);
  set('description', facts.description);
  set('version', facts.version);
  set('revision', facts.revision);
  set('source', facts.source);
  set('url', facts.source);
  set('created', facts.created);
  set('licenses', facts.licenses);
  return labels;
}
