/** What every build backend is given and gives back. */
import type { Logger } from '../../log/index.js';
import type { Exec } from '../exec.js';
import type { DockerPlan } from '../plan.js';

/** The machine a backend runs on. */
export interface BackendDeps {
  exec: Exec;
  /** The environment the tools run with (storage and registry configuration live there). */
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** A private directory for the bake and metadata files. */
  tempDir: string;
  /** The working directory the tools run in. */
  cwd: string;
}

/** How to build. */
export interface BackendOptions {
  push: boolean;
  provenance: boolean;
  sbom: boolean;
}

/** A backend: shows what it would run, and builds (and pushes) a plan. */
export interface Backend {
  /** The tool logins go through. */
  readonly loginTool: 'docker' | 'buildah' | 'podman';
  /**
   * Checks, before the index is waited for, that the tool can build at all (buildx: the plugin is
   * there); throws ConfigurationError saying how to set it up.
   */
  preflight?(deps: BackendDeps): Promise<void>;
  /** What a dry run prints: the commands, and for buildx the bake file. */
  describe(plan: DockerPlan, options: BackendOptions): string;
  /** Builds every variant and pushes it when asked; returns the pushed index digest per variant. */
  build(plan: DockerPlan, options: BackendOptions, deps: BackendDeps): Promise<Record<string, string>>;
}
