/** Inputs of validate-versions, parsed once and checked up front. */
import { booleanInput, choiceInput, type InputSource, optionalInput } from '@otai-release/core/action';
import { resolveIndex } from '@otai-release/core/package-index';
import { tagFromRef } from '@otai-release/core/pyproject';

/** Index check strictness. */
export type IndexCheck = 'required' | 'best-effort' | 'off';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  path: string;
  tag?: string;
  policy?: 'lockstep' | 'independent';
  /** `pypi`, `testpypi`, an URL, or `none`; undefined → configuration, else pypi. */
  index?: string;
  'index-check': IndexCheck;
  'allow-existing': boolean;
}

/** Reads and validates the inputs; `ref` is GITHUB_REF, whose tag is the default `tag`. */
export function parseInputs(get: InputSource, ref?: string): Inputs {
  const index = optionalInput(get, 'index');
  // Fail on a malformed index before reading the repository, with the input's name in the message.
  if (index && index !== 'none') resolveIndex(index);
  return {
    path: optionalInput(get, 'path') ?? '.',
    tag: optionalInput(get, 'tag') ?? tagFromRef(ref),
    policy: choiceInput(get, 'policy', ['lockstep', 'independent'] as const, undefined),
    index,
    'index-check': choiceInput(get, 'index-check', ['required', 'best-effort', 'off'] as const, 'required')!,
    'allow-existing': booleanInput(get, 'allow-existing', false),
  };
}
