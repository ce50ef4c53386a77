/** `otai-release build`: the build-python-dist action as a command (no artifact upload, no cache). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildDistributions,
  defaultPython,
  fileOutputs,
  resolveBuildTargets,
  tagsAtHead,
} from '@otai-release/core/builder';
import { oneOf } from '@otai-release/core/text';
import { consoleLogger } from '../logger.js';
import { UsageError } from '../usage.js';

/** Runs the command; returns the exit code. */
export async function buildCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string', default: 'dist' },
      'no-isolation': { type: 'boolean', default: false },
      sdist: { type: 'boolean', default: false },
      wheel: { type: 'boolean', default: false },
      package: { type: 'string', multiple: true },
      tag: { type: 'string' },
      python: { type: 'string' },
      frontend: { type: 'string', default: 'build' },
      jobs: { type: 'string' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`build takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const frontend = oneOf(
    values.frontend,
    ['build', 'uv'] as const,
    (use) => new UsageError(`--frontend ${values.frontend}: ${use}.`),
  );
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError(`--jobs ${values.jobs}: use a whole number above 0.`);
  const cwd = process.cwd();
  const root = resolve(cwd, positionals[0] ?? '.');
  // Neither flag means both, as with python -m build.
  const both = !values.sdist && !values.wheel;
  const logger = consoleLogger({
    verbose: !values.json && !values.quiet,
    notices: !values.quiet,
    color: process.stderr.isTTY,
  });
  const targets = resolveBuildTargets(root, {
    packages: values.package?.map((path) => ({ path })),
    tag: values.tag,
    // Without --tag, a release tag on HEAD is the version a tag-deriving package must build.
    headTags: values.tag === undefined ? await tagsAtHead(root) : undefined,
  });
  const result = await buildDistributions({
    root,
    targets,
    outDir: resolve(cwd, values['out-dir']),
    sdist: both || values.sdist,
    wheel: both || values.wheel,
    isolation: !values['no-isolation'],
    python: values.python ?? defaultPython(),
    frontend,
    jobs,
    env: process.env,
    logger,
    // A terminal has no log groups: the output is printed under the group's heading, or not at all.
    fullOutputHint:
      values.json || values.quiet
        ? () =>
            `Run it again without ${values.json ? '--json' : '--quiet'} to see the whole output of the build.`
        : (title) => `The whole output is printed above, under "== ${title}".`,
  });
  const files = fileOutputs(result, cwd);
  if (values.json) out(`${JSON.stringify({ files, sourceDateEpoch: result.sourceDateEpoch }, null, 2)}\n`);
  else if (!values.quiet) for (const f of files) out(`${f.path}  ${f.size} bytes  sha256:${f.sha256}\n`);
  return 0;
}
