/** The upload plan: what is checked before anything is sent, and the order files go in. */
import { describe, expect, test } from '@jest/globals';
import { planUpload } from '@otai-release/core/publish';
import { join } from 'node:path';
import { makeSdist, makeWheel, writeZip } from '../support/archives.js';
import { tempDir } from '../support/temp-dir.js';

const requires = (...deps: string[]): [string, string][] => deps.map((d) => ['Requires-Dist', d]);

describe('planUpload order', () => {
  test('a core before the plugins that require it (whatever the names), wheels before each sdist', async () => {
    const dir = tempDir('plan');
    const paths = [
      makeSdist(dir, { name: 'aaa-plugin', version: '1.0', pkgInfo: requires('zzz-core>=1.0') }),
      makeWheel(dir, { name: 'aaa-plugin', version: '1.0', metadata: requires('zzz-core>=1.0') }),
      makeWheel(dir, {
        name: 'aaa-plugin',
        version: '1.0',
        tag: 'py2-none-any',
        metadata: requires('zzz-core>=1.0'),
      }),
      makeSdist(dir, { name: 'zzz-core', version: '1.0' }),
      makeWheel(dir, { name: 'zzz-core', version: '1.0' }),
      makeWheel(dir, {
        name: 'mid-lib',
        version: '1.0',
        metadata: requires("ZZZ_Core[extra]; python_version >= '3.9'"),
      }),
    ];
    const plan = await planUpload(paths);
    expect(plan.files.map((f) => f.dist.filename)).toEqual([
      'zzz_core-1.0-py3-none-any.whl',
      'zzz_core-1.0.tar.gz',
      'aaa_plugin-1.0-py2-none-any.whl',
      'aaa_plugin-1.0-py3-none-any.whl',
      'aaa_plugin-1.0.tar.gz',
      'mid_lib-1.0-py3-none-any.whl',
    ]);
    expect(plan.projects).toEqual(['zzz-core', 'aaa-plugin', 'mid-lib']);
    // What each waits for: the plugin on the core's files; the plugin's sdist also on its wheels.
    expect(plan.files[2]!.after).toEqual([0, 1]);
    expect(plan.files[4]!.after).toEqual([0, 1, 2, 3]);
    expect(plan.files[5]!.after).toEqual([0, 1]);
  });

  test('projects that require each other: uploaded in name order, with a note', async () => {
    const dir = tempDir('plan');
    const plan = await planUpload([
      makeWheel(dir, { name: 'b', version: '1.0', metadata: requires('a') }),
      makeWheel(dir, { name: 'a', version: '1.0', metadata: requires('b') }),
    ]);
    expect(plan.files.map((f) => f.project)).toEqual(['b', 'a']);
    expect(plan.notes).toEqual(['a → b → a require each other; they are uploaded in name order.']);
  });
});

describe('planUpload checks', () => {
  test('a file name that disagrees with its metadata', async () => {
    const dir = tempDir('plan');
    const wheel = makeWheel(dir, {
      name: 'demo',
      version: '1.0',
      filename: 'other-1.0-py3-none-any.whl',
    });
    await expect(planUpload([wheel])).rejects.toThrow(
      /other-1\.0-py3-none-any\.whl: the file name says project 'other' but its metadata says 'demo'/,
    );
  });

  test('two sdists of one release', async () => {
    const dir = tempDir('plan');
    const tgz = makeSdist(dir, { name: 'demo', version: '1.0' });
    const zip = writeZip(join(dir, 'demo-1.0.zip'), [
      { name: 'demo-1.0/PKG-INFO', data: 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n' },
    ]);
    await expect(planUpload([tgz, zip])).rejects.toThrow(
      /demo 1\.0: demo-1\.0\.tar\.gz and demo-1\.0\.zip are two sdists, and an index takes only one per release/,
    );
  });

  test('nothing to upload', async () => {
    await expect(planUpload([])).rejects.toThrow(/There are no distributions to upload/);
  });
});
