/** Inputs of set-version, parsed once and checked up front. */
import { booleanInput, type InputSource, optionalInput, secretInput } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { BUMP_SPECS, isBumpSpec, parseVersion } from '@otai-release/core/pep440';
import { GIT_TOKEN_USERNAME, type GitStepNames, gitStepsProblem } from '@otai-release/core/versioning';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  path: string;
  /** An explicit version or a bump (major, minor, patch, alpha, beta, rc, post, dev, release). */
  version: string;
  package?: string;
  commit: boolean;
  tag: boolean;
  push: boolean;
  'dry-run': boolean;
  force: boolean;
  /** undefined → `[tool.otai-release] first-prerelease-number`, else 1. */
  'first-prerelease-number'?: number;
  /** Token for the push; undefined → the credentials actions/checkout persisted. */
  token?: string;
}

function firstPrereleaseNumber(get: InputSource): number | undefined {
  const text = optionalInput(get, 'first-prerelease-number');
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new ConfigurationError(
      `Input 'first-prerelease-number' is '${text}', which is not a non-negative integer: use 1 (1.0.1rc1) or 0 (1.0.1rc0).`,
    );
  }
  return Number(text);
}

const INPUT_NAMES: GitStepNames = { commit: 'commit', tag: 'tag', push: "Input 'push'" };

/** Reads and validates the inputs. */
export function parseInputs(get: InputSource): Inputs {
  const version = optionalInput(get, 'version');
  if (version === undefined) {
    throw new ConfigurationError(
      `Input 'version' is required: an explicit version such as 1.2.3, or a bump: one of ${BUMP_SPECS.join(', ')}.`,
    );
  }
  if (!isBumpSpec(version)) {
    try {
      parseVersion(version);
    } catch (error) {
      throw new ConfigurationError(
        `Input 'version': ${(error as Error).message}; or a bump: one of ${BUMP_SPECS.join(', ')}.`,
      );
    }
  }
  const inputs: Inputs = {
    path: optionalInput(get, 'path') ?? '.',
    version,
    package: optionalInput(get, 'package'),
    commit: booleanInput(get, 'commit', false),
    tag: booleanInput(get, 'tag', false),
    push: booleanInput(get, 'push', false),
    'dry-run': booleanInput(get, 'dry-run', false),
    force: booleanInput(get, 'force', false),
    'first-prerelease-number': firstPrereleaseNumber(get),
    token: secretInput(get, 'token', { basicAuthUsername: GIT_TOKEN_USERNAME }),
  };
  const problem = gitStepsProblem(inputs, INPUT_NAMES);
  if (problem) throw new ConfigurationError(problem);
  return inputs;
}
