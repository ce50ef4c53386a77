/** The input helpers every action's parseInputs is built from. */
import { describe, expect, test } from '@jest/globals';
import { choiceInput, inputsFrom, listInput, secretInput } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { oneOf, splitList } from '@otai-release/core/text';

describe('secretInput', () => {
  test('masks the token as it is read, and the Basic credentials it is sent in', () => {
    const masked: string[] = [];
    const get = inputsFrom({ token: ' ghs_abc ' }, (value) => masked.push(value));
    expect(secretInput(get, 'token', { basicAuthUsername: 'x-access-token' })).toBe('ghs_abc');
    expect(masked).toEqual(['ghs_abc', Buffer.from('x-access-token:ghs_abc').toString('base64')]);
  });

  test('masks only the token when it is not sent as a password', () => {
    const masked: string[] = [];
    expect(
      secretInput(
        inputsFrom({ token: 'pypi-abc' }, (v) => masked.push(v)),
        'token',
      ),
    ).toBe('pypi-abc');
    expect(masked).toEqual(['pypi-abc']);
  });

  test('an empty input is undefined and masks nothing', () => {
    const masked: string[] = [];
    const get = inputsFrom({ token: '' }, (value) => masked.push(value));
    expect(secretInput(get, 'token', { basicAuthUsername: 'x-access-token' })).toBeUndefined();
    expect(secretInput(get, 'other')).toBeUndefined();
    expect(masked).toEqual([]);
  });
});

describe('listInput and splitList', () => {
  test('one item per line or comma separated, trimmed, blank items dropped', () => {
    expect(listInput(inputsFrom({ files: 'dist/*.whl\n other ,, third\n\n' }), 'files')).toEqual([
      'dist/*.whl',
      'other',
      'third',
    ]);
    expect(splitList('a b, c')).toEqual(['a b', 'c']);
  });

  test('an empty input is undefined, so the caller picks the default', () => {
    expect(listInput(inputsFrom({}), 'files')).toBeUndefined();
  });
});

describe('choiceInput and oneOf', () => {
  test('a listed value is returned, an empty input gives the fallback', () => {
    const get = inputsFrom({ policy: 'independent' });
    expect(choiceInput(get, 'policy', ['lockstep', 'independent'], undefined)).toBe('independent');
    expect(choiceInput(get, 'index-check', ['required', 'off'], 'required')).toBe('required');
  });

  test('an unknown value is a ConfigurationError naming the input and every choice', () => {
    const refused = () =>
      choiceInput(inputsFrom({ policy: 'together' }), 'policy', ['lockstep', 'independent'], undefined);
    expect(refused).toThrow(ConfigurationError);
    expect(refused).toThrow("Input 'policy' is 'together': use one of 'lockstep', 'independent'.");
  });

  test('oneOf leaves the error to the caller (the CLI throws a usage error)', () => {
    class UsageError extends Error {}
    const pick = (value: string) =>
      oneOf(value, ['build', 'uv'] as const, (use) => new UsageError(`--frontend ${value}: ${use}.`));
    expect(pick('uv')).toBe('uv');
    expect(() => pick('pip')).toThrow(new UsageError("--frontend pip: use one of 'build', 'uv'."));
    expect(() => pick('pip')).toThrow(UsageError);
  });
});
