/**
 * Differential test: for the same file, the form our upload sends equals what Debian's `twine upload`
 * sends to the same capturing index (field names and values; md5 and field order aside). Twine here is
 * 4.0.2, and the current twine (6.2/7.0, which this module follows) differs from it in three documented
 * ways, normalised on twine's side before comparing:
 * - twine 4 sends every absent field as an empty value (requests_toolbelt writes None as ''); twine ≥ 5
 *   leaves them out, and Warehouse treats both alike;
 * - twine 4 spells the Provides-Extra field `provides_extras` (twine #1047; Warehouse ignored it), twine
 *   ≥ 5 `provides_extra`;
 * - twine 4 sends Keywords as written; twine ≥ 6 splits at commas and joins with ", " (packaging's
 *   parse_email);
 * - twine 4 sends no pyversion for an sdist; twine ≥ 6.1 sends `source` (Warehouse reads none as
 *   `source`).
 * Files are our own tiny wheels and sdists with every field twine 4 knows, plus real published wheels
 * from the check-dist corpus cache when it is present (Metadata-Version ≤ 2.2: twine 4's pkginfo reads no later one).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, jest, test } from '@jest/globals';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import {
  fixedCredentials,
  publishDistributions,
  readDistribution,
  repositoryEndpoints,
} from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { commandRuns, requireTool } from '../support/require-tool.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(120_000);

const TWINE = '/usr/bin/twine';
const describeTwine = requireTool(commandRuns(TWINE, ['--version']), {
  name: "Debian's twine (/usr/bin/twine)",
  install: 'apt-get install twine',
});

const servers: IndexServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function capturingIndex(): Promise<IndexServer> {
  const server = await startIndexServer();
  server.state.addToken('pypi-x');
  servers.push(server);
  return server;
}

type Fields = [string, string][];

/** twine 4's form as current twine would send it (see the file comment), without md5. */
function asCurrentTwine(fields: Fields): Fields {
  const sdist = fields.some(([name, value]) => name === 'filetype' && value === 'sdist');
  const pyversion: Fields = sdist ? [['pyversion', 'source']] : [];
  return fields
    .filter(([name]) => !(sdist && name === 'pyversion'))
    .filter(([name, value]) => value !== '' && name !== 'md5_digest')
    .map(([name, value]): [string, string] => {
      if (name === 'provides_extras') return ['provides_extra', value];
      if (name === 'keywords')
        return [
          name,
          value
            .split(',')
            .map((k) => k.trim())
            .join(', '),
        ];
      return [name, value];
    })
    .concat(pyversion);
}

const sorted = (fields: Fields) => [...fields].sort((a, b) => (a.join('\0') < b.join('\0') ? -1 : 1));

async function formsOf(paths: string[]): Promise<{ twine: Map<string, Fields>; ours: Map<string, Fields> }> {
  const twineIndex = await capturingIndex();
  const home = tempDir('twine-home');
  await promisify(execFile)(
    TWINE,
    [
      'upload',
      '--repository-url',
      `${twineIndex.url}legacy/`,
      '-u',
      '__token__',
      '-p',
      'pypi-x',
      '--disable-progress-bar',
      '--non-interactive',
      ...paths,
    ],
    { env: { PATH: process.env.PATH, HOME: home }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`twine upload failed: ${error.message}\n${error.stdout}\n${error.stderr}`);
  });
  const ourIndex = await capturingIndex();
  const target = repositoryEndpoints(`${ourIndex.url}legacy/`);
  const report = await publishDistributions(
    {
      paths,
      uploadUrl: target.uploadUrl,
      index: target.index,
      skipExisting: false,
      dryRun: false,
      concurrency: 4,
    },
    {
      logger: new MemoryLogger(),
      http: new HttpClient({ retries: 0 }),
      credentials: fixedCredentials('__token__', 'pypi-x'),
    },
  );
  expect(report.failed).toBeUndefined();
  const byFile = (server: IndexServer) => new Map(server.uploads.map((u) => [u.filename!, u.fields]));
  // Both sent the file itself the same way.
  for (const server of [twineIndex, ourIndex]) {
    expect(server.uploads.map((u) => [u.fileContentType, u.status])).toEqual(
      paths.map(() => ['application/octet-stream', 200]),
    );
  }
  return { twine: byFile(twineIndex), ours: byFile(ourIndex) };
}

const RICH: [string, string][] = [
  ['Metadata-Version', '2.1'],
  ['Summary', 'A demo with every field twine sends.'],
  ['Home-page', 'https://example.org/demo'],
  ['Download-URL', 'https://example.org/demo/download'],
  ['Author', 'Ada Lovelace'],
  ['Author-email', 'Ada <ada@example.org>'],
  ['Maintainer', 'Grace Hopper'],
  ['Maintainer-email', 'grace@example.org'],
  ['License', 'MIT'],
  ['Keywords', 'alpha,beta gamma, delta'],
  ['Platform', 'any'],
  ['Platform', 'linux'],
  ['Classifier', 'Programming Language :: Python :: 3'],
  ['Classifier', 'License :: OSI Approved :: MIT License'],
  ['Requires-Dist', 'requests>=2'],
  ['Requires-Dist', "pytest; extra == 'dev'"],
  ['Requires-Python', '>=3.9'],
  ['Requires-External', 'libfoo (>=1.0)'],
  ['Project-URL', 'Homepage, https://example.org'],
  ['Project-URL', 'Issues, https://example.org/issues'],
  ['Provides-Extra', 'dev'],
  ['Provides-Dist', 'demo_compat'],
  ['Obsoletes-Dist', 'old_demo'],
  ['Description-Content-Type', 'text/markdown'],
];

describeTwine("the upload form equals twine upload's", () => {
  test('a wheel and an sdist with every field twine 4 knows, and a description body', async () => {
    const dir = tempDir('diff');
    const body = '# Demo\n\nA *demo* package.\n\nWith several lines.\n';
    const metadata = `${RICH.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`;
    const paths = [
      makeWheel(dir, {
        name: 'Demo.Pkg',
        version: '1.0.post1',
        tag: 'py2.py3-none-any',
        metadata: metadata.replace(
          'Metadata-Version: 2.1\n',
          'Metadata-Version: 2.1\nName: Demo.Pkg\nVersion: 1.0.post1\n',
        ),
      }),
      makeSdist(dir, {
        name: 'Demo.Pkg',
        version: '1.0.post1',
        pkgInfo: metadata.replace(
          'Metadata-Version: 2.1\n',
          'Metadata-Version: 2.2\nName: Demo.Pkg\nVersion: 1.0.post1\nDynamic: Requires-Dist\n',
        ),
      }),
    ];
    const { twine, ours } = await formsOf(paths);
    for (const file of twine.keys()) {
      expect(sorted(ours.get(file)!)).toEqual(sorted(asCurrentTwine(twine.get(file)!)));
    }
    // The comparison saw the interesting fields, not two empty forms.
    const wheelForm = new Map(ours.get('demo_pkg-1.0.post1-py2.py3-none-any.whl')!);
    expect(wheelForm.get('name')).toBe('Demo.Pkg');
    expect(wheelForm.get('pyversion')).toBe('py2.py3');
    expect(wheelForm.get('description')).toBe(body);
    expect(new Map(ours.get('demo_pkg-1.0.post1.tar.gz')!).get('dynamic')).toBe('Requires-Dist');
  });

  const corpus = join(
    process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
    'otai-release-tests',
    'real-dists',
  );
  const realDir = existsSync(corpus)
    ? readdirSync(corpus).find((d) => existsSync(join(corpus, d, '.complete')))
    : undefined;
  (realDir ? test : test.skip)('real published wheels from the check-dist corpus', async () => {
    const dir = join(corpus, realDir!);
    const chosen: string[] = [];
    const projects = new Set<string>();
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.whl'))
      .sort()) {
      const dist = await readDistribution(join(dir, name));
      const mv = dist.metadata.raw.metadata_version ?? '';
      const project = (dist.metadata.raw.name ?? '').toLowerCase();
      if (!['1.0', '1.1', '1.2', '2.1', '2.2'].includes(mv) || projects.has(project)) continue;
      // Kept out: what twine 4's pkginfo reads differently from packaging (License-File, 2.4 fields).
      if (dist.metadata.unparsed.size > 0 || dist.metadata.raw.license_files) continue;
      projects.add(project);
      chosen.push(join(dir, name));
      if (chosen.length === 12) break;
    }
    expect(chosen.length).toBeGreaterThanOrEqual(5);
    const { twine, ours } = await formsOf(chosen);
    expect([...ours.keys()].sort()).toEqual([...twine.keys()].sort());
    for (const file of twine.keys()) {
      expect([file, sorted(ours.get(file)!)]).toEqual([file, sorted(asCurrentTwine(twine.get(file)!))]);
    }
  });
});
