/**
 * Cross-check on real distributions: the example monorepo's three packages built by hatchling and a small
 * setuptools project, built with `python -m build` and read with `unzip` (independent of our zip
 * reader). Correct builds must give no finding; the old setuptools's known naming faults must.
 * Needs a Python with `build`, `hatchling` and `setuptools` (Debian's /usr/bin/python3 here; set
 * OTAI_BUILD_PYTHON to use another) and unzip; tests/support/require-tool.ts says what happens without.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Finding } from '@otai-release/core/distfiles';
import {
  checkDistKind,
  checkFilenameAgainstMetadata,
  checkSdistFilename,
  checkWheelFilename,
} from '@otai-release/core/distfiles/filenames';
import {
  checkEntryPoints,
  checkLicenseFiles,
  checkRecord,
  checkWheelContents,
  checkWheelFile,
  checkWheelLayout,
  type ComputedDigest,
  hashAlgorithmFor,
  parseRecord,
  parseWheelMetadataFile,
  rootIsPurelib,
} from '@otai-release/core/distfiles/wheel';
import {
  BUILD_PYTHON as PYTHON,
  commandRuns,
  pythonImports,
  requireTool,
} from '../../support/require-tool.js';

const describeBuilds = requireTool(
  pythonImports(PYTHON, ['build', 'hatchling', 'setuptools']) && commandRuns('unzip', ['-v']),
  {
    name: `${PYTHON} with build, hatchling and setuptools, and unzip`,
    install: 'apt-get install python3-build python3-hatchling python3-setuptools unzip',
  },
);

const MONOREPO = fileURLToPath(new URL('../../../examples/otai-monorepo', import.meta.url));

function build(projectDir: string, outDir: string, kinds: string[]): void {
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', ...kinds, '--outdir', outDir, '.'],
    {
      cwd: projectDir,
      stdio: 'pipe',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    },
  );
}

function header(metadata: string, name: string): string[] {
  const head = metadata.split(/\r?\n\r?\n/)[0]!;
  return [...head.matchAll(new RegExp(`^${name}: (.*)$`, 'gmi'))].map((m) => m[1]!.trim());
}

/** Every check of this module on one wheel, reading it with unzip. */
function checkWheelFileOnDisk(wheelPath: string): Finding[] {
  const filename = path.basename(wheelPath);
  const read = (member: string): Buffer =>
    execFileSync('unzip', ['-p', wheelPath, member], { maxBuffer: 1 << 26 });
  const members = execFileSync('unzip', ['-Z1', wheelPath], { encoding: 'utf8' })
    .split('\n')
    .filter((m) => m !== '' && !m.endsWith('/'));
  const findings: Finding[] = [...checkDistKind(filename).findings];
  const { parsed, findings: nameFindings } = checkWheelFilename(filename);
  findings.push(...nameFindings);
  if (!parsed) return findings;
  const layout = checkWheelLayout(filename, parsed, members);
  findings.push(...layout.findings);
  const distInfo = layout.distInfo!;
  const metadata = read(`${distInfo}/METADATA`).toString('utf8');
  findings.push(
    ...checkFilenameAgainstMetadata(
      filename,
      'wheel',
      header(metadata, 'Name')[0]!,
      header(metadata, 'Version')[0]!,
    ),
  );
  findings.push(
    ...checkLicenseFiles(
      header(metadata, 'License-File'),
      distInfo,
      members,
      header(metadata, 'Metadata-Version')[0]!,
      filename,
    ),
  );
  const wheel = parseWheelMetadataFile(read(`${distInfo}/WHEEL`).toString('utf8'));
  findings.push(...wheel.findings, ...checkWheelFile(wheel.fields, parsed));
  const record = parseRecord(read(`${distInfo}/RECORD`).toString('utf8'));
  findings.push(...record.findings);
  const computed = new Map<string, ComputedDigest>();
  for (const member of members) {
    const algorithm = hashAlgorithmFor(record.rows.find((r) => r.path === member));
    if (!algorithm) continue;
    const data = read(member);
    computed.set(member, {
      algorithm,
      digest: createHash(algorithm).update(data).digest(),
      size: data.length,
    });
  }
  findings.push(...checkRecord(record.rows, members, computed, `${distInfo}/RECORD`));
  if (members.includes(`${distInfo}/entry_points.txt`)) {
    findings.push(...checkEntryPoints(read(`${distInfo}/entry_points.txt`).toString('utf8'), filename));
  }
  findings.push(...checkWheelContents(record.rows, distInfo, rootIsPurelib(wheel.fields)!));
  return findings;
}

const SETUPTOOLS_PROJECT = (name: string): Record<string, string> => ({
  'pyproject.toml': [
    '[build-system]',
    'requires = ["setuptools"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    `name = "${name}"`,
    'version = "0.1.0"',
    'description = "tiny"',
    'readme = "README.md"',
    'license = {text = "MIT"}',
    '',
    '[project.scripts]',
    'tiny-cli = "tiny_pkg:main"',
    '',
    '[tool.setuptools.package-data]',
    'tiny_pkg = ["py.typed", "data/*.json"]',
    '',
  ].join('\n'),
  'README.md': '# tiny\n',
  LICENSE: 'MIT\n',
  'src/tiny_pkg/__init__.py': 'def main():\n    pass\n',
  'src/tiny_pkg/py.typed': '',
  'src/tiny_pkg/data/defaults.json': '{}\n',
});

describeBuilds('real builds', () => {
  let work: string;
  const dist = (): string => path.join(work, 'dist');
  const built = (pattern: RegExp): string => {
    const found = readdirSync(dist()).find((f) => pattern.test(f));
    if (!found) throw new Error(`no ${pattern} in ${readdirSync(dist()).join(', ')}`);
    return path.join(dist(), found);
  };

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'real-builds-'));
    mkdirSync(dist());
    // The monorepo root is a package too (open-ticket-ai); copying it brings packages/* along.
    cpSync(MONOREPO, path.join(work, 'monorepo'), { recursive: true });
    build(path.join(work, 'monorepo'), dist(), ['--wheel', '--sdist']);
    for (const pkg of readdirSync(path.join(work, 'monorepo', 'packages'))) {
      build(path.join(work, 'monorepo', 'packages', pkg), dist(), ['--wheel', '--sdist']);
    }
    for (const [dir, name] of [
      ['tiny', 'tiny-pkg'],
      ['tiny-dotted', 'Tiny.Pkg'],
    ]) {
      for (const [file, text] of Object.entries(SETUPTOOLS_PROJECT(name))) {
        mkdirSync(path.dirname(path.join(work, dir, file)), { recursive: true });
        writeFileSync(path.join(work, dir, file), text);
      }
      build(path.join(work, dir), dist(), ['--wheel', '--sdist']);
    }
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.each(['open_ticket_ai', 'otai_hf_local', 'otai_otobo_znuny'])(
    'hatchling wheel of %s: no findings',
    (pkg) => {
      expect(checkWheelFileOnDisk(built(new RegExp(`^${pkg}-.*\\.whl$`)))).toEqual([]);
    },
  );

  test.each(['open_ticket_ai', 'otai_hf_local', 'otai_otobo_znuny'])(
    'hatchling sdist name of %s: no findings',
    (pkg) => {
      const sdist = path.basename(built(new RegExp(`^${pkg}-.*\\.tar\\.gz$`)));
      expect(checkSdistFilename(sdist).findings).toEqual([]);
      expect(checkFilenameAgainstMetadata(sdist, 'sdist', pkg.replace(/_/g, '-'), '1.4.0')).toEqual([]);
    },
  );

  test('setuptools wheel with entry points, package data and License-File (metadata 2.1): no findings', () => {
    expect(checkWheelFileOnDisk(built(/^tiny_pkg-0\.1\.0-.*\.whl$/))).toEqual([]);
  });

  test('old setuptools keeps "Tiny.Pkg" in the wheel name, which PyPI rejects (F005)', () => {
    const findings = checkWheelFileOnDisk(built(/^Tiny\.Pkg-.*\.whl$/));
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      [
        'F005',
        "Filename 'Tiny.Pkg-0.1.0-py3-none-any.whl' should contain the normalized project name 'tiny_pkg', not 'Tiny.Pkg'. " +
          'PyPI refuses such wheels today (it warned from 2025, pypi/warehouse#17378); wheels it accepted before ' +
          'stay on PyPI.',
      ],
    ]);
  });

  test('old setuptools names the sdist "tiny-pkg-0.1.0.tar.gz", which PEP 625 forbids (F012)', () => {
    const sdist = path.basename(built(/^tiny-pkg-.*\.tar\.gz$/));
    expect(checkSdistFilename(sdist).findings.map((f) => [f.code, f.message])).toEqual([
      ['F012', "Filename 'tiny-pkg-0.1.0.tar.gz' is invalid, should be 'tiny_pkg-0.1.0.tar.gz'."],
    ]);
  });
});
