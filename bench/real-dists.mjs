#!/usr/bin/env node
// check-dist over every distribution of a PyPI mirror up to a size (default: the wheels in
// /opt/pypi/files and /opt/pypi-more/files, up to 100 MiB each), obtained with
// `pip download --no-deps` into a cache kept between runs ($XDG_CACHE_HOME or ~/.cache), then
// checked by one CLI process. PyPI accepted every file, so any error is a false alarm unless it
// comes from a rule PyPI added after the upload (the same list as tests/distfiles/real-dists.test.ts).
// Prints files, failures, the codes that fired (findings and files), the unexpected errors and the
// wall time of the check; exits 1 when there is an unexpected error.
//   node bench/real-dists.mjs            env: MIRROR (dirs, ':'-separated), MAX_MB, CLI, PYTHON, PIP
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const mirrors = (process.env.MIRROR ?? '/opt/pypi/files:/opt/pypi-more/files').split(':').filter(existsSync);
const maxBytes = Number(process.env.MAX_MB ?? 100) * 1024 * 1024;
const cli = process.env.CLI ?? 'dist/cli/index.js';
const python = process.env.PYTHON ?? '/usr/bin/python3';
const pip = (process.env.PIP ?? 'pip').split(' ');

// Rules PyPI added after these files were uploaded: it refuses such files today.
const ADDED_LATER = [
  ['M001', (f) => f.message.includes("'2.0' is not a valid")],
  ['M004', (f) => f.message.includes('license-expression introduced in metadata version 2.4')],
  ['M007', (f) => f.message.startsWith("Description-Content-Type: Invalid distribution metadata: 'UNKNOWN'")],
  ['F005', () => true],
  ['S001', () => true],
];
const addedLater = (f) => ADDED_LATER.some(([code, matches]) => code === f.code && matches(f));

// name==version from a file name: a wheel's first two dash-separated parts, an sdist's last dash.
function requirement(file) {
  if (file.endsWith('.whl')) {
    const [name, version] = file.split('-');
    return `${name}==${version}`;
  }
  const stem = file.replace(/\.(tar\.gz|zip)$/, '');
  return `${stem.slice(0, stem.lastIndexOf('-'))}==${stem.slice(stem.lastIndexOf('-') + 1)}`;
}

const selected = mirrors
  .flatMap((dir) => readdirSync(dir).map((f) => ({ f, size: statSync(join(dir, f)).size })))
  .filter(({ f, size }) => /\.(whl|tar\.gz)$/.test(f) && size <= maxBytes);
const reqs = [...new Set(selected.map(({ f }) => requirement(f)))].sort();
console.log(
  `selected: ${selected.length} files up to ${maxBytes / 1024 / 1024} MiB in ${mirrors.join(', ')} ` +
    `(${(selected.reduce((n, s) => n + s.size, 0) / 1e9).toFixed(2)} GB), ${reqs.length} name==version`,
);

// pip takes each project once per call.
const rounds = [];
for (const req of reqs) {
  const name = req
    .split('==')[0]
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
  let round = rounds.find((r) => !r.names.has(name));
  if (!round) rounds.push((round = { names: new Set(), reqs: [] }));
  round.names.add(name);
  round.reqs.push(req);
}

const cacheRoot = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'otai-release-tests',
  'real-dists-bench',
);
const dir = join(cacheRoot, createHash('sha256').update(reqs.join('\n')).digest('hex').slice(0, 16));
if (!existsSync(join(dir, '.complete'))) {
  const partial = `${dir}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  const start = Date.now();
  for (const round of rounds) {
    for (let i = 0; i < round.reqs.length; i += 200) {
      const args = ['download', '--no-deps', '--retries', '0', '--only-binary', ':all:', '-q', '-d', partial];
      const run = spawnSync(pip[0], [...pip.slice(1), ...args, ...round.reqs.slice(i, i + 200)], {
        encoding: 'utf8',
      });
      if (run.status !== 0) {
        rmSync(partial, { recursive: true, force: true });
        console.error(run.stderr || run.error?.message);
        throw new Error(`${pip.join(' ')} download failed (exit ${run.status})`);
      }
    }
  }
  writeFileSync(join(partial, '.complete'), `${reqs.length} requirements\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  console.log(`downloaded with pip in ${((Date.now() - start) / 1000).toFixed(0)} s into ${dir}`);
}

// Peak RSS from GNU time when it is installed (it writes it as the last line of stderr).
const gnuTime = existsSync('/usr/bin/time');
const argv = [process.execPath, cli, 'check-dist', dir, '--python', python, '--json'];
const start = process.hrtime.bigint();
const run = spawnSync(gnuTime ? '/usr/bin/time' : argv[0], gnuTime ? ['-f', '%M', ...argv] : argv.slice(1), {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const rss = gnuTime ? `, ${Math.round(Number(run.stderr.trim().split('\n').pop()) / 1024)} MiB peak RSS` : '';
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  throw new Error(`check-dist exited ${run.status}`);
}
const report = JSON.parse(run.stdout);

const codes = new Map();
const unexpected = [];
for (const file of report.files) {
  for (const f of file.findings) {
    const entry = codes.get(f.code) ?? { severity: f.severity, findings: 0, files: new Set() };
    entry.findings++;
    entry.files.add(file.filename);
    codes.set(f.code, entry);
    if (f.severity === 'error' && !addedLater(f))
      unexpected.push(`${file.filename}: ${f.code} ${f.message.split('\n')[0]}`);
  }
}
const bytes = report.files.reduce((n, f) => n + f.size, 0);
console.log(
  `checked: ${report.files.length} files (${(bytes / 1e9).toFixed(2)} GB) in ${wall.toFixed(1)} s wall${rss}; ` +
    `${report.failed} failed (not strict)`,
);
console.log('codes that fired (findings in files):');
for (const [code, e] of [...codes].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const later = ADDED_LATER.some(([c]) => c === code) ? ' (a rule PyPI added later)' : '';
  console.log(
    `  ${code} ${e.severity.padEnd(7)} ${String(e.findings).padStart(6)} in ${e.files.size}${later}`,
  );
}
for (const note of report.notes) console.log(`note: ${note}`);
console.log(`unexpected errors: ${unexpected.length}`);
for (const line of unexpected) console.log(`  ${line}`);
process.exitCode = unexpected.length > 0 ? 1 : 0;
