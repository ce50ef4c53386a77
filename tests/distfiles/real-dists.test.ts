/**
 * Differential test against PyPI itself: every file in tests/distfiles/real-dists.txt is a real
 * wheel PyPI accepted, so the checker must report no error on any of them — except under the rules
 * PyPI added after those files were uploaded, which it refuses today (Metadata-Version 2.0, a field
 * newer than the declared Metadata-Version such as License-Expression below 2.4, Description-Content-
 * Type UNKNOWN, non-normalised wheel names, files over 100 MiB). The files come from `pip download
 * --no-deps` into a cache outside the repository ($XDG_CACHE_HOME or ~/.cache), kept between runs
 * and keyed by the list, so a changed list downloads afresh. bench/real-dists.sh runs the same over
 * every wheel of the mirror.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, jest, test } from '@jest/globals';
import { checkDistributions, type Finding } from '@otai-release/core/distfiles';
import { requireTool } from '../support/require-tool.js';

jest.setTimeout(300_000);

const LIST = fileURLToPath(new URL('real-dists.txt', import.meta.url));
const PYTHON = '/usr/bin/python3';

/** Why PyPI accepted a file that now fails: a rule it added after the upload. */
const ADDED_LATER: { code: string; why: string; matches: (f: Finding) => boolean }[] = [
  { code: 'M001', why: 'Metadata-Version 2.0', matches: (f) => f.message.includes("'2.0' is not a valid") },
  {
    code: 'M004',
    why: 'License-Expression below Metadata 2.4',
    matches: (f) => f.message.includes('license-expression introduced in metadata version 2.4'),
  },
  {
    code: 'M007',
    why: 'Description-Content-Type UNKNOWN',
    matches: (f) =>
      f.message.startsWith("Description-Content-Type: Invalid distribution metadata: 'UNKNOWN'"),
  },
  { code: 'F005', why: 'a non-normalised wheel name', matches: () => true },
  { code: 'S001', why: 'over 100 MiB (a raised limit)', matches: () => true },
];

const addedLater = (f: Finding) => ADDED_LATER.some((rule) => rule.code === f.code && rule.matches(f));

function requirements(): string[] {
  return readFileSync(LIST, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** The first pip that runs: `pip`, else `python3 -m pip`. */
function findPip(): string[] | undefined {
  for (const command of [['pip'], ['python3', '-m', 'pip']]) {
    if (spawnSync(command[0]!, [...command.slice(1), '--version']).status === 0) return command;
  }
  return undefined;
}

// pip refuses one project twice in a call (two versions of it), so each call takes a project once.
function rounds(reqs: string[]): string[][] {
  const out: { names: Set<string>; reqs: string[] }[] = [];
  for (const req of reqs) {
    const name = req
      .split('==')[0]!
      .toLowerCase()
      .replace(/[-_.]+/g, '-');
    let round = out.find((r) => !r.names.has(name));
    if (!round) out.push((round = { names: new Set(), reqs: [] }));
    round.names.add(name);
    round.reqs.push(req);
  }
  return out.map((r) => r.reqs);
}

/** The downloaded files, from the cache when this list was downloaded before. */
function download(pip: string[], reqs: string[]): string[] {
  const cacheRoot = join(
    process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
    'otai-release-tests',
    'real-dists',
  );
  const key = createHash('sha256').update(reqs.join('\n')).digest('hex').slice(0, 16);
  const dir = join(cacheRoot, key);
  if (!existsSync(join(dir, '.complete'))) {
    mkdirSync(cacheRoot, { recursive: true });
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    try {
      for (const round of rounds(reqs)) {
        const args = [
          'download',
          '--no-deps',
          '--retries',
          '0',
          '--only-binary',
          ':all:',
          '-q',
          '-d',
          partial,
        ];
        const run = spawnSync(pip[0]!, [...pip.slice(1), ...args, ...round], { encoding: 'utf8' });
        if (run.status !== 0) {
          const tail = `${run.stderr ?? ''}${run.error?.message ?? ''}`
            .trim()
            .split('\n')
            .slice(-5)
            .join('\n');
          throw new Error(
            `\`${pip.join(' ')} download\` of ${round.length} files failed (exit ${run.status}):\n${tail}`,
          );
        }
      }
      writeFileSync(join(partial, '.complete'), `${reqs.length} files\n`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.whl') || f.endsWith('.tar.gz'))
    .sort()
    .map((f) => join(dir, f));
}

const pip = findPip();
const describeCorpus = requireTool(pip !== undefined, {
  name: 'pip (`pip` or `python3 -m pip`, to download the corpus)',
  install: 'apt-get install python3-pip',
});

describeCorpus('check-dist on real published distributions', () => {
  test('no errors on files PyPI accepted, but under rules PyPI added later', async () => {
    const reqs = requirements();
    const paths = download(pip!, reqs);
    expect(paths.length).toBe(reqs.length);

    const report = await checkDistributions(paths, {
      strict: false,
      maxFileSize: 100 * 1024 * 1024,
      python: PYTHON,
    });

    const counts = new Map<string, { severity: string; findings: number; files: Set<string> }>();
    const unexpected: string[] = [];
    for (const file of report.files) {
      for (const f of file.findings) {
        const entry = counts.get(f.code) ?? { severity: f.severity, findings: 0, files: new Set() };
        entry.findings++;
        entry.files.add(file.filename);
        counts.set(f.code, entry);
        if (f.severity === 'error' && !addedLater(f))
          unexpected.push(`${file.filename}: ${f.code} ${f.message}`);
      }
    }
    const table = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(
        ([code, e]) =>
          `  ${code} ${e.severity.padEnd(7)} ${String(e.findings).padStart(5)} in ${e.files.size} files`,
      );
    console.log(
      `real-dists: ${report.files.length} files, ${report.failed} failed (non-strict)\n${table.join('\n')}` +
        (report.notes.length > 0 ? `\nnotes:\n  ${report.notes.join('\n  ')}` : ''),
    );

    expect(unexpected).toEqual([]);
    // The corpus holds what it was chosen for: pure and binary wheels, and a RECORD written in hex,
    // which is one warning for the wheel instead of an error per member.
    expect(report.files.filter((f) => f.filename.endsWith('-any.whl')).length).toBeGreaterThan(100);
    expect(report.files.filter((f) => !f.filename.endsWith('-any.whl')).length).toBeGreaterThan(20);
    const gmsh = report.files.find((f) => f.filename.startsWith('gmsh-'))!;
    expect(gmsh.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['R028']));
    expect(gmsh.findings.filter((f) => f.code === 'R021')).toEqual([]);
  });
});
