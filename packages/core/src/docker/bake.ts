/**
 * The bake file for `docker buildx bake`: one explicit target per variant (no matrix: bake's JSON
 * format has no tested matrix support, and explicit targets print and diff plainly), and the reading of
 * the `--metadata-file` bake writes, where each target's pushed digest is.
 */
import type { DockerPlan } from './plan.js';

/** Attestations to attach (BuildKit adds a provenance attestation by default unless told not to). */
export interface Attestations {
  provenance: boolean;
  sbom: boolean;
}

/** One bake target, keys spelled as bake's JSON format spells them. */
export interface BakeTarget {
  context: string;
  dockerfile: string;
  platforms: string[];
  args: Record<string, string>;
  tags: string[];
  labels: Record<string, string>;
  annotations: string[];
  attest: string[];
  'cache-from'?: string[];
  'cache-to'?: string[];
}

/** A bake definition in JSON form. */
export interface BakeFile {
  group: { default: { targets: string[] } };
  target: Record<string, BakeTarget>;
}

/**
 * The bake file of a plan. Annotations go to the image manifests and, when the push makes an index
 * (several platforms, or attestations), to the index as well, which is what a registry shows for a
 * multi-platform tag; BuildKit refuses index annotations when it writes no index.
 */
export function bakeFile(plan: DockerPlan, attest: Attestations): BakeFile {
  const makesIndex = plan.platforms.length > 1 || attest.provenance || attest.sbom;
  const level = makesIndex ? 'index,manifest' : 'manifest';
  const target: Record<string, BakeTarget> = {};
  for (const v of plan.variants) {
    target[v.name] = {
      context: plan.context,
      dockerfile: plan.dockerfile,
      platforms: [...plan.platforms],
      args: { ...v.buildArgs },
      tags: [...v.refs],
      labels: { ...v.labels },
      annotations: Object.entries(v.annotations).map(([k, value]) => `${level}:${k}=${value}`),
      attest: [
        attest.provenance ? 'type=provenance,mode=max' : 'type=provenance,disabled=true',
        attest.sbom ? 'type=sbom' : 'type=sbom,disabled=true',
      ],
      ...(v.cacheScope
        ? {
            'cache-from': [`type=gha,scope=${v.cacheScope}`],
            'cache-to': [`type=gha,scope=${v.cacheScope},mode=max`],
          }
        : {}),
    };
  }
  return { group: { default: { targets: plan.variants.map((v) => v.name) } }, target };
}

/**
 * The pushed digest of each target from bake's metadata file (`{"<target>": {"containerimage.digest":
 * "sha256:…"}}`); targets without one are left out.
 */
export function bakeDigests(metadataText: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(metadataText);
  } catch {
    return {};
  }
  const digests: Record<string, string> = {};
  if (!parsed || typeof parsed !== 'object') return digests;
  for (const [target, value] of Object.entries(parsed as Record<string, unknown>)) {
    const digest = (value as Record<string, unknown> | null)?.['containerimage.digest'];
    if (typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest)) digests[target] = digest;
  }
  return digests;
}
