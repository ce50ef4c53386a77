/**
 * applyEdits: all files or none. A file edited after the plan read it stops everything before a byte
 * is written; a failed write or rename leaves every original in place; restore() undoes a write.
 */
import {
  chmodSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { readRepository } from '@otai-release/core/pyproject';
import { applyEdits, type FileIo, nodeIo, planVersionChange } from '@otai-release/core/versioning';
import { cleanup, layouts, lf, materialize } from '../fixtures/layouts.js';

afterAll(cleanup);

const MONOREPO = layouts['otai-monorepo'].files;
const FILES = [
  'packages/otai_hf_local/pyproject.toml',
  'packages/otai_otobo_znuny/pyproject.toml',
  'pyproject.toml',
];

function setup(files: Record<string, string> = MONOREPO, spec = '1.5.0') {
  const dir = materialize(files);
  const plan = planVersionChange(readRepository(dir), spec, { now: new Date('2025-01-01') });
  const snapshot = () =>
    Object.fromEntries(Object.keys(files).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  return { dir, plan, before: snapshot(), snapshot };
}

// Every file in the tree, to see that no temporary file is left behind.
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}

describe('applyEdits', () => {
  test('writes every file of the plan, and restore() puts the original bytes back', () => {
    const { dir, plan, before, snapshot } = setup();
    const files = tree(dir);
    const applied = applyEdits(dir, plan.edits);
    expect(applied.files).toEqual(FILES);
    const after = snapshot();
    for (const edit of plan.edits) expect(after[edit.file]).toBe(edit.updated);
    expect(tree(dir)).toEqual(files);
    applied.restore();
    expect(snapshot()).toEqual(before);
  });

  test('a file edited between plan and apply: a clear error and nothing written', () => {
    const { dir, plan, before, snapshot } = setup();
    // The last file of the plan, so a writer that went file by file would already have written the others.
    const last = join(dir, 'pyproject.toml');
    writeFileSync(last, readFileSync(last, 'utf8').replace('version = "1.4.0"', 'version = "1.4.1"'));
    const edited = snapshot();
    const error = thrown(() => applyEdits(dir, plan.edits)) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'pyproject.toml changed since it was read: expected "1.4.0" at line 3 ([project].version); nothing was written. Run again.',
    );
    expect([error.file, error.line]).toEqual(['pyproject.toml', 3]);
    expect(snapshot()).toEqual(edited);
    expect(snapshot()['packages/otai_hf_local/pyproject.toml']).toBe(
      before['packages/otai_hf_local/pyproject.toml'],
    );
  });

  test('a file deleted between plan and apply: nothing written', () => {
    const { dir, plan, before } = setup();
    const gone = join(dir, 'pyproject.toml');
    const text = readFileSync(gone, 'utf8');
    writeFileSync(gone, '');
    expect(thrown(() => applyEdits(dir, plan.edits)).message).toMatch(
      /^pyproject\.toml changed since it was read/,
    );
    writeFileSync(gone, text);
    expect(readFileSync(join(dir, FILES[0]), 'utf8')).toBe(before[FILES[0]]);
  });

  test('an edit elsewhere in the file (spans still hold) is kept', () => {
    const { dir, plan } = setup();
    const file = join(dir, 'pyproject.toml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# added after the plan\n`);
    applyEdits(dir, plan.edits);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('version = "1.5.0"');
    expect(text.endsWith('# added after the plan\n')).toBe(true);
  });

  test('a rename that fails halfway: the files already replaced are restored and no temporary is left', () => {
    const { dir, plan, before, snapshot } = setup();
    const files = tree(dir);
    let renames = 0;
    const io: FileIo = {
      ...nodeIo,
      rename: (from, to) => {
        // The third rename fails (the first two are the plan's first files).
        if (++renames === 3) throw new Error('EIO: simulated');
        nodeIo.rename(from, to);
      },
    };
    expect(thrown(() => applyEdits(dir, plan.edits, io)).message).toBe('EIO: simulated');
    expect(snapshot()).toEqual(before);
    expect(tree(dir)).toEqual(files);
  });

  test('a temporary file that cannot be written: nothing changes', () => {
    const { dir, plan, before, snapshot } = setup();
    const files = tree(dir);
    let writes = 0;
    const io: FileIo = {
      ...nodeIo,
      write: (path, data, mode) => {
        if (++writes === 2) throw new Error('ENOSPC: simulated');
        nodeIo.write(path, data, mode);
      },
    };
    expect(thrown(() => applyEdits(dir, plan.edits, io)).message).toBe('ENOSPC: simulated');
    expect(snapshot()).toEqual(before);
    expect(tree(dir)).toEqual(files);
  });

  test('a file that is not UTF-8 is refused before anything is written', () => {
    const { dir, plan } = setup({
      'pyproject.toml': lf(
        '[project]',
        'name = "acme"',
        'version = "1.4.0"',
        '[build-system]',
        'requires = ["hatchling"]',
        'build-backend = "hatchling.build"',
      ),
      'src/acme/__init__.py': '__version__ = "1.4.0"\n',
    });
    const latin1 = join(dir, 'src/acme/__init__.py');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('__version__ = "1.4.0"\n# J'), Buffer.from([0xfc]), Buffer.from('rgen\n')]),
    );
    expect(thrown(() => applyEdits(dir, plan.edits)).message).toBe(
      'src/acme/__init__.py is not valid UTF-8, so it cannot be rewritten byte for byte; nothing was written. Save it as UTF-8.',
    );
    expect(readFileSync(join(dir, 'pyproject.toml'), 'utf8')).toContain('version = "1.4.0"');
  });

  test('permissions are kept and a symlinked file is written through its link', () => {
    const dir = materialize({
      'pyproject.toml': lf(
        '[project]',
        'name = "acme"',
        'version = "1.4.0"',
        '[build-system]',
        'requires = ["hatchling"]',
        'build-backend = "hatchling.build"',
        '[tool.otai-release]',
        'version-files = ["bin/version", "VERSION"]',
      ),
      'bin/version': '1.4.0\n',
      'shared/VERSION': '1.4.0\n',
    });
    chmodSync(join(dir, 'bin/version'), 0o750);
    symlinkSync('shared/VERSION', join(dir, 'VERSION'));
    const plan = planVersionChange(readRepository(dir), '1.4.1');
    applyEdits(dir, plan.edits);
    expect(statSync(join(dir, 'bin/version')).mode & 0o777).toBe(0o750);
    expect(readFileSync(join(dir, 'bin/version'), 'utf8')).toBe('1.4.1\n');
    expect(lstatSync(join(dir, 'VERSION')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared/VERSION'), 'utf8')).toBe('1.4.1\n');
  });
});
