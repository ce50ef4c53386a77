#!/usr/bin/env node
// `otai-release check` and `version patch --dry-run` on snapshots of real open-source Python
// repositories, with no configuration, as a new user would run them. Each snapshot is the newest
// commit of a local mirror (MIRROR/<owner>+<name>/repo, a bare git directory), extracted with
// `git archive` into bench/.work/repos/<name>, committed there (so git logic works) and tagged with
// the mirror's latest tag reachable from that commit (so new tags follow its form). Prints one row per
// repository: the packages found against the ones published on PyPI, the version locations, the
// check's result and the dry run's. DETAIL=1 adds every finding and skip.
//   node bench/real-repos.mjs [name...]     env: MIRROR (default /work/.mirror), CLI (default
//   dist/cli/index.js), DETAIL
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const mirror = process.env.MIRROR ?? '/work/.mirror';
const cli = resolve(process.env.CLI ?? 'dist/cli/index.js');
const detail = process.env.DETAIL === '1';
const work = resolve('bench/.work/repos');

// What each repository publishes on PyPI (from its release workflows and PyPI), written by hand.
const REPOS = [
  { name: 'poetry-core', repo: 'python-poetry/poetry-core', published: ['poetry-core'] },
  { name: 'pydantic', repo: 'pydantic/pydantic', published: ['pydantic', 'pydantic-core'] },
  { name: 'pydantic-core', repo: 'pydantic/pydantic-core', published: ['pydantic-core'] },
  {
    name: 'opentelemetry-python',
    repo: 'open-telemetry/opentelemetry-python',
    published: [
      'opentelemetry-api',
      'opentelemetry-sdk',
      'opentelemetry-proto',
      'opentelemetry-semantic-conventions',
      'opentelemetry-test-utils',
      'opentelemetry-exporter-opencensus',
      'opentelemetry-exporter-otlp',
      'opentelemetry-exporter-otlp-proto-common',
      'opentelemetry-exporter-otlp-proto-grpc',
      'opentelemetry-exporter-otlp-proto-http',
      'opentelemetry-exporter-prometheus',
      'opentelemetry-exporter-zipkin',
      'opentelemetry-exporter-zipkin-json',
      'opentelemetry-exporter-zipkin-proto-http',
      'opentelemetry-propagator-b3',
      'opentelemetry-propagator-jaeger',
      'opentelemetry-opencensus-shim',
      'opentelemetry-opentracing-shim',
      // New in this snapshot, released with the next version (eachdist.ini lists them).
      'opentelemetry-configuration',
      'opentelemetry-proto-json',
      'opentelemetry-exporter-http-transport',
      'opentelemetry-exporter-otlp-common',
      'opentelemetry-exporter-otlp-json-common',
      'opentelemetry-exporter-otlp-json-file',
      'opentelemetry-exporter-otlp-json-http',
    ],
  },
  {
    name: 'dbt-adapters',
    repo: 'dbt-labs/dbt-adapters',
    published: [
      'dbt-adapters',
      'dbt-athena',
      'dbt-athena-community',
      'dbt-bigquery',
      'dbt-postgres',
      'dbt-redshift',
      'dbt-snowflake',
      'dbt-spark',
      'dbt-tests-adapter',
    ],
  },
  {
    name: 'kedro-plugins',
    repo: 'kedro-org/kedro-plugins',
    published: ['kedro-airflow', 'kedro-datasets', 'kedro-docker', 'kedro-telemetry'],
  },
  { name: 'hatch', repo: 'pypa/hatch', published: ['hatch', 'hatchling'] },
  { name: 'flask', repo: 'pallets/flask', published: ['flask'] },
  { name: 'httpx', repo: 'encode/httpx', published: ['httpx'] },
  { name: 'pdm', repo: 'pdm-project/pdm', published: ['pdm'] },
  { name: 'semantic-kernel', repo: 'microsoft/semantic-kernel', published: ['semantic-kernel'] },
  { name: 'twine', repo: 'pypa/twine', published: ['twine'] },
  { name: 'uv', repo: 'astral-sh/uv', published: ['uv', 'uv-build'] },
  { name: 'setuptools-scm', repo: 'pypa/setuptools-scm', published: ['setuptools-scm', 'vcs-versioning'] },
  { name: 'flit', repo: 'pypa/flit', published: ['flit', 'flit-core'] },
  {
    name: 'autogen',
    repo: 'microsoft/autogen',
    published: [
      'agbench',
      'autogen-agentchat',
      'autogen-core',
      'autogen-ext',
      'autogenstudio',
      'component-schema-gen',
      'magentic-one-cli',
      'pyautogen',
    ],
  },
];

const canonical = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
const git = (gitDir, args, opts) => run('git', [`--git-dir=${gitDir}`, ...args], opts);
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

// The snapshot as a one-commit repository; reused while the mirror's commit is the same.
function extract(entry) {
  const gitDir = join(mirror, entry.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return { missing: `no mirror at ${gitDir}` };
  const commit = git(gitDir, ['rev-parse', 'HEAD']).stdout.trim();
  const dir = join(work, entry.name);
  const stamp = join(dir, '.git', 'bench-snapshot');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) return { dir, commit };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The mirror may lack its largest blobs (listed but absent); the snapshot leaves those files out.
  const blobs = git(gitDir, ['ls-tree', '-r', 'HEAD']).stdout.trim().split('\n');
  const check = run('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch-check'], {
    input: blobs.map((l) => l.split(/\s+/)[2]).join('\n'),
  });
  const absent = new Set(
    check.stdout.split('\n').flatMap((l) => (l.endsWith(' missing') ? [l.split(' ')[0]] : [])),
  );
  const excludes = blobs
    .filter((l) => absent.has(l.split(/\s+/)[2]))
    .map((l) => `:(exclude,literal)${l.split('\t')[1]}`);
  const archive = spawnSync(
    'sh',
    [
      '-c',
      'd="$1"; shift; git --git-dir="$0" archive HEAD -- "$@" | tar -x -C "$d"',
      gitDir,
      dir,
      '.',
      ...excludes,
    ],
    { maxBuffer: 1 << 28 },
  );
  if (archive.status !== 0) return { missing: `git archive failed: ${archive.stderr}` };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '--no-verify', '-m', `snapshot of ${entry.repo} ${commit.slice(0, 12)}`],
  ]) {
    const r = run('git', ['-C', dir, ...args], { env });
    if (r.status !== 0) return { missing: `git ${args[0]} failed: ${r.stderr}` };
  }
  const latest = git(gitDir, ['describe', '--tags', '--abbrev=0', 'HEAD']).stdout.trim();
  if (latest) run('git', ['-C', dir, 'tag', latest], { env });
  writeFileSync(stamp, commit);
  return { dir, commit, tag: latest };
}

const rows = [];
let failed = 0;
const only = process.argv.slice(2);
for (const entry of REPOS.filter((e) => only.length === 0 || only.includes(e.name))) {
  const snap = extract(entry);
  if (snap.missing) {
    rows.push(`| ${entry.name} | (not run: ${snap.missing}) | | | | |`);
    continue;
  }
  const started = Date.now();
  const check = run(process.execPath, [cli, 'check', snap.dir, '--index', 'none', '--json']);
  const ms = Date.now() - started;
  let result;
  try {
    result = JSON.parse(check.stdout);
  } catch {
    result = undefined;
  }
  const explain = run(process.execPath, [cli, 'check', snap.dir, '--index', 'none', '--explain']);
  const dry = run(process.execPath, [cli, 'version', 'patch', snap.dir, '--dry-run', '--quiet']);
  const found = (result?.packages ?? []).map((p) => canonical(p.name));
  const published = entry.published.map(canonical);
  const missed = published.filter((n) => !found.includes(n));
  const extra = found.filter((n) => !published.includes(n));
  const locations = (result?.packages ?? []).reduce((n, p) => n + p.locations.length, 0);
  const fromTag = (result?.packages ?? []).filter((p) => p.fromTag).length;
  const errors = (result?.findings ?? []).filter((f) => f.level === 'error');
  const codes = {};
  for (const f of errors) codes[f.code] = (codes[f.code] ?? 0) + 1;
  const checkText = result
    ? errors.length === 0
      ? 'pass'
      : `${errors.length} error(s): ${Object.entries(codes)
          .map(([c, n]) => `${c} ×${n}`)
          .join(', ')}`
    : `exit ${check.status}: ${(check.stderr.trim().split('\n').at(-1) ?? '').slice(0, 160)}`;
  // Packages with versions of their own fail the default lockstep policy; say how they fare independently.
  let independentText = '';
  if (errors.some((f) => f.code === 'version-mismatch') && found.length > 1) {
    const ind = run(process.execPath, [
      cli,
      'check',
      snap.dir,
      '--index',
      'none',
      '--json',
      '--policy',
      'independent',
    ]);
    let indResult;
    try {
      indResult = JSON.parse(ind.stdout);
    } catch {
      indResult = undefined;
    }
    const indErrors = (indResult?.findings ?? []).filter((f) => f.level === 'error');
    const indCodes = {};
    for (const f of indErrors) indCodes[f.code] = (indCodes[f.code] ?? 0) + 1;
    independentText = indResult
      ? `; with \`--policy independent\`: ${
          indErrors.length === 0
            ? 'pass'
            : `${indErrors.length} error(s): ${Object.entries(indCodes)
                .map(([c, n]) => `${c} ×${n}`)
                .join(', ')}`
        }`
      : `; with \`--policy independent\`: exit ${ind.status}`;
    if (detail) for (const f of indErrors) console.log(`independent: ${f.file}:${f.line}: ${f.message}`);
  }
  const changed = (dry.stdout.match(/^\+\+\+ /gm) ?? []).length;
  const dryText =
    dry.status === 0
      ? `${changed} file(s); ${(dry.stdout.trim().split('\n').at(-1) ?? '').replace(/;.*$/, '')}`
      : `refused: ${(dry.stderr.trim().split('\n').at(-1) ?? '')
          .replace(/^(\S+: )?error: /, '')
          .replace(/ \(.*$|\. .*$/, '')
          .slice(0, 120)}`;
  const skipped = (explain.stdout.match(/^\s*skip/gm) ?? []).length;
  if (missed.length || extra.length) failed++;
  rows.push(
    `| ${entry.name} | ${found.length} found / ${published.length} published${missed.length ? `; missed ${missed.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}; ${skipped} skipped | ${locations}${fromTag ? ` (+${fromTag} from tag)` : ''} | ${checkText}${independentText} | ${dryText} | ${ms} ms |`,
  );
  if (detail) {
    console.log(
      `\n## ${entry.name} (${entry.repo} ${snap.commit.slice(0, 12)}${snap.tag ? `, tag ${snap.tag}` : ''})`,
    );
    console.log(explain.stdout.trim());
    console.log(check.stderr.trim());
    if (dry.status !== 0 || dry.stderr.trim()) console.log(`version patch --dry-run: ${dry.stderr.trim()}`);
  }
}
console.log('\n| Repository | Packages | Locations | `check` | `version patch --dry-run` | check time |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
process.exitCode = failed ? 1 : 0;
