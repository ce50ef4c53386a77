/** `otai-release check`: the validate-versions action as a command. */
import { parseArgs } from 'node:util';
import { validateRelease } from '@otai-release/core/consistency';
import { HttpClient } from '@otai-release/core/http';
import { explainDiscovery } from '@otai-release/core/pyproject';
import { oneOf } from '@otai-release/core/text';
import { consoleLogger } from '../logger.js';
import { UsageError } from '../usage.js';

const CHOICES = {
  'index-check': ['required', 'best-effort', 'off'],
  policy: ['lockstep', 'independent'],
} as const;

function choice<K extends keyof typeof CHOICES>(
  key: K,
  value: string | undefined,
): (typeof CHOICES)[K][number] | undefined {
  if (value === undefined) return undefined;
  return oneOf(value, CHOICES[key], (use) => new UsageError(`--${key} ${value}: ${use}.`));
}

/** Runs the command; returns the exit code. */
export async function checkCommand(args: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      tag: { type: 'string' },
      index: { type: 'string' },
      'index-check': { type: 'string' },
      policy: { type: 'string' },
      'allow-existing': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1)
    throw new UsageError(`check takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const logger = consoleLogger({
    verbose: !values.json && !values.quiet,
    notices: !values.quiet,
    color: process.stderr.isTTY,
  });
  const result = await validateRelease(
    {
      path: positionals[0] ?? '.',
      tag: values.tag,
      index: values.index,
      indexCheck: choice('index-check', values['index-check']) ?? 'best-effort',
      policy: choice('policy', values.policy),
      allowExisting: values['allow-existing'],
    },
    { logger, http: new HttpClient({ userAgent: 'otai-release-cli', timeoutMs: 15_000, retries: 2 }) },
  );
  if (values.json) {
    const { repository: _repository, ...json } = result;
    out(`${JSON.stringify(json, null, 2)}\n`);
  } else if (!values.quiet) {
    for (const p of result.packages) {
      const index = p.index.state === 'not-checked' ? '' : `  [${p.index.state}]`;
      out(`${p.name} ${p.version ?? '(version from tag)'}  ${p.path}  tag ${p.tag ?? '-'}${index}\n`);
    }
  }
  if (values.explain && !values.json) {
    out(
      `\nDiscovery:\n${explainDiscovery(result.repository)
        .map((l) => `  ${l}\n`)
        .join('')}`,
    );
  }
  return result.ok ? 0 : 1;
}
