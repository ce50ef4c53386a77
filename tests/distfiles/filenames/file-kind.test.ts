import { describe, expect, test } from '@jest/globals';
import { checkDistKind, distKindOf } from '@otai-release/core/distfiles/filenames';

describe('distKindOf / checkDistKind', () => {
  test.each([
    ['foo-1.0-py3-none-any.whl', 'wheel'],
    ['foo-1.0.tar.gz', 'sdist'],
    ['foo-1.0.zip', 'sdist'],
  ])('%s is a %s', (name, kind) => {
    expect(distKindOf(name)).toBe(kind);
    expect(checkDistKind(name)).toEqual({ kind, findings: [] });
  });

  const WAREHOUSE =
    'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 ' +
    'and https://peps.python.org/pep-0715/ for more information';

  test.each([
    ['foo-1.0-py3.12.egg', 'eggs are no longer accepted by PyPI (PEP 715)'],
    ['foo-1.0.win-amd64.exe', 'bdist_wininst/bdist_msi installers are no longer accepted by PyPI (PEP 527)'],
    [
      'foo-1.0.tar.bz2',
      'PEP 527 allows only .tar.gz and .zip sdists, and PyPI now requires .tar.gz (PEP 625)',
    ],
    ['foo-1.0-py3-none-any.WHL', 'the extension is matched case-sensitively: write it in lower case'],
  ])('F003: %s is not a distribution twine or PyPI accepts', (name, why) => {
    const { kind, findings } = checkDistKind(name);
    expect(kind).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'F003',
        severity: 'error',
        message: `Unknown distribution format: '${name}' (twine check stops at this file). PyPI: "${WAREHOUSE}" — ${why}.`,
      }),
    ]);
  });

  test('F003 without a known reason still quotes both authorities', () => {
    expect(checkDistKind('notes.txt').findings[0]!.message).toBe(
      `Unknown distribution format: 'notes.txt' (twine check stops at this file). PyPI: "${WAREHOUSE}".`,
    );
  });
});
