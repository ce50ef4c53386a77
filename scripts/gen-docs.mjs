#!/usr/bin/env node
// Regenerates the usage block and the inputs/outputs tables of each <action>/README.md from its
// action.yml, between `<!-- start generated -->` and `<!-- end generated -->`; text outside the markers
// is the action's hand-written documentation. CI fails when a README is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const START = '<!-- start generated -->';
const END = '<!-- end generated -->';
const esc = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

function render(name, spec) {
  const inputs = Object.entries(spec.inputs ?? {});
  const outputs = Object.entries(spec.outputs ?? {});
  const usage = [
    '```yaml',
    `- uses: org/otai-release${name ? `/${name}` : ''}@v1`,
    ...(inputs.length ? ['  with:'] : []),
    ...inputs.map(
      ([key, input]) =>
        `    # ${esc(input.description).slice(0, 100)}${esc(input.description).length > 100 ? '…' : ''}\n    ${key}: ${JSON.stringify(String(input.default ?? ''))}`,
    ),
    '```',
  ];
  const table = (rows, head) => [head, head.replace(/[^|]+/g, ' --- '), ...rows].join('\n');
  return [
    START,
    '<!-- Generated from action.yml by `npm run docs`; edit action.yml, not this block. -->',
    '## Usage',
    '',
    ...usage,
    '',
    '## Inputs',
    '',
    inputs.length
      ? table(
          inputs.map(
            ([k, i]) =>
              `| \`${k}\` | ${esc(i.description)} | ${i.default === undefined || i.default === '' ? '' : `\`${esc(i.default)}\``} | ${i.required ? 'yes' : 'no'} |`,
          ),
          '| Input | Description | Default | Required |',
        )
      : 'None.',
    '',
    '## Outputs',
    '',
    outputs.length
      ? table(
          outputs.map(([k, o]) => `| \`${k}\` | ${esc(o.description)} |`),
          '| Output | Description |',
        )
      : 'None.',
    END,
  ].join('\n');
}

// Each action folder's README, and the all-in-one action (the root action.yml) in docs/.
const actions = readdirSync('.', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(d.name, 'action.yml')))
  .map((d) => ({ name: d.name, yml: join(d.name, 'action.yml'), readme: join(d.name, 'README.md') }));
actions.push({ name: '', yml: 'action.yml', readme: join('docs', 'all-in-one-action.md') });
for (const { name, yml, readme } of actions) {
  const spec = parse(readFileSync(yml, 'utf8'));
  const block = render(name, spec);
  const current = existsSync(readme)
    ? readFileSync(readme, 'utf8')
    : `# ${spec.name}\n\n${esc(spec.description)}\n\n${START}\n${END}\n`;
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  if (at === -1 || end === -1) throw new Error(`${readme} lacks the ${START} / ${END} markers`);
  const next = current.slice(0, at) + block + current.slice(end + END.length);
  if (next !== current) writeFileSync(readme, next);
  process.stdout.write(`${next === current ? 'up to date' : 'updated'}: ${readme}\n`);
}

// twine-check's table of check codes comes from the rules themselves, through the bundled CLI
// (run `npm run bundle` first), between `<!-- start rules -->` and `<!-- end rules -->`.
const RULES_START = '<!-- start rules -->';
const RULES_END = '<!-- end rules -->';
const listed = JSON.parse(
  execFileSync(process.execPath, ['dist/cli/index.js', 'check-dist', '--list-rules', '--json'], {
    encoding: 'utf8',
  }),
);
const rules = listed.rules;
const rulesReadme = join('twine-check', 'README.md');
const text = readFileSync(rulesReadme, 'utf8');
const from = text.indexOf(RULES_START);
const to = text.indexOf(RULES_END);
if (from === -1 || to === -1)
  throw new Error(`${rulesReadme} lacks the ${RULES_START} / ${RULES_END} markers`);
const rulesBlock = [
  RULES_START,
  '<!-- Generated from the rules by `npm run docs`. -->',
  `Classifiers are checked against trove-classifiers ${listed.troveClassifiers} (bundled); reStructuredText is rendered with docutils ${listed.pypiDocutils}, PyPI's version.`,
  '',
  '| Code | Level | Whose rule | What it requires |',
  '| --- | --- | --- | --- |',
  ...rules.map((r) => `| \`${r.code}\` | ${r.severity} | ${r.source} | ${esc(r.title)} |`),
  RULES_END,
].join('\n');
const updated = text.slice(0, from) + rulesBlock + text.slice(to + RULES_END.length);
if (updated !== text) writeFileSync(rulesReadme, updated);
process.stdout.write(`${updated === text ? 'up to date' : 'updated'}: ${rulesReadme} (check codes)\n`);
