/**
 * expandDistributionPaths: which files a `files` input (paths, globs, directories) stands for —
 * including artifact folders assembled from symbolic links, and links whose target is gone.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { expandDistributionPaths } from '@otai-release/core/distfiles';
import { cleanup, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

/** A build output folder and an artifact folder of links to it. */
function linkedArtifacts(): { dir: string; built: string; artifacts: string } {
  const dir = materialize({
    'built/demo-1.0-py3-none-any.whl': 'wheel',
    'built/demo-1.0.tar.gz': 'sdist',
    'built/demo-1.0.tar.gz.asc': 'signature',
  });
  const built = join(dir, 'built');
  const artifacts = join(dir, 'artifacts');
  mkdirSync(artifacts);
  symlinkSync(join(built, 'demo-1.0-py3-none-any.whl'), join(artifacts, 'demo-1.0-py3-none-any.whl'));
  // A relative link, as `ln -s ../built/x .` makes.
  symlinkSync('../built/demo-1.0.tar.gz', join(artifacts, 'demo-1.0.tar.gz'));
  symlinkSync(join(built, 'demo-1.0.tar.gz.asc'), join(artifacts, 'demo-1.0.tar.gz.asc'));
  // A link to a directory is not a distribution (directories are not searched recursively).
  symlinkSync(built, join(artifacts, 'more'));
  return { dir, built, artifacts };
}

describe('expandDistributionPaths', () => {
  test('a directory of symbolic links to distributions gives the links, signatures left out', async () => {
    const { dir, artifacts } = linkedArtifacts();
    expect(await expandDistributionPaths(['artifacts'], dir)).toEqual([
      join(artifacts, 'demo-1.0-py3-none-any.whl'),
      join(artifacts, 'demo-1.0.tar.gz'),
    ]);
  });

  test('a glob matches symbolic links to files too', async () => {
    const { dir, artifacts } = linkedArtifacts();
    expect(await expandDistributionPaths(['artifacts/*'], dir)).toEqual([
      join(artifacts, 'demo-1.0-py3-none-any.whl'),
      join(artifacts, 'demo-1.0.tar.gz'),
    ]);
  });

  test('a symbolic link given by name is checked as the file', async () => {
    const { dir, artifacts } = linkedArtifacts();
    expect(await expandDistributionPaths(['artifacts/demo-1.0.tar.gz'], dir)).toEqual([
      join(artifacts, 'demo-1.0.tar.gz'),
    ]);
  });

  test.each([['artifacts'], ['artifacts/*'], ['artifacts/gone-1.0-py3-none-any.whl']])(
    'a dangling symbolic link is an error that names it and its target (%s)',
    async (input) => {
      const { dir, artifacts } = linkedArtifacts();
      symlinkSync(join(dir, 'built/gone-1.0-py3-none-any.whl'), join(artifacts, 'gone-1.0-py3-none-any.whl'));
      await expect(expandDistributionPaths([input], dir)).rejects.toThrow(
        `'artifacts/gone-1.0-py3-none-any.whl' is a symbolic link to '${join(dir, 'built/gone-1.0-py3-none-any.whl')}', which does not exist`,
      );
    },
  );

  test('plain files, a directory and a glob: in the order given, each file once', async () => {
    const dir = materialize({
      'dist/b-1.0.tar.gz': 'b',
      'dist/a-1.0-py3-none-any.whl': 'a',
      'dist/.gitignore': '*',
    });
    writeFileSync(join(dir, 'dist', 'a-1.0-py3-none-any.whl.sigstore.json'), '{}');
    expect(await expandDistributionPaths(['dist/b-1.0.tar.gz', 'dist', 'dist/*.whl'], dir)).toEqual([
      join(dir, 'dist/b-1.0.tar.gz'),
      join(dir, 'dist/a-1.0-py3-none-any.whl'),
    ]);
  });

  test('a directory with no distributions and a pattern that matches nothing are errors', async () => {
    const dir = materialize({ 'empty/.keep': '' });
    await expect(expandDistributionPaths(['empty'], dir)).rejects.toThrow("No distribution files in 'empty'");
    await expect(expandDistributionPaths(['nothing/*.whl'], dir)).rejects.toThrow(
      "Cannot find file (or expand pattern): 'nothing/*.whl'",
    );
  });
});
