#!/usr/bin/env node
// Bundles every action (actions/<name>/main.ts → dist/<name>/index.js) and the CLI (dist/cli/index.js)
// with ncc. dist/ is committed: runners execute it without installing anything. CI rebuilds it and
// fails when the committed copy differs.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ncc = join('node_modules', '.bin', 'ncc');
const targets = readdirSync('actions', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('actions', d.name, 'main.ts')))
  .map((d) => ({ entry: join('actions', d.name, 'main.ts'), out: join('dist', d.name) }));
targets.push({ entry: join('packages', 'cli', 'src', 'bin.ts'), out: join('dist', 'cli') });

const only = process.argv.slice(2);
// Only a full build starts from an empty dist/; `npm run bundle -- cli` replaces dist/cli alone.
if (only.length === 0) rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of targets) {
  if (only.length && !only.some((o) => out.endsWith(o))) continue;
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--quiet', '--target', 'es2023'], { stdio: 'inherit' });
  process.stdout.write(`bundled ${entry} → ${out}/index.js\n`);
}
chmodSync(join('dist', 'cli', 'index.js'), 0o755);
