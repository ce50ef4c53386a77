/**
 * Typed reading of action inputs. Each action's parseInputs() takes an InputSource so it can be fed
 * by @actions/core on a runner and by a plain object in tests.
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../errors/index.js';
import { basicCredentials } from '../http/index.js';
import { oneOf, splitList } from '../text/index.js';

/** Reads the raw string of an input; '' when the input was not given. */
export interface InputSource {
  (name: string): string;
  /**
   * Hides a value in everything logged from then on (the runner's add-mask). A source that logs
   * nothing anyone else reads (tests, the CLI) may leave it out.
   */
  mask?: (value: string) => void;
}

/** The runner's inputs (INPUT_* variables), trimmed as @actions/core does; secrets masked by the runner. */
export const runnerInputs: InputSource = Object.assign((name: string) => core.getInput(name), {
  mask: (value: string) => core.setSecret(value),
});

/** An InputSource over a plain object, for tests and for the CLI; `mask` sees the secrets read. */
export function inputsFrom(
  values: Record<string, string | boolean | number | undefined>,
  mask?: (value: string) => void,
): InputSource {
  return Object.assign(
    (name: string) => {
      const value = values[name];
      return value === undefined ? '' : String(value).trim();
    },
    { mask },
  );
}

/** The input's value, or undefined when it is empty. */
export function optionalInput(get: InputSource, name: string): string | undefined {
  const value = get(name);
  return value === '' ? undefined : value;
}

/** How a secret input is sent on, so that what goes over the wire is masked with it. */
export interface SecretUse {
  /** The token is the password of HTTP Basic credentials for this user (their base64 is masked too). */
  basicAuthUsername?: string;
}

/**
 * A secret input (a token), masked before the caller can log anything: the value itself and the
 * forms it is sent in, all derived here from the token, so no caller masks a string it built.
 */
export function secretInput(get: InputSource, name: string, use: SecretUse = {}): string | undefined {
  const value = optionalInput(get, name);
  if (value === undefined) return undefined;
  get.mask?.(value);
  if (use.basicAuthUsername !== undefined) get.mask?.(basicCredentials(use.basicAuthUsername, value));
  return value;
}

/** A list input, one item per line or separated by commas; undefined when the input is empty. */
export function listInput(get: InputSource, name: string): string[] | undefined {
  const value = optionalInput(get, name);
  return value === undefined ? undefined : splitList(value);
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
  return oneOf(value, choices, (use) => new ConfigurationError(`Input '${name}' is '${value}': ${use}.`));
}
