/**
 * pypi-publish-oidc: publishes packages-dir (core's publishPackagesDir: checks, credentials, PEP 740
 * attestations, upload). Never reads the runner's environment: main.ts passes it in.
 */
import type { ActionOutcome } from '@otai-release/core/action';
import { type PackagesDirDeps, type PackagesDirResult, publishPackagesDir } from '@otai-release/core/publish';
import type { Inputs } from './inputs.js';

/** What run() needs from outside. */
export type RunDeps = PackagesDirDeps;

/** The action's result. */
export interface Result extends ActionOutcome, PackagesDirResult {}

/** Publishes packages-dir. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  return publishPackagesDir(inputs, deps);
}
