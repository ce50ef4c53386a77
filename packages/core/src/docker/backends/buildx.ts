/**
 * The buildx backend (GitHub's runners have Docker with buildx): one `docker buildx bake` over a
 * generated bake file, so BuildKit builds the variants concurrently and shares their common layers,
 * then each target's digest is read from the `--metadata-file`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCommand } from '../../builder/process.js';
import { ConfigurationError } from '../../errors/index.js';
import { bakeDigests, bakeFile } from '../bake.js';
import { outputTail } from '../exec.js';
import { registryOf } from '../images.js';
import { pushPermissionHint } from '../login.js';
import type { DockerPlan } from '../plan.js';
import type { Backend, BackendOptions } from './types.js';

/** The argv of the bake run (after `docker`). */
export function bakeArgs(bakePath: string, metadataPath: string, push: boolean): string[] {
  return [
    'buildx',
    'bake',
    '--file',
    bakePath,
    '--metadata-file',
    metadataPath,
    '--progress',
    'plain',
    ...(push ? ['--push'] : []),
  ];
}

// What registries answer a push without rights: 401/403, `denied`, `insufficient_scope`.
const PUSH_REFUSED = /\b(denied|unauthorized|forbidden|insufficient_scope|401|403)\b/i;

/** The buildx backend. */
export const buildxBackend: Backend = {
  loginTool: 'docker',
  async preflight(deps) {
    const version = await deps.exec('docker', ['buildx', 'version'], { cwd: deps.cwd, env: deps.env });
    if (version.code !== 0) {
      throw new ConfigurationError(
        `backend: buildx needs the docker buildx plugin, which does not answer here (${outputTail(version.output, 2) || `exit code ${version.code}`}): add docker/setup-buildx-action before this step, or choose backend: buildah.`,
      );
    }
  },
  describe(plan, options) {
    const file = bakeFile(plan, options);
    return [
      `docker-bake.json:\n${JSON.stringify(file, null, 2)}`,
      `Command: ${formatCommand('docker', bakeArgs('docker-bake.json', 'bake-metadata.json', options.push))}`,
    ].join('\n');
  },
  async build(plan: DockerPlan, options: BackendOptions, deps) {
    const bakePath = join(deps.tempDir, 'docker-bake.json');
    const metadataPath = join(deps.tempDir, 'bake-metadata.json');
    await writeFile(bakePath, `${JSON.stringify(bakeFile(plan, options), null, 2)}\n`);
    const args = bakeArgs(bakePath, metadataPath, options.push);
    deps.logger.info(formatCommand('docker', args));
    // The runner gives a JavaScript action ACTIONS_CACHE_URL and ACTIONS_RUNTIME_TOKEN in its
    // environment; passed on, they let buildx reach the gha cache without any other step.
    const result = await deps.logger.group(
      `Build ${plan.variants.map((v) => v.name).join(', ')} (docker buildx bake)`,
      () => deps.exec('docker', args, { cwd: deps.cwd, env: deps.env, onLine: (l) => deps.logger.info(l) }),
    );
    if (result.code !== 0) {
      const tail = outputTail(result.output);
      if (options.push && PUSH_REFUSED.test(tail)) {
        const registries = [...new Set(plan.images.map(registryOf))];
        throw new Error(
          `Pushing ${plan.images.join(', ')} was refused:\n${tail}\n${registries.map(pushPermissionHint).join('\n')}`,
        );
      }
      throw new Error(`docker buildx bake failed (exit code ${result.code}):\n${tail}`);
    }
    const metadata = await readFile(metadataPath, 'utf8').catch(() => '');
    const digests = bakeDigests(metadata);
    if (options.push) {
      const missing = plan.variants.filter((v) => !digests[v.name]).map((v) => v.name);
      if (missing.length > 0) {
        throw new Error(
          `docker buildx bake succeeded but its metadata file names no pushed digest for ${missing.join(', ')}; the images may not have been pushed (is the builder a docker-container driver, as docker/setup-buildx-action creates?).`,
        );
      }
    }
    return digests;
  },
};
