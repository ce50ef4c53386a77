/** Values restricted to a fixed set, as action inputs and CLI options both take them. */

/**
 * `value` when it is one of `choices`; otherwise the error `refuse` makes from the text that lists
 * them, so each entry point keeps its own error type (a ConfigurationError in an action, a usage
 * error in the CLI) and names the setting its own way.
 */
export function oneOf<T extends string>(
  value: string,
  choices: readonly T[],
  refuse: (choicesText: string) => Error,
): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw refuse(`use one of ${choices.map((c) => `'${c}'`).join(', ')}`);
}
