/**
 * Reading and writing releases: found by tag including drafts (the tag endpoint returns only
 * published releases, so drafts are looked for in the paginated list), created as drafts with the
 * duplicates of a race removed, updated field by field.
 */
import { createHash } from 'node:crypto';
import { call, callOptional, explainFailure, isAlreadyExists } from './api-errors.js';
import type { AssetRecord, GitHubContext, ReleaseRecord } from './types.js';

const PER_PAGE = 100;

/** The page after this one, from a Link header (`<…&page=3>; rel="next"`). */
export function hasNextPage(link: string | undefined): boolean {
  return link !== undefined && /rel="next"/.test(link);
}

/** Every release of the repository carrying `tag` (drafts included, for a token with push access). */
export async function releasesWithTag(ctx: GitHubContext, tag: string): Promise<ReleaseRecord[]> {
  const { owner, repo } = ctx.repository;
  const found: ReleaseRecord[] = [];
  for (let page = 1; ; page++) {
    const response = await call(ctx, `list the releases (page ${page})`, () =>
      ctx.octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: PER_PAGE, page }),
    );
    const releases = response.data as unknown as ReleaseRecord[];
    found.push(...releases.filter((r) => r.tag_name === tag));
    if (releases.length < PER_PAGE || !hasNextPage(response.headers.link)) return found;
  }
}

/**
 * The release for `tag`: a published one wins over drafts; among drafts (several after a race of tools
 * that create them blindly) the oldest, which is the one every job of a race settles on.
 */
export function canonicalRelease(releases: readonly ReleaseRecord[]): ReleaseRecord | undefined {
  return [...releases].sort((a, b) => Number(a.draft) - Number(b.draft) || a.id - b.id)[0];
}

/** The release for `tag`, published or draft; undefined when there is none. */
export async function findRelease(ctx: GitHubContext, tag: string): Promise<ReleaseRecord | undefined> {
  const { owner, repo } = ctx.repository;
  const published = await callOptional(ctx, `read the release of tag ${tag}`, () =>
    ctx.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag }),
  );
  if (published) return published.data as unknown as ReleaseRecord;
  return canonicalRelease(await releasesWithTag(ctx, tag));
}

/** The repository's latest release (id and tag), undefined when it has none. */
export async function latestRelease(ctx: GitHubContext): Promise<ReleaseRecord | undefined> {
  const { owner, repo } = ctx.repository;
  const answer = await callOptional(ctx, 'read the latest release', () =>
    ctx.octokit.request('GET /repos/{owner}/{repo}/releases/latest', { owner, repo }),
  );
  return answer?.data as unknown as ReleaseRecord | undefined;
}

/** True when the tag exists on GitHub. */
export async function tagExists(ctx: GitHubContext, tag: string): Promise<boolean> {
  const { owner, repo } = ctx.repository;
  const answer = await callOptional(ctx, `read the tag ${tag}`, () =>
    ctx.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `tags/${tag}` }),
  );
  return answer !== undefined;
}

/** The names of the repository's tags that start with `prefix` (one request: matching-refs is not paginated). */
export async function tagsStartingWith(ctx: GitHubContext, prefix: string): Promise<string[]> {
  const { owner, repo } = ctx.repository;
  const answer = await call(ctx, `list the tags starting with '${prefix}'`, () =>
    ctx.octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      owner,
      repo,
      ref: `tags/${prefix}`,
    }),
  );
  return (answer.data as { ref: string }[]).map((r) => r.ref.replace(/^refs\/tags\//, ''));
}

/** The fields of a release this action sets. */
export interface ReleaseFields {
  tag_name: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  target_commitish?: string;
  make_latest?: 'true' | 'false';
}

/**
 * Creates the release as a draft (assets go up before anyone can see it), then settles a race: when
 * another job created one for the same tag meanwhile, the canonical one is kept and ours, still empty,
 * deleted. A 422 already_exists (another job already published one) gives undefined: find it again.
 */
export async function createDraft(
  ctx: GitHubContext,
  fields: Omit<ReleaseFields, 'draft' | 'make_latest'>,
): Promise<{ release: ReleaseRecord; created: boolean } | undefined> {
  const { owner, repo } = ctx.repository;
  let created: ReleaseRecord;
  try {
    const answer = await ctx.octokit.request('POST /repos/{owner}/{repo}/releases', {
      owner,
      repo,
      ...fields,
      draft: true,
    });
    created = answer.data as unknown as ReleaseRecord;
  } catch (error) {
    if (isAlreadyExists(error, 'Release')) {
      ctx.logger.info(`Another job published the release of ${fields.tag_name} meanwhile; reading it.`);
      return undefined;
    }
    throw explainFailure(error, `create the release of ${fields.tag_name}`, ctx);
  }
  const canonical = canonicalRelease([...(await releasesWithTag(ctx, fields.tag_name)), created]);
  if (!canonical || canonical.id === created.id) return { release: created, created: true };
  ctx.logger.info(
    `Another job created release ${canonical.id} for ${fields.tag_name} at the same time; using it and ` +
      `deleting the duplicate draft ${created.id}.`,
  );
  await deleteRelease(ctx, created.id);
  return { release: canonical, created: false };
}

/** Deletes a release (a 404 means it is gone already). */
export async function deleteRelease(ctx: GitHubContext, id: number): Promise<void> {
  const { owner, repo } = ctx.repository;
  await callOptional(ctx, `delete the duplicate draft release ${id}`, () =>
    ctx.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
      owner,
      repo,
      release_id: id,
    }),
  );
}

/** Changes some fields of a release (`what` names the change in errors); returns it as GitHub answered. */
export async function updateRelease(
  ctx: GitHubContext,
  id: number,
  fields: Partial<ReleaseFields>,
  what: string,
): Promise<ReleaseRecord> {
  const { owner, repo } = ctx.repository;
  const answer = await call(ctx, what, () =>
    ctx.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      owner,
      repo,
      release_id: id,
      ...fields,
    }),
  );
  return answer.data as unknown as ReleaseRecord;
}

/**
 * Publishes a draft (with the other fields given). Undefined when GitHub answers 422 already_exists:
 * another job published a different release of the tag first, and that one is to be used.
 */
export async function publishDraft(
  ctx: GitHubContext,
  id: number,
  fields: Partial<ReleaseFields>,
  tag: string,
): Promise<ReleaseRecord | undefined> {
  const { owner, repo } = ctx.repository;
  try {
    const answer = await ctx.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      owner,
      repo,
      release_id: id,
      ...fields,
      draft: false,
    });
    return answer.data as unknown as ReleaseRecord;
  } catch (error) {
    if (isAlreadyExists(error, 'Release')) return undefined;
    throw explainFailure(error, `publish the release of ${tag}`, ctx);
  }
}

/** Every asset of a release (paginated). */
export async function listAssets(ctx: GitHubContext, releaseId: number): Promise<AssetRecord[]> {
  const { owner, repo } = ctx.repository;
  const found: AssetRecord[] = [];
  for (let page = 1; ; page++) {
    const response = await call(ctx, `list the assets of release ${releaseId}`, () =>
      ctx.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
        owner,
        repo,
        release_id: releaseId,
        per_page: PER_PAGE,
        page,
      }),
    );
    const assets = response.data as unknown as AssetRecord[];
    found.push(...assets);
    if (assets.length < PER_PAGE || !hasNextPage(response.headers.link)) return found;
  }
}

/** Deletes an asset (a 404 means it is gone already, e.g. removed by a racing job). */
export async function deleteAsset(ctx: GitHubContext, asset: AssetRecord): Promise<void> {
  const { owner, repo } = ctx.repository;
  await callOptional(ctx, `delete the asset ${asset.name}`, () =>
    ctx.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: asset.id,
    }),
  );
}

/**
 * The SHA-256 of an asset's bytes, downloaded and hashed as they arrive (for assets GitHub gives no
 * digest for and whose size matches the file): the API answers `Accept: application/octet-stream`
 * with the bytes or a redirect to them.
 */
export async function downloadSha256(ctx: GitHubContext, asset: AssetRecord): Promise<string> {
  const { owner, repo } = ctx.repository;
  const answer = await call(ctx, `download the asset ${asset.name}`, () =>
    ctx.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
      // The body as a stream: an asset of up to 2 GiB is hashed, never held.
      request: { parseSuccessResponseBody: false },
    }),
  );
  const hash = createHash('sha256');
  const body = answer.data as unknown as AsyncIterable<Uint8Array> | null;
  if (body) for await (const chunk of body) hash.update(chunk);
  return hash.digest('hex');
}
