/**
 * The buildah backend, and podman's (podman's build and manifest commands take the same arguments):
 * each variant is built for every platform into a local manifest list, which is then pushed with all
 * its images under each tag. Needs no daemon and no emulator for a Dockerfile without RUN steps for
 * other architectures (FROM scratch + COPY).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCommand } from '../../builder/process.js';
import { outputTail } from '../exec.js';
import { registryOf } from '../images.js';
import { pushPermissionHint } from '../login.js';
import type { DockerPlan, VariantPlan } from '../plan.js';
import { tagVersion } from '../tags.js';
import type { Backend, BackendDeps, BackendOptions } from './types.js';

/** The local manifest list a variant is assembled in. */
export function manifestListName(plan: DockerPlan, variant: VariantPlan): string {
  return `localhost/otai-release-${variant.name}:${tagVersion(plan.version)}`;
}

/** The argv (after the tool) that builds one variant for every platform into its manifest list. */
export function buildArgs(plan: DockerPlan, variant: VariantPlan): string[] {
  return [
    'build',
    // podman 4.3's layer cache ignores the platform: with layers on, the arm64 build returns the
    // amd64 image and the list ends up with one platform. buildah's default is off; say it for both.
    '--layers=false',
    '--platform',
    plan.platforms.join(','),
    '--manifest',
    manifestListName(plan, variant),
    '--file',
    plan.dockerfile,
    ...Object.entries(variant.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...Object.entries(variant.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...Object.entries(variant.annotations).flatMap(([k, v]) => ['--annotation', `${k}=${v}`]),
    plan.context,
  ];
}

/** The argv (after the tool) that pushes the list and all its images to one tag. */
export function pushArgs(list: string, ref: string, digestFile: string): string[] {
  return ['manifest', 'push', '--all', '--digestfile', digestFile, list, `docker://${ref}`];
}

/** `os/arch[/variant]` of each entry of a manifest list (`manifest inspect` output). */
export function listPlatforms(inspectOutput: string): string[] {
  let list: { manifests?: Array<{ platform?: { os?: string; architecture?: string; variant?: string } }> };
  try {
    // The exec interleaves stderr, where a warning may precede the JSON.
    list = JSON.parse(inspectOutput.slice(inspectOutput.indexOf('{'), inspectOutput.lastIndexOf('}') + 1));
  } catch {
    return [];
  }
  return (list.manifests ?? []).map(({ platform: p = {} }) =>
    [p.os, p.architecture, p.variant].filter(Boolean).join('/'),
  );
}

// Whatever a tool's cache or defaults did, the list must hold exactly one image per platform asked
// for, or a user on arm64 would pull an amd64 image under the arm64 entry (or none at all).
async function checkListPlatforms(
  tool: string,
  list: string,
  platforms: readonly string[],
  deps: BackendDeps,
): Promise<void> {
  const inspected = await deps.exec(tool, ['manifest', 'inspect', list], { cwd: deps.cwd, env: deps.env });
  const found = listPlatforms(inspected.code === 0 ? inspected.output : '');
  const expected = [...platforms].sort();
  if (JSON.stringify([...found].sort()) !== JSON.stringify(expected)) {
    throw new Error(
      `${tool} built the manifest list ${list} for ${found.length ? found.join(', ') : 'no platform'}, not for ${expected.join(', ')}; nothing was pushed.${
        inspected.code === 0 ? '' : `\n${outputTail(inspected.output, 4)}`
      }`,
    );
  }
}

/** The buildah or podman backend. */
export function buildahBackend(tool: 'buildah' | 'podman'): Backend {
  return {
    loginTool: tool,
    describe(plan, options) {
      const lines: string[] = [];
      for (const v of plan.variants) {
        const list = manifestListName(plan, v);
        lines.push(formatCommand(tool, buildArgs(plan, v)));
        if (options.push)
          for (const ref of v.refs) lines.push(formatCommand(tool, pushArgs(list, ref, 'digest')));
      }
      return `Commands:\n${lines.join('\n')}`;
    },
    async build(plan: DockerPlan, options: BackendOptions, deps: BackendDeps) {
      const digests: Record<string, string> = {};
      for (const variant of plan.variants) {
        const digest = await deps.logger.group(`Build ${variant.name} (${plan.platforms.join(', ')})`, () =>
          buildVariant(tool, plan, variant, options, deps),
        );
        if (digest) digests[variant.name] = digest;
      }
      return digests;
    },
  };
}

async function buildVariant(
  tool: 'buildah' | 'podman',
  plan: DockerPlan,
  variant: VariantPlan,
  options: BackendOptions,
  deps: BackendDeps,
): Promise<string | undefined> {
  const run = async (args: string[]) => {
    deps.logger.info(formatCommand(tool, args));
    return deps.exec(tool, args, { cwd: deps.cwd, env: deps.env, onLine: (l) => deps.logger.info(l) });
  };
  const list = manifestListName(plan, variant);
  // A list left by an earlier run would gain a second set of images; start from none.
  await deps.exec(tool, ['manifest', 'rm', list], { cwd: deps.cwd, env: deps.env });
  try {
    const built = await run(buildArgs(plan, variant));
    if (built.code !== 0) {
      throw new Error(
        `${tool} build of the variant ${variant.name} failed (exit code ${built.code}):\n${outputTail(built.output)}`,
      );
    }
    await checkListPlatforms(tool, list, plan.platforms, deps);
    if (!options.push) return undefined;
    let digest: string | undefined;
    for (const ref of variant.refs) {
      const digestFile = join(deps.tempDir, `${variant.name}.digest`);
      await rm(digestFile, { force: true });
      const pushed = await run(pushArgs(list, ref, digestFile));
      // buildah 1.28 exits 0 when the registry cannot be reached, leaving the digest file empty: only
      // a digest written proves the push.
      const written = (await readFile(digestFile, 'utf8').catch(() => '')).trim();
      if (pushed.code !== 0 || !/^sha256:[0-9a-f]{64}$/.test(written)) {
        const why =
          pushed.code !== 0 ? '' : ` (${tool} exited 0 but wrote no digest: the push did not complete)`;
        throw new Error(
          `Pushing ${ref} (variant ${variant.name}) failed${why}:\n${outputTail(pushed.output, 6)}\n${pushPermissionHint(registryOf(ref))}`,
        );
      }
      digest = written;
    }
    return digest;
  } finally {
    await deps.exec(tool, ['manifest', 'rm', list], { cwd: deps.cwd, env: deps.env });
  }
}
