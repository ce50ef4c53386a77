/** Inputs of the all-in-one action (the root action.yml), parsed once and checked up front. */
import {
  booleanInput,
  choiceInput,
  type InputSource,
  optionalInput,
  secretInput,
} from '@otai-release/core/action';
import { BACKENDS, type BackendName } from '@otai-release/core/docker';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  path: string;
  'dry-run': boolean;
  tag?: string;
  index?: string;
  python?: string;
  isolation: boolean;
  'repository-url': string;
  user: string;
  /** Empty: trusted publishing. */
  password?: string;
  'skip-existing': boolean;
  attestations: boolean;
  docker: 'auto' | 'false';
  backend: BackendName;
  'gh-release': boolean;
  'notes-from'?: 'changelog' | 'generate';
  'github-token'?: string;
}

/** Reads and validates the inputs; secrets are masked before anything logs. */
export function parseInputs(get: InputSource): Inputs {
  const user = optionalInput(get, 'user') ?? '__token__';
  return {
    path: optionalInput(get, 'path') ?? '.',
    'dry-run': booleanInput(get, 'dry-run', false),
    tag: optionalInput(get, 'tag'),
    index: optionalInput(get, 'index'),
    python: optionalInput(get, 'python'),
    isolation: booleanInput(get, 'isolation', true),
    'repository-url': optionalInput(get, 'repository-url') ?? 'https://upload.pypi.org/legacy/',
    user,
    password: secretInput(get, 'password', { basicAuthUsername: user }),
    'skip-existing': booleanInput(get, 'skip-existing', false),
    attestations: booleanInput(get, 'attestations', true),
    docker: choiceInput(get, 'docker', ['auto', 'false'] as const, 'auto')!,
    backend: choiceInput(get, 'backend', BACKENDS, 'buildx')!,
    'gh-release': booleanInput(get, 'gh-release', true),
    'notes-from': choiceInput(get, 'notes-from', ['changelog', 'generate'] as const, undefined),
    'github-token': secretInput(get, 'github-token'),
  };
}
