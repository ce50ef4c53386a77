/** Inputs of twine-check, parsed once and checked up front. */
import { booleanInput, type InputSource, listInput, optionalInput } from '@otai-release/core/action';
import { ALL_RULES, parseSize, splitCodes, validateCodeFilter } from '@otai-release/core/distfiles';

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  files: string[];
  strict: boolean;
  'max-file-size': number;
  select?: string[];
  ignore?: string[];
  report?: string;
  path: string;
  python?: string;
}

/** Reads and validates the inputs. */
export function parseInputs(get: InputSource): Inputs {
  const filter = {
    select: splitCodes(optionalInput(get, 'select')),
    ignore: splitCodes(optionalInput(get, 'ignore')),
  };
  validateCodeFilter(filter, ALL_RULES, 'Input');
  return {
    files: listInput(get, 'files') ?? ['dist'],
    strict: booleanInput(get, 'strict', false),
    'max-file-size': parseSize(optionalInput(get, 'max-file-size') ?? '100MiB', "Input 'max-file-size'"),
    ...filter,
    report: optionalInput(get, 'report'),
    path: optionalInput(get, 'path') ?? '.',
    python: optionalInput(get, 'python'),
  };
}
