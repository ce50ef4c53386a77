/**
 * The CLI's conventions as a user meets them: an unknown option is answered with the command's usage,
 * --quiet prints only problems, and --version / -V print the versions.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { lf, materialize } from '../fixtures/layouts.js';

let stderr: jest.Spied<typeof process.stderr.write>;
const errText = () => stderr.mock.calls.map((c) => String(c[0])).join('');
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, (t) => out.push(t));
  return { code, out: out.join('') };
}

describe('an unknown option', () => {
  test("is named, with the command's usage and the options it takes (exit 2)", async () => {
    const { code, out } = await run('version', 'rc', '--policy', 'independent');
    expect(code).toBe(2);
    expect(out).toBe('');
    const text = errText();
    expect(text).toMatch(/^otai-release: version has no option --policy\n/);
    expect(text).toContain('Usage: otai-release version SPEC [PATH] [options]');
    expect(text).toContain('--package P');
    expect(text).toContain('--dry-run');
    // Not node's hint about positionals, with its unbalanced quotes.
    expect(text).not.toContain('positional argument');
  });

  test("of check lists check's options, not version's", async () => {
    expect((await run('check', '--tga', 'v1')).code).toBe(2);
    expect(errText()).toContain('Usage: otai-release check [PATH] [options]');
    expect(errText()).toContain('--index-check C');
    expect(errText()).not.toContain('--dry-run');
  });
});

describe('--quiet', () => {
  // 1.45.0.dev is valid but not in normal form (1.45.0.dev0): a notice, not a problem.
  const repo = () =>
    materialize({
      'pyproject.toml': lf(
        '[build-system]',
        'requires = ["hatchling"]',
        'build-backend = "hatchling.build"',
        '',
        '[project]',
        'name = "acme"',
        'version = "1.45.0.dev"',
      ),
    });

  test('check prints nothing when there is no problem, notices included', async () => {
    const { code, out } = await run('check', repo(), '--index', 'none', '--quiet');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(errText()).toBe('');
  });

  test('without it the notice is shown', async () => {
    expect((await run('check', repo(), '--index', 'none')).code).toBe(0);
    expect(errText()).toMatch(/notice: "1\.45\.0\.dev" .* is not in PEP 440 normal form/);
  });

  test('problems are still printed', async () => {
    const dir = materialize({
      'pyproject.toml': lf('[project]', 'name = "acme"', 'version = "1.0.0"'),
      'acme/__init__.py': lf('__version__ = "0.9.0"'),
    });
    expect((await run('check', dir, '--index', 'none', '--quiet')).code).toBe(1);
    expect(errText()).toMatch(/acme\/__init__\.py:1:\d+: error: /);
  });
});

test.each(['--version', '-V'])('%s prints the version', async (flag) => {
  const { code, out } = await run(flag);
  expect(code).toBe(0);
  expect(out).toMatch(/^otai-release \d+\.\d+\.\d+\n/);
});
