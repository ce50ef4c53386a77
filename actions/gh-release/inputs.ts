/** Inputs of gh-release, parsed once and checked up front. */
import {
  booleanInput,
  choiceInput,
  type InputSource,
  listInput,
  optionalInput,
  secretInput,
} from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { type AutoFlag, NOTES_SOURCES, type NotesSource } from '@otai-release/core/github';
import { tagFromRef } from '@otai-release/core/pyproject';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  tag?: string;
  name?: string;
  files: string[];
  'notes-from'?: NotesSource;
  body?: string;
  prerelease: AutoFlag;
  draft: boolean;
  'make-latest': AutoFlag;
  'overwrite-assets': boolean;
  'target-commitish'?: string;
  token?: string;
  'dry-run': boolean;
}

/** `auto`, or a boolean in the spellings booleanInput takes. */
export function autoFlagInput(get: InputSource, name: string): AutoFlag {
  const value = get(name);
  if (value === '' || value.toLowerCase() === 'auto') return 'auto';
  try {
    return booleanInput(get, name, false);
  } catch {
    throw new ConfigurationError(`Input '${name}' is '${value}': use auto, true or false.`);
  }
}

/** Reads and validates the inputs; `ref` is GITHUB_REF, whose tag is the default `tag`. */
export function parseInputs(get: InputSource, ref?: string): Inputs {
  return {
    tag: optionalInput(get, 'tag') ?? tagFromRef(ref),
    name: optionalInput(get, 'name'),
    files: listInput(get, 'files') ?? ['dist/*'],
    'notes-from': choiceInput(get, 'notes-from', NOTES_SOURCES, undefined),
    body: optionalInput(get, 'body'),
    prerelease: autoFlagInput(get, 'prerelease'),
    draft: booleanInput(get, 'draft', false),
    'make-latest': autoFlagInput(get, 'make-latest'),
    'overwrite-assets': booleanInput(get, 'overwrite-assets', true),
    'target-commitish': optionalInput(get, 'target-commitish'),
    token: secretInput(get, 'token'),
    'dry-run': booleanInput(get, 'dry-run', false),
  };
}
