/** `otai-release version`: a flag combination that cannot work is a usage error before anything runs. */
import { expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';

test('--push without --commit or --tag is a usage error (exit 2) naming the flags', async () => {
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const out: string[] = [];
    // The path does not exist: the combination is refused before the repository is read.
    expect(await main(['version', 'patch', '/nonexistent/repo', '--push'], (t) => out.push(t))).toBe(2);
    expect(out).toEqual([]);
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain(
      'otai-release: --push needs something to push: set --commit and/or --tag too.',
    );
  } finally {
    stderr.mockRestore();
  }
});
