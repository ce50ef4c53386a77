/** validate-versions: the check as a typed result, with the outputs the next steps read. */
import type { ActionOutcome } from '@otai-release/core/action';
import { type ValidateDeps, type ValidationResult, validateRelease } from '@otai-release/core/consistency';
import type { Inputs } from './inputs.js';

/** What run() needs from outside: the logger and the HTTP client the index check uses. */
export type RunDeps = ValidateDeps;

/** The action's result: the validation, its outputs ready to set, and the failure when it stops the release. */
export interface Result extends ActionOutcome {
  validation: ValidationResult;
  outputs: {
    version: string;
    tag: string;
    'is-prerelease': boolean;
    packages: object[];
    matrix: { include: { package: string; path: string; version: string; tag: string }[] };
  };
}

/** Runs the validation; never reads process.env or the runner's inputs (they come in `inputs`). */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const validation = await validateRelease(
    {
      path: inputs.path,
      tag: inputs.tag,
      policy: inputs.policy,
      index: inputs.index,
      indexCheck: inputs['index-check'],
      allowExisting: inputs['allow-existing'],
    },
    deps,
  );
  const include = validation.packages
    .filter((p) => validation.releasing.includes(p.name))
    .map((p) => ({ package: p.name, path: p.path, version: p.version ?? '', tag: p.tag ?? '' }));
  return {
    validation,
    outputs: {
      version: validation.version ?? '',
      tag: validation.tag ?? '',
      'is-prerelease': validation.isPrerelease,
      packages: validation.packages,
      matrix: { include },
    },
    failed: failure(validation),
  };
}

function failure(validation: ValidationResult): string | undefined {
  if (validation.ok) return undefined;
  const errors = validation.findings.filter((f) => f.level === 'error');
  return `${errors.length} problem(s) stop this release; the first: ${errors[0].message} (all are annotated above and in the job summary).`;
}
