/** What the whole-release pipeline takes: one set of settings per stage, and what it needs from outside. */
import type { Frontend } from '../builder/index.js';
import type { DocutilsInstaller } from '../distfiles/index.js';
import type { DockerReleaseDeps, DockerReleaseOptions } from '../docker/index.js';
import type { AutoFlag, GitHubContext, NotesSource } from '../github/index.js';
import type { HttpClient } from '../http/index.js';
import type { Logger } from '../log/index.js';
import type { Env } from '../oidc/index.js';
import type { AttestationSigner } from '../attestations/index.js';

/** Settings of the upload stage (gh-action-pypi-publish's, as pypi-publish-oidc takes them). */
export interface PublishSettings {
  repositoryUrl: string;
  user: string;
  /** Undefined: trusted publishing. */
  password?: string;
  skipExisting: boolean;
  attestations: boolean;
  concurrency: number;
  /** In a dry run: also exchange the OIDC token, proving trusted publishing works. */
  verifyAuth: boolean;
}

/** Settings of the GitHub Release stage. */
export interface GitHubReleaseSettings {
  notesFrom?: NotesSource;
  body?: string;
  prerelease: AutoFlag;
  makeLatest: AutoFlag;
  draft: boolean;
  targetCommitish?: string;
  /** The API; undefined (no token) → a dry run shows the release from the checkout alone. */
  github?: GitHubContext;
}

/** The image settings the pipeline does not decide itself (version, dists and dry run it does). */
export type ImageSettings = Omit<
  DockerReleaseOptions,
  'path' | 'version' | 'dist' | 'dryRun' | 'installFrom'
> & {
  installFrom?: DockerReleaseOptions['installFrom'];
};

/** Everything the pipeline does, stage by stage. */
export interface PipelineOptions {
  /** The repository root, relative to cwd. */
  path: string;
  /** Validate, build and check for real; upload, push and release nothing. */
  dryRun: boolean;
  /** The tag being released (default: the tag on HEAD, else the one the version makes). */
  tag?: string;
  /** validate's index (`pypi`, `testpypi`, a URL, `none`). */
  index?: string;
  indexCheck: 'required' | 'best-effort' | 'off';
  /** Where the distributions are built, relative to cwd. */
  outDir: string;
  /** outDir is a scratch directory the caller removes (reports leave its path out). */
  scratchOutDir?: boolean;
  isolation: boolean;
  python: string;
  frontend: Frontend;
  jobs?: number;
  publish: PublishSettings;
  /** Undefined: images only when `[tool.otai-release.docker]` is configured, with these defaults. */
  images?: ImageSettings | false;
  /** false: no GitHub Release. */
  release: GitHubReleaseSettings | false;
}

/** What the pipeline needs from outside (the CLI and the all-in-one action give the real ones). */
export interface PipelineDeps {
  logger: Logger;
  cwd: string;
  http: HttpClient;
  env: Env;
  /** Hides a secret in the log. */
  mask: (secret: string) => void;
  /** Runs docker/buildah/podman and git. */
  docker: Omit<DockerReleaseDeps, 'logger' | 'cwd' | 'http' | 'tempDir'>;
  docutils?: DocutilsInstaller;
  signer?: AttestationSigner;
  fetch?: typeof fetch;
  /** Progress lines between stages (the CLI prints them as they come). */
  progress?: (line: string) => void;
}
