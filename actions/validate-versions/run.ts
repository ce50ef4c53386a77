/** validate-versions: the check as a typed result, with the outputs the next steps read. */
import { type ValidateDeps, type ValidationResult, validateRelease } from '@otai-release/core/consistency';
import type { Inputs } from './inputs.js';

/** The action's result: the validation plus its outputs, ready to set. */
export interface Result {
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
export async function run(inputs: Inputs, deps: ValidateDeps): Promise<Result> {
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
  };
}
