/**
 * The whole release in one run — validate → build → check → (preflight) → publish → images →
 * GitHub Release — as the all-in-one action and `otai-release release` do it. Each stage is the same
 * code as its own action. A stage that fails stops the run; in a real run everything the later stages
 * can check (image plan, release notes and assets) is checked in the preflight, before the first upload.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildDistributions, type BuiltFile, resolveBuildTargets, tagsAtHead } from '../builder/index.js';
import { validateRelease } from '../consistency/index.js';
import { checkDistFiles, findingLine, PYPI_MAX_FILE_SIZE } from '../distfiles/index.js';
import { planText, releaseImages } from '../docker/index.js';
import { releasePlanText, syncRelease } from '../github/index.js';
import { publishPackagesDir } from '../publish/index.js';
import { ConfigurationError } from '../errors/index.js';
import { localReleasePlan, localReleasePlanText } from './local-release-plan.js';
import type { PipelineDeps, PipelineOptions } from './options.js';
import { runStage, STAGE_MARK, type StageReport } from './stages.js';

/** The run's outcome: each stage's report, and what was (or would be) released. */
export interface PipelineResult {
  dryRun: boolean;
  version?: string;
  tag?: string;
  /** The projects released. */
  projects: string[];
  /** The built files (absolute paths), once the build ran. */
  files: BuiltFile[];
  stages: StageReport[];
  /** The first failed stage's summary; undefined when the run went through. */
  failed?: string;
}

/** Runs the pipeline; never throws for user mistakes (a stage fails with the message instead). */
export async function runRelease(options: PipelineOptions, deps: PipelineDeps): Promise<PipelineResult> {
  const { logger, cwd } = deps;
  const root = resolve(cwd, options.path);
  const result: PipelineResult = { dryRun: options.dryRun, projects: [], files: [], stages: [] };
  const record = (report: StageReport): boolean => {
    result.stages.push(report);
    const time = report.status === 'skipped' ? '' : ` (${seconds(report.ms)})`;
    deps.progress?.(`${STAGE_MARK[report.status]} ${report.stage}: ${report.summary.split('\n')[0]}${time}`);
    if (report.status === 'failed') result.failed ??= `${report.stage}: ${report.summary}`;
    return report.status !== 'failed';
  };

  // 1. Versions, pins and tag agree, and the version is free on the index.
  const validated = await runStage('validate', async () => {
    const value = await validateRelease(
      {
        path: root,
        tag: options.tag,
        index: options.index,
        indexCheck: options.indexCheck,
        allowExisting: false,
      },
      { logger, http: deps.http },
    );
    const releasing = value.packages.filter((p) => value.releasing.includes(p.name));
    return {
      value,
      status: value.ok ? 'done' : 'failed',
      summary: value.ok
        ? `${releasing.map((p) => `${p.name} ${p.version ?? '(from tag)'}`).join(', ')}; tag ${releasing[0]?.tag ?? '-'}`
        : `${value.findings.filter((f) => f.level === 'error').length} problem(s); each is reported above at its file and line`,
    };
  });
  if (!record(validated.report) || !validated.value) return result;
  const validation = validated.value;
  const releasing = validation.packages.filter((p) => validation.releasing.includes(p.name));
  result.tag = options.tag ?? releasing[0]?.tag;
  result.version = releasing[0]?.version;
  result.projects = releasing.map((p) => p.name);

  // 2. Every sdist and wheel, verified against the version.
  const outDir = resolve(cwd, options.outDir);
  const built = await runStage('build', async () => {
    const targets = resolveBuildTargets(root, {
      packages: releasing.map((p) => ({ path: p.path })),
      tag: options.tag,
      headTags: options.tag === undefined ? await tagsAtHead(root) : undefined,
    });
    const build = await buildDistributions({
      root,
      targets,
      outDir,
      sdist: true,
      wheel: true,
      isolation: options.isolation,
      python: options.python,
      frontend: options.frontend,
      jobs: options.jobs,
      env: deps.env as NodeJS.ProcessEnv,
      logger,
    });
    const files = build.packages.flatMap((p) => p.files);
    return {
      value: files,
      status: 'done',
      summary: `${files.length} file(s)${options.scratchOutDir ? '' : ` in ${relative(cwd, outDir) || '.'}`}: ${files.map((f) => f.filename).join(', ')}`,
    };
  });
  if (!record(built.report) || !built.value) return result;
  result.files = built.value;
  const paths = result.files.map((f) => f.path);

  // 3. As PyPI would check them (strict: warnings fail too).
  const checked = await runStage('check', async () => {
    const report = await checkDistFiles(
      { paths, strict: true, maxFileSize: PYPI_MAX_FILE_SIZE, project: root },
      { cwd, docutils: deps.docutils },
    );
    for (const file of report.files) {
      for (const f of file.findings)
        logger[f.severity === 'notice' ? 'notice' : 'error'](findingLine(file.filename, f));
    }
    return {
      value: report,
      status: report.failed > 0 ? 'failed' : 'done',
      summary:
        report.failed > 0
          ? `${report.failed} of ${report.files.length} file(s) failed; each finding is reported above`
          : `${report.files.length} file(s) passed`,
    };
  });
  if (!record(checked.report)) return result;

  const imagesWanted =
    options.images !== false &&
    options.images !== undefined &&
    (options.images.images !== undefined || validation.repository.config.docker !== undefined);
  const scratch = await mkdtemp(join(tmpdir(), 'otai-release-pipeline-'));
  try {
    const images = (dryRun: boolean) =>
      releaseImages(
        {
          ...(options.images as Exclude<PipelineOptions['images'], false | undefined>),
          path: root,
          version: result.version,
          dist: outDir,
          installFrom: (options.images && options.images.installFrom) || 'index',
          dryRun,
        },
        { ...deps.docker, logger, cwd, http: deps.http, tempDir: scratch },
      );
    const release = (dryRun: boolean) => {
      const settings = options.release as Exclude<PipelineOptions['release'], false>;
      return syncRelease(
        {
          tag: result.tag!,
          files: paths,
          notesFrom: settings.notesFrom,
          body: settings.body,
          prerelease: settings.prerelease,
          draft: settings.draft,
          makeLatest: settings.makeLatest,
          overwriteAssets: true,
          targetCommitish: settings.targetCommitish,
          dryRun,
          cwd: root,
        },
        settings.github!,
      );
    };

    // 4. A real run checks what the later stages can before anything is uploaded.
    if (!options.dryRun && (imagesWanted || options.release)) {
      const preflight = await runStage('preflight', async () => {
        if (options.release && !options.release.github) {
          throw new ConfigurationError(
            'A GitHub Release needs the API: set GITHUB_TOKEN (contents: write) and GITHUB_REPOSITORY, or leave the release out.',
          );
        }
        if (imagesWanted) await images(true);
        if (options.release) await release(true);
        return {
          value: undefined,
          status: 'done',
          summary: 'image plan and release checked; nothing written yet',
        };
      });
      if (!record(preflight.report)) return result;
    }

    // 5. Upload (a dry run asks the index which files it has and prints the plan).
    const published = await runStage('publish', async () => {
      const value = await publishPackagesDir(
        {
          'repository-url': options.publish.repositoryUrl,
          'packages-dir': outDir,
          user: options.publish.user,
          password: options.publish.password,
          'skip-existing': options.publish.skipExisting,
          'verify-metadata': false, // the check stage did it, strictly
          attestations: options.publish.attestations,
          'print-hash': false,
          verbose: false,
          'dry-run': options.dryRun,
          'verify-auth': options.dryRun && options.publish.verifyAuth,
          concurrency: options.publish.concurrency,
        },
        { logger, cwd, env: deps.env, mask: deps.mask, fetch: deps.fetch, signer: deps.signer },
      );
      const files = value.report?.files ?? [];
      const count = (...statuses: string[]) => files.filter((f) => statuses.includes(f.status)).length;
      const there = count('would-skip', 'identical', 'skipped');
      const how =
        options.dryRun && !options.publish.verifyAuth
          ? 'a dry run needs no credentials'
          : value.credentials === 'token'
            ? 'API token'
            : 'trusted publishing';
      return {
        value,
        status: value.failed ? 'failed' : options.dryRun ? 'planned' : 'done',
        summary:
          value.failed ??
          `${options.dryRun ? `would upload ${count('would-upload')}` : `uploaded ${count('uploaded')}`} file(s) to ${options.publish.repositoryUrl}${there > 0 ? `, ${there} already there` : ''} (${how})`,
        details: [
          ...files.map((f) => `  ${f.status.padEnd(12)} ${f.filename}${f.url ? `  ${f.url}` : ''}`),
          ...(value.report?.notes ?? []).map((n) => `  note: ${n}`),
        ].join('\n'),
      };
    });
    if (!record(published.report)) return result;

    // 6. Images, once the index lists the packages.
    if (imagesWanted) {
      const built = await runStage('images', async () => {
        const value = await images(options.dryRun);
        return {
          value,
          status: value.failed ? 'failed' : options.dryRun ? 'planned' : 'done',
          summary:
            value.failed ??
            `${value.variants.length} variant(s): ${value.variants.map((v) => `${v.name}${v.digest ? ` ${v.digest}` : ''}`).join(', ')}`,
          details: planText(value.plan),
        };
      });
      if (!record(built.report)) return result;
    } else {
      record({
        stage: 'images',
        status: 'skipped',
        summary:
          options.images === false ? 'images left out' : 'no [tool.otai-release.docker] and no image given',
        ms: 0,
      });
    }

    // 7. The GitHub Release with the distributions attached.
    if (options.release) {
      const settings = options.release;
      const released = await runStage('release', async () => {
        if (options.dryRun && !settings.github) {
          const plan = await localReleasePlan(result.tag!, paths, settings, root);
          return {
            value: undefined,
            status: 'planned',
            summary: `would release ${plan.tag}${plan.prerelease ? ' (pre-release)' : ''} with ${plan.assets.length} asset(s)`,
            details: localReleasePlanText(plan),
          };
        }
        const report = await release(options.dryRun);
        return {
          value: report,
          status: options.dryRun ? 'planned' : 'done',
          summary: `${report.outcome.replace('-', ' ')} the release ${report.tag}${report.release ? ` (${report.release.htmlUrl})` : ''}; ${report.assets.length} asset(s)`,
          details: releasePlanText(report),
        };
      });
      record(released.report);
    } else {
      record({ stage: 'release', status: 'skipped', summary: 'no GitHub Release asked for', ms: 0 });
    }
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
