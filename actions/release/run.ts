/** The all-in-one action: the whole pipeline in one job, for repositories that need no fan-out. */
import type { ActionOutcome } from '@otai-release/core/action';
import { defaultPython } from '@otai-release/core/builder';
import { type SourceFacts, waitTimeout } from '@otai-release/core/docker';
import type { GitHubContext } from '@otai-release/core/github';
import { type PipelineDeps, type PipelineResult, runRelease } from '@otai-release/core/pipeline';
import type { Inputs } from './inputs.js';

/** What run() needs from outside. */
export interface RunDeps extends Omit<PipelineDeps, 'progress'> {
  /** The GitHub API with the github-token input's token; undefined without a token. */
  github?: GitHubContext;
  /** Facts for image labels and the ghcr.io login (GITHUB_REPOSITORY, GITHUB_SHA, …). */
  source: SourceFacts;
  platform: NodeJS.Platform;
}

/** The result: the pipeline's, and the outputs. */
export interface Result extends ActionOutcome {
  pipeline: PipelineResult;
  outputs: {
    version: string;
    tag: string;
    files: { file: string; sha256: string; size: number }[];
    'failed-stage': string;
  };
}

/** Runs validate → build → check → publish → images → GitHub Release. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const pipeline = await runRelease(
    {
      path: inputs.path,
      dryRun: inputs['dry-run'],
      tag: inputs.tag,
      index: inputs.index,
      indexCheck: 'required',
      outDir: 'dist',
      isolation: inputs.isolation,
      python: inputs.python ?? defaultPython(deps.platform),
      frontend: 'build',
      publish: {
        repositoryUrl: inputs['repository-url'],
        user: inputs.user,
        password: inputs.password,
        skipExisting: inputs['skip-existing'],
        attestations: inputs.attestations,
        concurrency: 4,
        // A dry run in a job that can mint proves trusted publishing is set up.
        verifyAuth:
          inputs['dry-run'] && inputs.password === undefined && !!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      },
      images:
        inputs.docker === 'false'
          ? false
          : {
              backend: inputs.backend,
              push: true,
              waitForIndex: true,
              waitTimeoutMs: waitTimeout(undefined),
              provenance: false,
              sbom: false,
              source: { ...deps.source, token: inputs['github-token'] },
            },
      release: inputs['gh-release']
        ? {
            notesFrom: inputs['notes-from'],
            prerelease: 'auto',
            makeLatest: 'auto',
            draft: false,
            github: deps.github,
          }
        : false,
    },
    { ...deps, progress: (line) => deps.logger.info(line) },
  );
  return {
    pipeline,
    failed: pipeline.failed,
    outputs: {
      version: pipeline.version ?? '',
      tag: pipeline.tag ?? '',
      files: pipeline.files.map((f) => ({ file: f.filename, sha256: f.sha256, size: f.size })),
      'failed-stage': pipeline.stages.find((s) => s.status === 'failed')?.stage ?? '',
    },
  };
}
