import { describe, expect, test } from '@jest/globals';
import type { WheelName } from '@otai-release/core/distfiles/filenames';
import { checkWheelFile, parseWheelMetadataFile, rootIsPurelib } from '@otai-release/core/distfiles/wheel';

const PURE: WheelName = {
  name: 'foo',
  version: '1.0',
  tags: { python: ['py2', 'py3'], abi: ['none'], platform: ['any'] },
};
const GOOD =
  'Wheel-Version: 1.0\nGenerator: hatchling 1.27.0\nRoot-Is-Purelib: true\nTag: py2-none-any\nTag: py3-none-any\n';

function check(text: string, name: WheelName = PURE) {
  const { fields, findings } = parseWheelMetadataFile(text);
  return [...findings, ...checkWheelFile(fields, name)];
}

describe('parseWheelMetadataFile', () => {
  test('headers by lower-cased name, repeated ones in order, values without the leading blank', () => {
    const { fields, findings } = parseWheelMetadataFile(GOOD);
    expect(findings).toEqual([]);
    expect(fields.get('tag')).toEqual(['py2-none-any', 'py3-none-any']);
    expect(fields.get('root-is-purelib')).toEqual(['true']);
    expect(rootIsPurelib(fields)).toBe(true);
    expect(rootIsPurelib(parseWheelMetadataFile('Root-Is-Purelib: False\n').fields)).toBe(false);
  });

  test('R008: a line that is not a header ends the headers, as in the email parser', () => {
    const { fields, findings } = parseWheelMetadataFile(
      'Wheel-Version: 1.0\nRoot-Is-Purelib = true\nTag: py3-none-any\n',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'R008',
        severity: 'warning',
        message:
          `WHEEL line 2: 'Root-Is-Purelib = true' is not a "Name: value" header; the headers end here, so this and ` +
          'later lines are ignored',
      }),
    ]);
    expect([...fields.keys()]).toEqual(['wheel-version']);
  });
});

describe('checkWheelFile', () => {
  test.each([
    ['hatchling', GOOD, PURE],
    [
      'a build tag',
      'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp312-cp312-win_amd64\nBuild: 2b\n',
      {
        name: 'foo',
        version: '1.0',
        build: '2b',
        tags: { python: ['cp312'], abi: ['cp312'], platform: ['win_amd64'] },
      },
    ],
  ] as [string, string, WheelName][])('%s: no findings', (_what, text, name) => {
    expect(check(text, name)).toEqual([]);
  });

  const V = 'Wheel-Version: 1.0\n';
  const P = 'Root-Is-Purelib: true\n';
  const T = 'Tag: py2-none-any\nTag: py3-none-any\n';
  test.each([
    [P + T, 'R009', 'WHEEL is missing Wheel-Version'],
    ['Wheel-Version: 1.x\n' + P + T, 'R009', "invalid Wheel-Version: '1.x'"],
    [
      'Wheel-Version: 2.0\n' + P + T,
      'R009',
      "foo's Wheel-Version (2.0) is not compatible with this version of pip",
    ],
    [
      'Wheel-Version: 1.1\n' + P + T,
      'R010',
      'Installing from a newer Wheel-Version (1.1): installers warn when the minor version is greater than 1.0',
    ],
    [V + T, 'R011', 'Root-Is-Purelib header not found in WHEEL file'],
    [V + 'Root-Is-Purelib: yes\n' + T, 'R011', "Invalid Root-Is-Purelib value in WHEEL file: 'yes'"],
    [
      V + P + 'Tag: py3-none-any\nTag: py3-none-win32\n',
      'R012',
      "WHEEL's Tag lines must be the wheel's expanded compatibility tags ('py2-none-any', 'py3-none-any'): " +
        "no Tag line for 'py2-none-any'; Tag 'py3-none-win32' not in the file name",
    ],
    [
      V + P + T + 'Build: 1\n',
      'R013',
      'WHEEL has Build: 1 but the file name has no build tag; Build is omitted if there is no build number',
    ],
    [V + V + P + T, 'R008', 'WHEEL has 2 Wheel-Version headers; readers use only the first'],
  ])('%j → %s', (text, code, message) => {
    expect(check(text)).toEqual([expect.objectContaining({ code, message })]);
  });

  test('R013: the file name has a build tag that WHEEL lacks', () => {
    expect(check(GOOD, { ...PURE, build: '1' })).toEqual([
      expect.objectContaining({
        code: 'R013',
        message: "The file name has build tag '1' but WHEEL has no Build header",
      }),
    ]);
  });
});
