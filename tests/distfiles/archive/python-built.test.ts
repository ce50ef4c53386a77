/**
 * Archives written by Python's own tools read clean: a wheel and an sdist built by `python -m build`
 * from the example plugin (every member hashing to its RECORD row), and ZIP64 archives written by
 * zipfile (a forced ZIP64 member, and more entries than the classic end record can count).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openZip, readTarGz } from '@otai-release/core/distfiles/archive';
import { BUILD_PYTHON as PYTHON, pythonImports, requireTool } from '../../support/require-tool.js';

const EXAMPLE = resolve('examples/otai-monorepo/packages/otai_hf_local');
const describeBuild = requireTool(pythonImports(PYTHON, ['build', 'hatchling']), {
  name: `${PYTHON} with build and hatchling`,
  install: 'apt-get install python3-build python3-hatchling',
});
const describeZipfile = requireTool(pythonImports(PYTHON, ['zipfile']), {
  name: `${PYTHON} (its zipfile module)`,
  install: 'apt-get install python3',
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'py-built-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function python(script: string, ...args: string[]): void {
  const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python failed: ${run.stderr}`);
}

describeBuild('python -m build of the example plugin', () => {
  let out: string;
  beforeAll(() => {
    // Build from a copy, so the example project stays untouched.
    const source = join(dir, 'src');
    cpSync(EXAMPLE, source, { recursive: true });
    out = join(dir, 'out');
    const run = spawnSync(
      PYTHON,
      [
        '-m',
        'build',
        '--no-isolation',
        '--skip-dependency-check',
        '--wheel',
        '--sdist',
        '--outdir',
        out,
        source,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`build failed: ${run.stdout}\n${run.stderr}`);
  }, 120_000);

  it('the wheel opens with no findings and every member matches its RECORD row', async () => {
    const wheel = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.whl'))!,
    );
    const { archive, findings } = await openZip(wheel);
    expect(findings).toEqual([]);
    try {
      const recordMember = archive!.members.find((m) => m.name.endsWith('.dist-info/RECORD'))!;
      const rows = (await archive!.readMember(recordMember.name))!
        .toString()
        .split(/\r?\n/)
        .filter(Boolean)
        .map((line) => line.split(','));
      const record = new Map(rows.map(([path, hash, size]) => [path!, { hash: hash!, size: size! }]));
      const results = await archive!.digestMembers((m) => (record.get(m.name)?.hash ? ['sha256'] : []));
      expect(results.size).toBe(rows.length);
      for (const [member, result] of results) {
        expect(result.error).toBeUndefined();
        const row = record.get(member.name)!;
        if (member.name === recordMember.name) {
          expect(row).toEqual({ hash: '', size: '' });
          continue;
        }
        expect(`sha256=${result.digests.sha256!.toString('base64url')}`).toBe(row.hash);
        expect(String(result.size)).toBe(row.size);
      }
    } finally {
      await archive!.close();
    }
  });

  it('the sdist lists with no findings, its root and PKG-INFO', async () => {
    const sdist = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tar.gz'))!,
    );
    const listing = await readTarGz(sdist, (name) => name.endsWith('/PKG-INFO'));
    expect(listing.findings).toEqual([]);
    expect(listing.root).toBe('otai_hf_local-1.4.0');
    expect(listing.contents.get('otai_hf_local-1.4.0/PKG-INFO')!.toString()).toContain(
      'Name: otai-hf-local\n',
    );
  });
});

describeZipfile('ZIP64 archives written by zipfile', () => {
  it('reads a member zipfile wrote with force_zip64', async () => {
    const path = join(dir, 'forced.whl');
    python(
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('pkg/big.txt', 'w', force_zip64=True) as f:
        f.write(b'zip64 ' * 100000)
    z.writestr('pkg/small.txt', 'small')`,
      path,
    );
    const { archive, findings } = await openZip(path);
    expect(findings).toEqual([]);
    const results = [...(await archive!.digestMembers(() => ['sha256'])).entries()];
    expect(results.map(([m, r]) => [m.name, r.size, r.error])).toEqual([
      ['pkg/big.txt', 600000, undefined],
      ['pkg/small.txt', 5, undefined],
    ]);
    await archive!.close();
  });

  it('reads 70,000 entries, more than the classic end record can count', async () => {
    const path = join(dir, 'many.whl');
    python(
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for i in range(70000):
        z.writestr(f'pkg/m{i}.py', str(i))`,
      path,
    );
    const { archive, findings } = await openZip(path);
    expect(findings).toEqual([]);
    expect(archive!.members).toHaveLength(70000);
    expect(archive!.members.at(-1)!.name).toBe('pkg/m69999.py');
    expect((await archive!.readMember('pkg/m12345.py'))!.toString()).toBe('12345');
    await archive!.close();
  }, 60_000);
});
