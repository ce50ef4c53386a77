#!/usr/bin/env node
// Times two whole commands in turn (A B A B …, after one warm-up of each) and prints min/median/max of
// wall time and peak RSS for each, and the median of the pair-by-pair ratios B/A ("A is N× faster").
//   node bench/compare.mjs [--runs N] -- A-COMMAND... -- B-COMMAND...
// Peak RSS comes from GNU time (/usr/bin/time -f %M) when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
let runs = 10;
if (args[0] === '--runs') {
  runs = Number(args[1]);
  args.splice(0, 2);
}
const split = args.indexOf('--', 1);
if (args[0] !== '--' || split === -1) {
  console.error('usage: node bench/compare.mjs [--runs N] -- A-COMMAND... -- B-COMMAND...');
  process.exit(2);
}
const commands = [args.slice(1, split), args.slice(split + 1)];
const gnuTime = existsSync('/usr/bin/time');

function once(cmd) {
  const argv = gnuTime ? ['/usr/bin/time', '-f', '%M', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error) throw r.error;
  const rss = gnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { wall, rss, code: r.status };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
};
const fmt = ({ min, median, max }, unit, digits = 3) =>
  `${median.toFixed(digits)}${unit} median (min ${min.toFixed(digits)}, max ${max.toFixed(digits)})`;

for (const cmd of commands) once(cmd);
const results = [[], []];
for (let i = 0; i < runs; i++) for (const [k, cmd] of commands.entries()) results[k].push(once(cmd));
for (const [k, cmd] of commands.entries()) {
  const r = results[k];
  const shown =
    cmd.length > 8 ? `${cmd.slice(0, 7).join(' ')} … (${cmd.length - 7} more arguments)` : cmd.join(' ');
  console.log(`${'AB'[k]}: ${shown}`);
  console.log(
    `   wall ${fmt(stats(r.map((x) => x.wall)), ' s')}; peak RSS ${fmt(stats(r.map((x) => x.rss)), ' MiB', 0)}; exit codes ${[...new Set(r.map((x) => x.code))].join(',')}`,
  );
}
const ratios = results[0].map((a, i) => results[1][i].wall / a.wall);
console.log(`B/A wall ratio: ${fmt(stats(ratios), '×', 2)} over ${runs} pairs`);
