/**
 * buildDistributions with real builds (pypa/build 0.9 + hatchling/setuptools from /usr/bin/python3):
 * several packages in parallel with results in target order, one kind or both, the output directory
 * (created, same-named files replaced, strangers named in a warning), and nothing written when any
 * package fails verification.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { buildDistributions } from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
import { cleanup, materialize } from '../fixtures/layouts.js';
import {
  committedRepo,
  inTreeProject,
  MONOREPO_TARGETS,
  monorepoFiles,
  options,
  PYTHON,
} from './projects.js';

jest.setTimeout(120_000);
afterAll(cleanup);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('buildDistributions', () => {
  test('builds three packages two at a time: every sdist and wheel, in target order, logged one group each', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = join(materialize({}), 'dist');
    const opts = options(root, outDir, { jobs: 2 });

    const result = await buildDistributions(opts);

    expect(result.packages.map((p) => [p.name, p.path])).toEqual(
      MONOREPO_TARGETS.map((t) => [t.name, t.path]),
    );
    expect(result.files.map((f) => f.filename)).toEqual([
      'open_ticket_ai-1.4.0.tar.gz',
      'open_ticket_ai-1.4.0-py3-none-any.whl',
      'otai_hf_local-1.4.0.tar.gz',
      'otai_hf_local-1.4.0-py3-none-any.whl',
      'otai_otobo_znuny-1.4.0.tar.gz',
      'otai_otobo_znuny-1.4.0-py3-none-any.whl',
    ]);
    expect(readdirSync(outDir).sort()).toEqual(result.files.map((f) => f.filename).sort());
    for (const file of result.files) {
      expect(file.path).toBe(join(outDir, file.filename));
      expect(file.kind).toBe(file.filename.endsWith('.whl') ? 'wheel' : 'sdist');
      expect(file.version).toBe('1.4.0');
      expect(file.sha256).toBe(sha256(file.path));
      expect(file.size).toBe(readFileSync(file.path).length);
    }
    expect(result.packages.every((p) => p.seconds > 0)).toBe(true);
    const info = opts.logger.messages('info');
    expect(info).toContain(
      'Build requirements: all 3 declared by 3 package(s) are installed in /usr/bin/python3.',
    );
    for (const target of MONOREPO_TARGETS) {
      expect(info).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${target.name} \\(.*\\): editables>=0\\.3 \\(required by hatchling\\) is not installed; accepted, since hatchling imports editables only for editable installs`,
          ),
        ),
      );
    }

    // One group per package, each holding only its own command and output (no interleaving).
    const entries = opts.logger.entries;
    const groups = entries.flatMap((e, i) => (e.level === 'group' ? [i] : []));
    expect(groups).toHaveLength(3);
    for (const [n, start] of groups.entries()) {
      const title = entries[start]!.message;
      const target = MONOREPO_TARGETS.find((t) => title.includes(t.name))!;
      const body = entries.slice(start + 1, groups[n + 1] ?? entries.length).map((e) => e.message);
      const built = result.packages.find((p) => p.name === target.name)!.files.map((f) => f.filename);
      expect(body[0]).toMatch(/^\$ \/usr\/bin\/python3 -m build /);
      // Debian's hatchling declares `editables`, which Debian lacks: accepted before the build, so
      // pypa/build's own check, which would refuse it, is skipped for these packages (and only these).
      expect(body[0]).toMatch(/ --no-isolation --skip-dependency-check$/);
      for (const filename of built) expect(body.join('\n')).toContain(filename);
      for (const other of result.files.filter((f) => !built.includes(f.filename))) {
        expect(body.join('\n')).not.toContain(other.filename);
      }
      // pypa/build's default: the wheel is built from the sdist, not from the source tree.
      expect(body.join('\n')).toContain('Building wheel from sdist');
    }
  });

  test('jobs bounds how many builds run at once', async () => {
    // Each build hook sleeps and records when it ran; with jobs 2, two builds overlap and never three.
    const hook = [
      'start = time.time(); time.sleep(0.6)',
      'with open(os.path.join(os.environ["HOOK_TIMES"], f"{os.getpid()}-{time.time_ns()}"), "w") as out:',
      '    out.write(f"{start} {time.time()}")',
    ];
    const names = ['slow-a', 'slow-b', 'slow-c'];
    const root = committedRepo(
      Object.fromEntries(
        names.flatMap((name) =>
          Object.entries(inTreeProject(name, '1.0.0', hook)).map(([file, text]) => [`${name}/${file}`, text]),
        ),
      ),
    );
    const times = materialize({});
    const opts = options(root, join(materialize({}), 'dist'), {
      jobs: 2,
      targets: names.map((name) => ({ name, path: name, version: '1.0.0' })),
    });
    opts.env = { ...opts.env, HOOK_TIMES: times };

    const result = await buildDistributions(opts);

    expect(result.packages.map((p) => p.files.map((f) => f.filename))).toEqual(
      names.map((name) => {
        const stem = name.replace('-', '_');
        return [`${stem}-1.0.0.tar.gz`, `${stem}-1.0.0-py3-none-any.whl`];
      }),
    );
    const events = readdirSync(times)
      .flatMap((file) => {
        const [start, end] = readFileSync(join(times, file), 'utf8').split(' ').map(Number);
        return [
          [start!, 1],
          [end!, -1],
        ];
      })
      .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(events).toHaveLength(12);
    let running = 0;
    let most = 0;
    for (const [, step] of events) most = Math.max(most, (running += step!));
    expect(most).toBe(2);
  });

  test('sdist only: one .tar.gz per package, into an output directory that did not exist', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = join(materialize({}), 'a', 'b', 'dist');
    const result = await buildDistributions(
      options(root, outDir, { wheel: false, targets: [MONOREPO_TARGETS[1]!] }),
    );
    expect(result.files.map((f) => [f.filename, f.kind])).toEqual([['otai_hf_local-1.4.0.tar.gz', 'sdist']]);
    expect(readdirSync(outDir)).toEqual(['otai_hf_local-1.4.0.tar.gz']);
  });

  test('wheel only: replaces a same-named file and warns about the other distributions already there', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = materialize({
      'otai_hf_local-1.4.0-py3-none-any.whl': 'stale bytes',
      'old_project-0.9.tar.gz': 'left over',
      'notes.txt': 'not a distribution',
    });
    const opts = options(root, outDir, { sdist: false, targets: [MONOREPO_TARGETS[1]!] });

    const result = await buildDistributions(opts);

    expect(result.files.map((f) => [f.filename, f.kind])).toEqual([
      ['otai_hf_local-1.4.0-py3-none-any.whl', 'wheel'],
    ]);
    const wheel = join(outDir, 'otai_hf_local-1.4.0-py3-none-any.whl');
    expect(readFileSync(wheel).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(readdirSync(outDir).sort()).toEqual([
      'notes.txt',
      'old_project-0.9.tar.gz',
      'otai_hf_local-1.4.0-py3-none-any.whl',
    ]);
    const warnings = opts.logger.messages('warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('old_project-0.9.tar.gz');
    expect(warnings[0]).not.toContain('otai_hf_local');
    expect(warnings[0]).not.toContain('notes.txt');
  });

  test('a package at another version than expected stops the build and nothing reaches the output directory', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = join(materialize({}), 'dist');
    const targets = [MONOREPO_TARGETS[0]!, { ...MONOREPO_TARGETS[1]!, version: '1.5.0' }];

    const error = await buildDistributions(options(root, outDir, { targets, jobs: 1 })).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain('otai-hf-local (packages/otai_hf_local)');
    expect(message).toContain('version 1.4.0, but 1.5.0 was expected');
    expect(message).not.toContain('fetch-depth');
    expect(existsSync(outDir)).toBe(false);
  });

  test('the expected version is compared in canonical PEP 440 form', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = join(materialize({}), 'dist');
    const targets = [{ name: 'OTAI_HF.Local', path: 'packages/otai_hf_local', version: 'v1.4.0.0' }];
    const result = await buildDistributions(options(root, outDir, { targets, wheel: false }));
    expect(result.files.map((f) => f.filename)).toEqual(['otai_hf_local-1.4.0.tar.gz']);
  });

  test('a target whose directory builds another project is refused', async () => {
    const root = committedRepo(monorepoFiles());
    const outDir = join(materialize({}), 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'keep.txt'), 'x');
    const targets = [{ name: 'otai-wrong', path: 'packages/otai_hf_local' }];

    const error = await buildDistributions(options(root, outDir, { targets })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("a distribution of 'otai_hf_local', not of 'otai-wrong'");
    expect((error as Error).message).toContain('packages/otai_hf_local/pyproject.toml');
    expect(readdirSync(outDir)).toEqual(['keep.txt']);
  });

  test("frontend 'uv' runs `uv build` with uv's flags", async () => {
    // uv is not installed here: a stand-in on PATH records its arguments and builds with pypa/build.
    const bin = materialize({
      uv: [
        '#!/bin/sh',
        'if [ "$1" = "--version" ]; then echo "uv 0.0.0 (stand-in)"; exit 0; fi',
        'printf "%s\\n" "$@" > "$UV_ARGS"',
        `exec ${PYTHON} -m build "$2" --outdir "$4" --wheel --no-isolation --skip-dependency-check`,
        '',
      ].join('\n'),
    });
    chmodSync(join(bin, 'uv'), 0o755);
    const root = committedRepo(monorepoFiles());
    const argsFile = join(materialize({}), 'args');
    const opts = options(root, join(materialize({}), 'dist'), {
      frontend: 'uv',
      sdist: false,
      targets: [MONOREPO_TARGETS[2]!],
    });
    opts.env = { ...opts.env, PATH: `${bin}:${process.env.PATH}`, UV_ARGS: argsFile };

    const result = await buildDistributions(opts);

    expect(result.files.map((f) => f.filename)).toEqual(['otai_otobo_znuny-1.4.0-py3-none-any.whl']);
    const args = readFileSync(argsFile, 'utf8').trimEnd().split('\n');
    expect(args).toEqual([
      'build',
      join(root, 'packages/otai_otobo_znuny'),
      '--out-dir',
      args[3],
      '--wheel',
      '--no-build-isolation',
      '--python',
      PYTHON,
    ]);
    expect(args[3]).not.toContain(root);
    expect(opts.logger.messages('info')).toContain(`$ ${join(bin, 'uv')} ${args.join(' ')}`);
  });
});
