/**
 * What to do with each file given the assets the release already has: skip an identical one (same
 * name, same SHA-256), replace a different one (or refuse, when overwriting is off), replace a broken
 * leftover of a failed upload, upload a new one. Decided in full before the first write, so a refused
 * overwrite leaves the release untouched.
 */
import type { LocalAsset } from './local-assets.js';
import type { AssetRecord } from './types.js';

/** One file's step. */
export type AssetAction = 'upload' | 'skip' | 'replace';

/** A file with what will be done to it and why. */
export interface AssetStep {
  local: LocalAsset;
  action: AssetAction;
  /** The asset this file replaces or matches. */
  existing?: AssetRecord;
  reason: string;
}

/** The plan, and the files that differ from an existing asset while overwriting is off. */
export interface AssetPlan {
  steps: AssetStep[];
  conflicts: AssetStep[];
}

/** The asset GitHub holds under a file's name (its label keeps the original name when GitHub renamed it). */
export function assetNamed(assets: readonly AssetRecord[], name: string): AssetRecord | undefined {
  return assets.find((a) => a.name === name) ?? assets.find((a) => a.label === name);
}

/** The asset's SHA-256 in hex from GitHub's `digest` ("sha256:…"), undefined when GitHub gave none. */
export function assetSha256(asset: AssetRecord): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
  return match?.[1].toLowerCase();
}

/**
 * Whether an uploaded asset holds the file's bytes: by digest when GitHub gives one; else by size, and
 * when the sizes agree by the SHA-256 of the downloaded asset (`downloadSha256`).
 */
export async function sameContent(
  asset: AssetRecord,
  local: LocalAsset,
  downloadSha256: (asset: AssetRecord) => Promise<string>,
): Promise<boolean> {
  const digest = assetSha256(asset);
  if (digest !== undefined) return digest === local.sha256;
  if (asset.size !== local.size) return false;
  return (await downloadSha256(asset)) === local.sha256;
}

/** Decides every file's step against the release's current assets. */
export async function planAssets(
  files: readonly LocalAsset[],
  assets: readonly AssetRecord[],
  overwrite: boolean,
  downloadSha256: (asset: AssetRecord) => Promise<string>,
): Promise<AssetPlan> {
  const steps: AssetStep[] = [];
  const conflicts: AssetStep[] = [];
  for (const local of files) {
    const existing = assetNamed(assets, local.name);
    if (!existing) {
      steps.push({ local, action: 'upload', reason: 'new' });
    } else if (existing.state !== 'uploaded') {
      // A failed upload leaves an asset in state "starter" that holds no file: it is not the user's.
      steps.push({ local, action: 'replace', existing, reason: `a broken upload (state ${existing.state})` });
    } else if (await sameContent(existing, local, downloadSha256)) {
      steps.push({ local, action: 'skip', existing, reason: 'identical (same SHA-256)' });
    } else {
      const step: AssetStep = { local, action: 'replace', existing, reason: 'different content' };
      steps.push(step);
      if (!overwrite) conflicts.push(step);
    }
  }
  return { steps, conflicts };
}
