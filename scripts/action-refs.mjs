#!/usr/bin/env node
// Keeps every reference to our own actions in step: the reusable workflow, the root action and the
// workflow examples all say `uses: <owner>/otai-release/<action>@<ref>` (a `./` path would resolve
// in the caller's checkout, not ours). The one source is package.json's config.actionsRef
// ("org/otai-release@v1"); cutting a new major is `node scripts/action-refs.mjs --set org/otai-release@v2`.
//   --check   (default) every reference names that owner and ref, and every referenced action folder
//             (and the reusable workflow) exists; exit 1 listing each one that does not.
//   --set R   write R to package.json and to every reference.
//   --root D  the repository to work on (default: this one).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, set: { type: 'string' }, root: { type: 'string' } },
});
const root = values.root ?? join(import.meta.dirname, '..');
const REF = /^([\w.-]+)\/otai-release@([\w./-]+)$/;
const USES = /(uses:\s*['"]?)([\w.-]+)\/otai-release\/([\w./-]+?)@([\w./-]+)/g;

function yamlFiles() {
  const files = [];
  for (const dir of ['.github/workflows', 'workflows-examples']) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir)).sort()) if (/\.ya?ml$/.test(f)) files.push(`${dir}/${f}`);
  }
  if (existsSync(join(root, 'action.yml'))) files.push('action.yml');
  return files;
}

const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
if (values.set) {
  if (!REF.test(values.set)) {
    console.error(`--set ${values.set}: write <owner>/otai-release@<ref>, e.g. org/otai-release@v2`);
    process.exit(2);
  }
  pkg.config = { ...pkg.config, actionsRef: values.set };
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
}
const wanted = pkg.config?.actionsRef;
const match = REF.exec(wanted ?? '');
if (!match) {
  console.error(
    `package.json: config.actionsRef must be <owner>/otai-release@<ref>, not ${JSON.stringify(wanted)}`,
  );
  process.exit(1);
}
const [, owner, ref] = match;

const problems = [];
let count = 0;
for (const file of yamlFiles()) {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n');
  const updated = lines.map((line, i) =>
    line.replace(USES, (whole, prefix, o, path, r) => {
      count++;
      const target = path.startsWith('.github/workflows/') ? path : join(path, 'action.yml');
      if (!existsSync(join(root, target))) {
        problems.push(
          `${file}:${i + 1}: ${o}/otai-release/${path}@${r} names ${target}, which does not exist here`,
        );
      }
      if (values.set) return `${prefix}${owner}/otai-release/${path}@${ref}`;
      if (o !== owner || r !== ref) {
        problems.push(
          `${file}:${i + 1}: ${o}/otai-release/${path}@${r} should be ${owner}/otai-release/${path}@${ref} (package.json config.actionsRef)`,
        );
      }
      return whole;
    }),
  );
  if (values.set) writeFileSync(join(root, file), updated.join('\n'));
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(values.set ? '' : `Run: node scripts/action-refs.mjs --set ${wanted}`);
  process.exit(1);
}
console.log(`${count} reference(s) to ${owner}/otai-release@${ref}, every one in step and present.`);
