#!/usr/bin/env node
// Generates a lockstep monorepo of N packages (default 500) under bench/.work/monoN for the
// `otai-release check` benchmark: a mix of the layouts real repositories use (static [project].version,
// hatch path, setuptools attr, a VERSION copy) with pins on the core package.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 500);
const root = join('bench', '.work', `mono${count}`);
const version = '2.3.0';
rmSync(root, { recursive: true, force: true });
const write = (file, text) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
write(
  'pyproject.toml',
  `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "bench-core"\nversion = "${version}"\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n`,
);
write('src/bench_core/__init__.py', `__version__ = "${version}"\n`);
for (let i = 0; i < count - 1; i++) {
  const name = `bench-plugin-${i}`;
  const mod = name.replace(/-/g, '_');
  const dir = `packages/${mod}`;
  const deps = `dependencies = ["bench-core>=${version},<3", "requests>=2"]`;
  switch (i % 3) {
    case 0:
      write(
        `${dir}/pyproject.toml`,
        `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${name}"\nversion = "${version}"\n${deps}\n`,
      );
      write(`${dir}/src/${mod}/__init__.py`, `"""Plugin ${i}."""\n\n__version__ = "${version}"\n`);
      break;
    case 1:
      write(
        `${dir}/pyproject.toml`,
        `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${name}"\ndynamic = ["version"]\n${deps}\n\n[tool.hatch.version]\npath = "src/${mod}/__about__.py"\n`,
      );
      write(`${dir}/src/${mod}/__about__.py`, `__version__ = "${version}"\n`);
      write(`${dir}/src/${mod}/__init__.py`, '');
      break;
    default:
      write(
        `${dir}/pyproject.toml`,
        `[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "${name}"\ndynamic = ["version"]\n${deps}\n\n[tool.setuptools.dynamic]\nversion = {attr = "${mod}.__version__"}\n`,
      );
      write(`${dir}/src/${mod}/__init__.py`, `from ._version import __version__\n`);
      write(`${dir}/src/${mod}/_version.py`, `__version__ = "${version}"\n`);
      write(`${dir}/VERSION`, `${version}\n`);
  }
}
process.stdout.write(`${root}\n`);
