/**
 * Inputs of pypi-publish-oidc: pypa/gh-action-pypi-publish's names and defaults (reference
 * pypi-publish.md §2), so switching is a change of the `uses:` line, plus dry-run, verify-auth and
 * concurrency.
 */
import { booleanInput, type InputSource, optionalInput, secretInput } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  'repository-url': string;
  'packages-dir': string;
  user: string;
  /** Empty: trusted publishing. */
  password?: string;
  'skip-existing': boolean;
  'verify-metadata': boolean;
  attestations: boolean;
  'print-hash': boolean;
  verbose: boolean;
  'dry-run': boolean;
  'verify-auth': boolean;
  concurrency: number;
}

/** Reads and validates the inputs; the password is masked (with its Basic-auth form) before anything logs. */
export function parseInputs(get: InputSource): Inputs {
  const user = optionalInput(get, 'user') ?? '__token__';
  const concurrencyText = optionalInput(get, 'concurrency') ?? '4';
  const concurrency = Number(concurrencyText);
  if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 32) {
    throw new ConfigurationError(
      `Input 'concurrency' is '${concurrencyText}': give how many files may upload at once, a whole number from 1 to 32 (default 4).`,
    );
  }
  return {
    'repository-url': optionalInput(get, 'repository-url') ?? 'https://upload.pypi.org/legacy/',
    // GHA-PP strips a trailing slash; path.join makes it irrelevant here, but keep what is logged tidy.
    'packages-dir': (optionalInput(get, 'packages-dir') ?? 'dist').replace(/(.)\/+$/, '$1'),
    user,
    password: secretInput(get, 'password', { basicAuthUsername: user }),
    'skip-existing': booleanInput(get, 'skip-existing', false),
    'verify-metadata': booleanInput(get, 'verify-metadata', true),
    attestations: booleanInput(get, 'attestations', true),
    'print-hash': booleanInput(get, 'print-hash', true),
    verbose: booleanInput(get, 'verbose', true),
    'dry-run': booleanInput(get, 'dry-run', false),
    'verify-auth': booleanInput(get, 'verify-auth', false),
    concurrency,
  };
}
