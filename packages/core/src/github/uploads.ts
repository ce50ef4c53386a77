/**
 * Uploading one asset so that the release never keeps a broken one: the file is streamed from disk
 * (never held in memory) to the release's own upload URL with its content type and length; a 5xx or a
 * dropped connection is retried with a fresh stream after deleting what the failed attempt left (GitHub
 * keeps an empty asset in state "starter"); the answer's size and digest are checked; a 422 for a name
 * another job is uploading at the same moment waits for that upload and keeps it when identical.
 */
import { createReadStream } from 'node:fs';
import { ConfigurationError } from '../errors/index.js';
import { explainFailure, isAlreadyExists, isTransient } from './api-errors.js';
import { type AssetStep, assetNamed, assetSha256, sameContent } from './asset-plan.js';
import { type LocalAsset, READ_CHUNK } from './local-assets.js';
import { deleteAsset, downloadSha256, listAssets } from './releases.js';
import { streamingFetch } from './stream-upload.js';
import type { AssetRecord, GitHubContext, ReleaseRecord } from './types.js';

/** How hard to try. */
export interface UploadOptions {
  /** Replace an asset of the same name whose content differs (else that is an error). */
  overwrite: boolean;
  /** Attempts per file for transient failures (default 4). */
  attempts?: number;
  /** First pause between attempts, doubled each time (default 1000 ms). */
  backoffMs?: number;
  /** Looks at an asset another job is still uploading before it counts as broken (default 20, 500 ms apart). */
  settleChecks?: number;
  settleMs?: number;
}

/** What happened to one file. */
export interface UploadOutcome {
  asset: AssetRecord;
  action: 'uploaded' | 'replaced' | 'skipped';
  note?: string;
}

const defaultUploadFetch = streamingFetch();

/** The upload endpoint for `name`: the release's `upload_url` without its `{?name,label}` template. */
export function uploadTarget(uploadUrl: string, name: string): string {
  return `${uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
}

/** Why an uploaded asset does not hold the file, or undefined when it does. */
export function uploadMismatch(asset: AssetRecord, local: LocalAsset): string | undefined {
  if (asset.state !== 'uploaded') return `GitHub reports it in state "${asset.state}"`;
  if (asset.size !== local.size) return `GitHub holds ${asset.size} bytes of ${local.size}`;
  const digest = assetSha256(asset);
  if (digest !== undefined && digest !== local.sha256) return `GitHub's digest is sha256:${digest}`;
  return undefined;
}

async function post(ctx: GitHubContext, release: ReleaseRecord, local: LocalAsset): Promise<AssetRecord> {
  const body = createReadStream(local.path, { highWaterMark: READ_CHUNK });
  try {
    const answer = await ctx.octokit.request({
      method: 'POST',
      url: uploadTarget(release.upload_url, local.name),
      headers: { 'content-type': local.contentType, 'content-length': local.size },
      data: body,
      // A stream can be sent once: the retry plugin must not resend it; this module retries with a new one.
      request: { retries: 0, fetch: ctx.uploadFetch ?? defaultUploadFetch },
    } as unknown as Parameters<GitHubContext['octokit']['request']>[0]);
    return answer.data as unknown as AssetRecord;
  } finally {
    body.destroy();
  }
}

/** Waits while the asset `name` is being uploaded by someone else; returns it as last seen. */
async function settled(
  ctx: GitHubContext,
  release: ReleaseRecord,
  name: string,
  checks: number,
  ms: number,
): Promise<AssetRecord | undefined> {
  let asset = assetNamed(await listAssets(ctx, release.id), name);
  for (let i = 1; i < checks && asset && asset.state !== 'uploaded'; i++) {
    await ctx.sleep(ms);
    asset = assetNamed(await listAssets(ctx, release.id), name);
  }
  return asset;
}

/** Carries out one step of the asset plan on `release`. */
export async function applyAssetStep(
  ctx: GitHubContext,
  release: ReleaseRecord,
  step: AssetStep,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const { local } = step;
  if (step.action === 'skip' && step.existing) return { asset: step.existing, action: 'skipped' };
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 1000;
  const checks = options.settleChecks ?? 20;
  const settleMs = options.settleMs ?? 500;
  const download = (asset: AssetRecord) => downloadSha256(ctx, asset);
  const replaced = step.action === 'replace';
  let stale = step.existing;
  if (stale && stale.state !== 'uploaded') {
    // Either a leftover of a failed upload or another job's upload in progress: give the latter time.
    stale = await settled(ctx, release, local.name, checks, settleMs);
    if (stale?.state === 'uploaded' && (await sameContent(stale, local, download))) {
      return { asset: stale, action: 'skipped', note: 'uploaded by another job meanwhile' };
    }
  }
  let last = '';
  let races = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (stale) {
      await deleteAsset(ctx, stale);
      stale = undefined;
    }
    try {
      const asset = await post(ctx, release, local);
      const mismatch = uploadMismatch(asset, local);
      if (mismatch === undefined) return { asset, action: replaced ? 'replaced' : 'uploaded' };
      last = `the upload was incomplete (${mismatch})`;
      stale = asset;
    } catch (error) {
      if (isAlreadyExists(error, 'ReleaseAsset')) {
        // Another job (a matrix sibling, a rerun) is uploading the same name right now.
        const current = await settled(ctx, release, local.name, checks, settleMs);
        if (!current) continue;
        if (current.state === 'uploaded') {
          if (await sameContent(current, local, download)) {
            return { asset: current, action: 'skipped', note: 'uploaded by another job meanwhile' };
          }
          if (!options.overwrite) {
            throw new ConfigurationError(
              `The release already has an asset '${local.name}' with other content (uploaded by another job ` +
                'meanwhile), and overwrite-assets is false: remove it, or set overwrite-assets: true.',
            );
          }
        }
        stale = current;
        if (++races <= 3) attempt--; // losing a race is not a failed attempt, up to a point
        last = `another job kept uploading '${local.name}'`;
        continue;
      }
      if (!isTransient(error)) throw explainFailure(error, `upload ${local.name}`, ctx);
      last = (error as Error).message;
      // The attempt may have left an empty "starter" asset, or stored the file and lost only the answer.
      const leftover = assetNamed(await listAssets(ctx, release.id), local.name);
      if (leftover && uploadMismatch(leftover, local) === undefined) {
        return { asset: leftover, action: replaced ? 'replaced' : 'uploaded' };
      }
      stale = leftover;
    }
    if (attempt < attempts) {
      const delay = backoffMs * 2 ** (attempt - 1);
      ctx.logger.info(
        `Uploading ${local.name} failed (${last}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`,
      );
      await ctx.sleep(delay);
    }
  }
  if (stale) await deleteAsset(ctx, stale);
  throw new Error(
    `Uploading ${local.name} failed ${attempts} times; the last: ${last}. No partial asset was left on the release; ` +
      'rerun the job to try again (assets already uploaded are kept and skipped).',
  );
}
