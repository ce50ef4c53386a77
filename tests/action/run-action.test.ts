/** runAction: the one place a step is failed, from an outcome main returns or an error it throws. */
import { describe, expect, test } from '@jest/globals';
import { type FailureReporter, runAction } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';

/** A reporter that records each call, in order, as `name: message`. */
function recorder() {
  const calls: string[] = [];
  const reporter: FailureReporter = {
    debug: (message) => calls.push(`debug: ${message.split('\n')[0]}`),
    error: (message, properties) => calls.push(`error: ${message} ${JSON.stringify(properties)}`),
    setFailed: (message) => calls.push(`setFailed: ${String(message)}`),
  };
  return { calls, reporter };
}

describe('runAction', () => {
  test('an outcome with `failed` fails the step with that message, after main has done its work', async () => {
    const { calls, reporter } = recorder();
    await runAction(async () => {
      calls.push('outputs and summary written');
      return { failed: '1 problem(s) stop this release' };
    }, reporter);
    expect(calls).toEqual(['outputs and summary written', 'setFailed: 1 problem(s) stop this release']);
  });

  test('an outcome without `failed` leaves the step green', async () => {
    const { calls, reporter } = recorder();
    await runAction(async () => ({ failed: undefined }), reporter);
    await runAction(async () => ({}), reporter);
    expect(calls).toEqual([]);
  });

  test('a ConfigurationError with a position: an annotation at it, and the step fails with file:line:column', async () => {
    const { calls, reporter } = recorder();
    await runAction(async () => {
      throw new ConfigurationError('version is "1.3.0"', { file: 'pyproject.toml', line: 3, column: 11 });
    }, reporter);
    expect(calls).toEqual([
      'error: version is "1.3.0" {"file":"pyproject.toml","startLine":3,"startColumn":11}',
      'setFailed: pyproject.toml:3:11: version is "1.3.0"',
    ]);
  });

  test('a ConfigurationError without one: only the message, no annotation and no stack', async () => {
    const { calls, reporter } = recorder();
    await runAction(async () => {
      throw new ConfigurationError("Input 'version' is required");
    }, reporter);
    expect(calls).toEqual(["setFailed: Input 'version' is required"]);
  });

  test('any other error is a bug: its stack goes to the debug log, its message fails the step', async () => {
    const { calls, reporter } = recorder();
    await runAction(async () => {
      throw new TypeError('x is undefined');
    }, reporter);
    expect(calls).toEqual(['debug: TypeError: x is undefined', 'setFailed: x is undefined']);
  });
});
