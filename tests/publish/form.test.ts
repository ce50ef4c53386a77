/**
 * The upload form's fields per file kind and metadata version, as twine sends them (field names as
 * Warehouse reads them; a misspelt one is silently ignored there, so each name is pinned here).
 */
import { describe, expect, test } from '@jest/globals';
import { readDistribution, uploadFormFields } from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { tempDir } from '../support/temp-dir.js';

const DIGESTS = { sha256: 'a'.repeat(64), blake2_256: 'b'.repeat(64), size: 1 };

async function form(path: string, extras = {}) {
  return uploadFormFields(await readDistribution(path), DIGESTS, extras);
}

describe('uploadFormFields', () => {
  test('a wheel: identity, file kind, python tag, metadata, digests, action, in twine order', async () => {
    const wheel = makeWheel(tempDir('form'), {
      name: 'My_Pkg',
      version: '1.0',
      tag: 'cp312-cp312-manylinux_2_17_x86_64',
      metadata: [
        ['Metadata-Version', '2.1'],
        ['Summary', 'Short.'],
        ['Keywords', 'a,b , c'],
        ['Classifier', 'Programming Language :: Python :: 3'],
        ['Classifier', 'Typing :: Typed'],
        ['Project-URL', 'Homepage, https://example.org'],
        ['Requires-Dist', 'requests'],
        ['Provides-Extra', 'dev'],
        ['License', 'UNKNOWN'],
      ],
    });
    expect(await form(wheel)).toEqual([
      ['name', 'My-Pkg'],
      ['version', '1.0'],
      ['filetype', 'bdist_wheel'],
      ['pyversion', 'cp312'],
      ['metadata_version', '2.1'],
      ['summary', 'Short.'],
      ['keywords', 'a, b, c'],
      ['classifiers', 'Programming Language :: Python :: 3'],
      ['classifiers', 'Typing :: Typed'],
      ['sha256_digest', DIGESTS.sha256],
      ['project_urls', 'Homepage, https://example.org'],
      ['requires_dist', 'requests'],
      ['provides_extra', 'dev'],
      ['blake2_256_digest', DIGESTS.blake2_256],
      [':action', 'file_upload'],
      ['protocol_version', '1'],
    ]);
  });

  test('an sdist: filetype sdist, pyversion source, Dynamic (metadata 2.2), the description body', async () => {
    const sdist = makeSdist(tempDir('form'), {
      name: 'demo',
      version: '2.0',
      pkgInfo: 'Metadata-Version: 2.2\nName: demo\nVersion: 2.0\nDynamic: Classifier\n\nThe body.\n',
    });
    const fields = new Map(await form(sdist));
    expect(fields.get('filetype')).toBe('sdist');
    expect(fields.get('pyversion')).toBe('source');
    expect(fields.get('dynamic')).toBe('Classifier');
    expect(fields.get('description')).toBe('The body.\n');
  });

  test('metadata 2.4: license_expression and one license_file per License-File', async () => {
    const wheel = makeWheel(tempDir('form'), {
      name: 'demo',
      version: '1.0',
      metadata: [
        ['Metadata-Version', '2.4'],
        ['License-Expression', 'MIT OR Apache-2.0'],
        ['License-File', 'LICENSE'],
        ['License-File', 'NOTICE'],
      ],
      distInfoFiles: { 'licenses/LICENSE': 'x', 'licenses/NOTICE': 'y' },
    });
    const fields = await form(wheel);
    expect(fields.filter(([k]) => k.startsWith('license'))).toEqual([
      ['license_expression', 'MIT OR Apache-2.0'],
      ['license_file', 'LICENSE'],
      ['license_file', 'NOTICE'],
    ]);
  });

  test('below metadata 2.4, License-File is left out, as twine does', async () => {
    const wheel = makeWheel(tempDir('form'), {
      name: 'demo',
      version: '1.0',
      metadata: [
        ['Metadata-Version', '2.1'],
        ['License-File', 'LICENSE'],
      ],
    });
    expect((await form(wheel)).some(([k]) => k === 'license_file')).toBe(false);
  });

  test('attestations travel as one JSON array string', async () => {
    const wheel = makeWheel(tempDir('form'), { name: 'demo', version: '1.0' });
    const attestation = { version: 1, envelope: { statement: 'c3Q=', signature: 'c2ln' } };
    const fields = new Map(await form(wheel, { attestations: [attestation] }));
    expect(JSON.parse(fields.get('attestations')!)).toEqual([attestation]);
  });
});
