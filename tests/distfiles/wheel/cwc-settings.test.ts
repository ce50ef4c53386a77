import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { readCwcConfig } from '@otai-release/core/distfiles/wheel';

const FILE = 'packages/foo/pyproject.toml';

describe('readCwcConfig', () => {
  test('no [tool.check-wheel-contents] → undefined; an empty table → an empty config', () => {
    expect(readCwcConfig('[project]\nname = "foo"\n', FILE)).toBeUndefined();
    expect(readCwcConfig('[tool.check-wheel-contents]\n', FILE)).toEqual({});
  });

  test("cwc's keys, as TOML arrays or comma-separated strings; toplevel without trailing slashes", () => {
    const text = [
      '[tool.check-wheel-contents]',
      'select = "W0, W2"',
      'ignore = ["W002"]',
      'toplevel = "foo/, bar.py,"',
      'package = ["src/foo"]',
      'src_dir = "src"',
      'package_omit = ["*.pyc", ".*"]',
    ].join('\n');
    expect(readCwcConfig(text, FILE)).toEqual({
      select: ['W0', 'W2'],
      ignore: ['W002'],
      toplevel: ['foo', 'bar.py'],
      package: ['src/foo'],
      srcDir: ['src'],
      packageOmit: ['*.pyc', '.*'],
    });
  });

  test('an unknown key is an error at its line, because cwc would silently ignore it', () => {
    const text = '[project]\nname = "foo"\n\n[tool.check-wheel-contents]\ntop-level = ["foo"]\n';
    let error: unknown;
    try {
      readCwcConfig(text, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ file: FILE, line: 5 });
    expect((error as Error).message).toBe(
      `${FILE}: [tool.check-wheel-contents] has an unknown key 'top-level'; check-wheel-contents would ignore it, so ` +
        'the setting has no effect. Known keys: select, ignore, toplevel, package, src_dir, package_omit — fix the ' +
        'spelling or remove it.',
    );
  });

  test("an unknown check prefix is an error with cwc's text", () => {
    expect(() => readCwcConfig('[tool.check-wheel-contents]\nignore = ["W3"]\n', FILE)).toThrow(
      `${FILE}: [tool.check-wheel-contents] ignore: Unknown/invalid check prefix: 'W3'.`,
    );
  });

  test('a value that is neither a string nor an array of strings is an error naming the key', () => {
    expect(() => readCwcConfig('[tool.check-wheel-contents]\ntoplevel = 3\n', FILE)).toThrow(
      `${FILE}: [tool.check-wheel-contents] toplevel must be a string of comma-separated values or an array of strings`,
    );
  });
});
