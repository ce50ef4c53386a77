/**
 * One GitHub Release per tag, brought to the wanted state: found (drafts included) or created as a
 * draft, its fields updated, every file attached (identical ones skipped), then published. Everything
 * that can be refused is refused before the first write: files (existence, 2 GiB, duplicate names),
 * the notes' source, the tag's existence, assets that differ while overwriting is off. A rerun with
 * nothing changed writes nothing; two jobs releasing one tag at once end with one release.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/index.js';
import { call } from './api-errors.js';
import { type AssetAction, planAssets } from './asset-plan.js';
import { type AutoFlag, decideLatest, decidePrerelease, type LatestDecision } from './flags.js';
import { type LocalAsset, localAssets } from './local-assets.js';
import { checkNotesRequest, type NotesSource, type ReleaseNotes, releaseNotes } from './notes.js';
import {
  createDraft,
  deleteRelease,
  downloadSha256,
  findRelease,
  latestRelease,
  listAssets,
  publishDraft,
  type ReleaseFields,
  tagExists,
  tagsStartingWith,
  updateRelease,
} from './releases.js';
import { formatPrefix, previousTag, readTagVersion } from './tag-version.js';
import type { GitHubContext, ReleaseRecord } from './types.js';
import { applyAssetStep, type UploadOptions } from './uploads.js';

/** What to release. */
export interface ReleaseRequest {
  tag: string;
  /** The title (default: the tag). */
  name?: string;
  /** Paths, globs or directories, relative to `cwd`. */
  files: string[];
  notesFrom?: NotesSource;
  body?: string;
  prerelease: AutoFlag;
  draft: boolean;
  makeLatest: AutoFlag;
  overwriteAssets: boolean;
  targetCommitish?: string;
  dryRun: boolean;
  /** The repository checkout: files and CHANGELOG.md are read from here. */
  cwd: string;
  /** How the inputs are named in messages (action inputs vs CLI options). */
  filesInput?: string;
}

/** One file in the report: what was (or, in a dry run, would be) done with it. */
export interface AssetReport {
  name: string;
  size: number;
  sha256: string;
  contentType: string;
  action: AssetAction | 'uploaded' | 'replaced' | 'skipped';
  id?: number;
  url?: string;
  note?: string;
}

/** What syncRelease did, or would do in a dry run. */
export interface ReleaseReport {
  dryRun: boolean;
  repository: string;
  tag: string;
  version?: string;
  name: string;
  draft: boolean;
  prerelease: boolean;
  latest: LatestDecision;
  notes: ReleaseNotes;
  /** created | updated | unchanged (done), or would-create | would-update | unchanged (dry run). */
  outcome: 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update';
  /** The release's fields that were (would be) changed, and whether it was (would be) published. */
  changes: string[];
  release?: { id: number; htmlUrl: string; uploadUrl: string };
  assets: AssetReport[];
}

/** The file the changelog notes come from, in the checkout's root. */
export const CHANGELOG_FILE = 'CHANGELOG.md';

function normalizeBody(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n/g, '\n').trim();
}

/** The fields of `existing` that differ from the wanted ones (target_commitish only matters before publishing). */
export function changedFields(
  existing: ReleaseRecord,
  wanted: Omit<ReleaseFields, 'tag_name' | 'draft'>,
): Partial<ReleaseFields> {
  const changes: Partial<ReleaseFields> = {};
  if ((existing.name ?? '') !== wanted.name) changes.name = wanted.name;
  if (normalizeBody(existing.body) !== normalizeBody(wanted.body)) changes.body = wanted.body;
  if (existing.prerelease !== wanted.prerelease) changes.prerelease = wanted.prerelease;
  if (existing.draft && wanted.target_commitish && existing.target_commitish !== wanted.target_commitish) {
    changes.target_commitish = wanted.target_commitish;
  }
  return changes;
}

/** Creates, updates and fills the release as `request` says (see the module comment). */
export async function syncRelease(
  request: ReleaseRequest,
  ctx: GitHubContext,
  uploadTiming: Omit<UploadOptions, 'overwrite'> = {},
): Promise<ReleaseReport> {
  const { owner, repo } = ctx.repository;
  const { tag } = request;
  const { logger } = ctx;
  if (!tag) throw new ConfigurationError('No tag to release: give one in tag (or run on a tag push).');

  // 1. Local checks: nothing on the network yet.
  const files = await localAssets(request.files, request.cwd, request.filesInput ?? "Input 'files'");
  const tagVersion = readTagVersion(tag);
  const changelogText = await readFile(join(request.cwd, CHANGELOG_FILE), 'utf8').catch(() => undefined);
  const notesRequest = {
    source: request.notesFrom,
    body: request.body,
    tag,
    tagVersion,
    targetCommitish: request.targetCommitish,
    changelog: { file: CHANGELOG_FILE, text: changelogText },
  };
  checkNotesRequest(notesRequest);
  const prerelease = decidePrerelease(request.prerelease, tagVersion?.version);

  // 2. Reads: the release, the tag, the notes, the latest release, the assets.
  const existing = await findRelease(ctx, tag);
  if ((!existing || existing.draft) && !(await tagExists(ctx, tag))) {
    if (!request.targetCommitish) {
      throw new ConfigurationError(
        `The tag ${tag} does not exist in ${owner}/${repo}: push it first (git push origin ${tag}), or set ` +
          'target-commitish to the branch or commit GitHub should create it on.',
      );
    }
    logger.info(
      `The tag ${tag} does not exist yet: GitHub creates it on ${request.targetCommitish} when the release is published.`,
    );
  }
  const notes = await releaseNotes({
    ...notesRequest,
    previousTag: async () =>
      tagVersion
        ? previousTag(tagVersion, await tagsStartingWith(ctx, formatPrefix(tagVersion.format)))
        : undefined,
    generate: async (body) => {
      const answer = await call(ctx, `generate the release notes of ${tag}`, () =>
        ctx.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { owner, repo, ...body }),
      );
      return (answer.data as { body: string }).body;
    },
  });
  if (existing && !existing.draft && request.draft) {
    logger.warning(
      `The release of ${tag} is already published; draft: true does not turn it back into a draft (delete it to start over).`,
    );
  }
  // No title given: a new release is titled with its tag; an existing one keeps the title it has.
  const name = request.name ?? (existing?.name || tag);
  const draft = request.draft && (!existing || existing.draft);
  const current = draft || prerelease ? undefined : await latestRelease(ctx);
  const latest = decideLatest(request.makeLatest, { tag, draft, prerelease, id: existing?.id }, current);
  const wanted = {
    name,
    body: notes.body,
    prerelease,
    ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
  };
  const download = (asset: Parameters<typeof downloadSha256>[1]) => downloadSha256(ctx, asset);
  const planFor = async (release: ReleaseRecord | undefined) => {
    const plan = await planAssets(
      files,
      release ? await listAssets(ctx, release.id) : [],
      request.overwriteAssets,
      download,
    );
    if (plan.conflicts.length > 0) {
      throw new ConfigurationError(
        `The release of ${tag} already has ${plan.conflicts.map((c) => `'${c.local.name}'`).join(', ')} with other ` +
          'content, and overwrite-assets is false: build the same files again, delete those assets, or set ' +
          'overwrite-assets: true. Nothing was changed.',
      );
    }
    return plan;
  };
  let plan = await planFor(existing);
  const assetChanges = plan.steps.filter((s) => s.action !== 'skip');
  if (existing?.immutable && !existing.draft && assetChanges.length > 0) {
    // GitHub refuses every asset change on an immutable release (422); say so before changing anything.
    throw new ConfigurationError(
      `The release of ${tag} is published and immutable, so its assets cannot change, but ` +
        `${assetChanges.map((s) => `'${s.local.name}' (${s.reason})`).join(', ')} would: release a new version instead.`,
    );
  }
  const fieldChanges = existing ? Object.keys(changedFields(existing, wanted)) : [];
  const publishes = (!existing || existing.draft) && !draft;
  const makesLatest = !publishes && latest.latest && existing !== undefined && current?.id !== existing.id;
  const changes = [
    ...(existing ? fieldChanges : ['create']),
    ...(publishes ? ['publish'] : []),
    ...(makesLatest ? ['make-latest'] : []),
  ];
  const report: ReleaseReport = {
    dryRun: request.dryRun,
    repository: `${owner}/${repo}`,
    tag,
    version: tagVersion?.version,
    name,
    draft,
    prerelease,
    latest,
    notes,
    outcome: 'unchanged',
    changes,
    release: existing && { id: existing.id, htmlUrl: existing.html_url, uploadUrl: existing.upload_url },
    assets: plan.steps.map((s) =>
      assetReport(s.local, s.action, s.existing?.id, s.existing?.browser_download_url),
    ),
  };
  const writes = changes.length > 0 || plan.steps.some((s) => s.action !== 'skip');
  if (request.dryRun) {
    report.outcome = !existing ? 'would-create' : writes ? 'would-update' : 'unchanged';
    return report;
  }
  if (!writes) {
    for (const asset of report.assets) asset.action = 'skipped';
    return report;
  }

  // 3. Writes.
  let release = existing;
  let created = false;
  for (let round = 1; ; round++) {
    if (!release) {
      const made = await createDraft(ctx, { tag_name: tag, ...wanted });
      release = made?.release ?? (await findRelease(ctx, tag));
      if (!release)
        throw new Error(`GitHub reported a release of ${tag} that cannot be read back; rerun the job.`);
      created = made?.created ?? false;
      if (!made?.created) plan = await planFor(release);
    }
    if (!created) {
      // The release may be another job's by now: without a name input, it keeps its title too.
      const update = changedFields(release, { ...wanted, name: request.name ?? (release.name || tag) });
      if (Object.keys(update).length > 0) {
        logger.info(`Updating ${Object.keys(update).join(', ')} of the release of ${tag}.`);
        release = await updateRelease(ctx, release.id, update, `update the release of ${tag}`);
      }
    }
    report.assets = [];
    for (const step of plan.steps) {
      const done = await applyAssetStep(ctx, release, step, {
        ...uploadTiming,
        overwrite: request.overwriteAssets,
      });
      logger.info(`${done.asset.name}: ${done.action}${done.note ? ` (${done.note})` : ''}`);
      report.assets.push(
        assetReport(step.local, done.action, done.asset.id, done.asset.browser_download_url, done.note),
      );
    }
    if (release.draft && !draft) {
      const published = await publishDraft(
        ctx,
        release.id,
        { make_latest: latest.latest ? 'true' : 'false' },
        tag,
      );
      if (!published) {
        if (round >= 3)
          throw new Error(`Another job kept publishing other releases of ${tag}; rerun the job.`);
        logger.info(`Another job published a release of ${tag} first; attaching the files to that one.`);
        if (created) await deleteRelease(ctx, release.id);
        release = await findRelease(ctx, tag);
        created = false;
        plan = await planFor(release);
        continue;
      }
      release = published;
    } else if (makesLatest) {
      release = await updateRelease(
        ctx,
        release.id,
        { make_latest: 'true' },
        `make ${tag} the latest release`,
      );
    }
    break;
  }
  report.outcome = created ? 'created' : 'updated';
  report.release = { id: release.id, htmlUrl: release.html_url, uploadUrl: release.upload_url };
  return report;
}

function assetReport(
  local: LocalAsset,
  action: AssetReport['action'],
  id?: number,
  url?: string,
  note?: string,
): AssetReport {
  return {
    name: local.name,
    size: local.size,
    sha256: local.sha256,
    contentType: local.contentType,
    action,
    ...(id !== undefined ? { id } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}
