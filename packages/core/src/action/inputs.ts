/**
 * Typed reading of action inputs. Each action's parseInputs() takes an InputSource so it can be fed
 * by @actions/core on a runner and by a plain object in tests.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../errors/index.js';

/** Reads the raw string of an input; '' when the input was not given. */
export type InputSource = (name: string) => string;

/** The runner's inputs (INPUT_* variables), trimmed as @actions/core does. */
export const runnerInputs: InputSource = (name) => core.getInput(name);

/** An InputSource over a plain object, for tests and for the CLI. */
export function inputsFrom(values: Record<string, string | boolean | number | undefined>): InputSource {
  return (name) => {
    const value = values[name];
    return value === undefined ? '' : String(value).trim();
  };
}

/** The input's value, or undefined when it is empty. */
export function optionalInput(get: InputSource, name: string): string | undefined {
  const value = get(name);
  return value === '' ? undefined : value;
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];

/** A boolean input; anything but the YAML 1.2 core-schema spellings is an error naming the input. */
export function booleanInput(get: InputSource, name: string, fallback: boolean): boolean {
  const value = get(name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ConfigurationError(`Input '${name}' is '${value}', which is not a boolean: use true or false.`);
}

/** An input restricted to `choices`; an unknown value is an error that lists them. */
export function choiceInput<T extends string>(
  get: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const value = get(name);
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `Input '${name}' is '${value}': use one of ${choices.map((c) => `'${c}'`).join(', ')}.`,
  );
}
