/**
 * No missed copies: a `__version__` in the package the backend ships is a version location, so a stale
 * value there fails the check at its line and `version` rewrites it with the rest (poetry-core keeps
 * one in src/poetry/core/__init__.py, inside the `poetry` namespace package).
 */
import { describe, expect, test } from '@jest/globals';
import { checkConsistency } from '@otai-release/core/consistency';
import { readRepository } from '@otai-release/core/pyproject';
import { planVersionChange } from '@otai-release/core/versioning';
import { layouts, materialize } from '../fixtures/layouts.js';

const poetryCore = layouts['poetry-package-mode-false'].files;
const stale = {
  ...poetryCore,
  'src/poetry/core/__init__.py': poetryCore['src/poetry/core/__init__.py'].replace('2.3.2', '2.3.1'),
};

describe('a stale copy in the shipped package', () => {
  test('fails the check at its file and line, saying what to write', () => {
    const result = checkConsistency(readRepository(materialize(stale)));
    const errors = result.findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => [f.code, f.file, f.line])).toEqual([
      ['version-mismatch', 'src/poetry/core/__init__.py', 6],
    ]);
    expect(errors[0].message).toMatch(/change "2\.3\.1" to "2\.3\.2"/);
  });

  test('is rewritten by version with the manifest', () => {
    const plan = planVersionChange(readRepository(materialize(poetryCore)), 'patch');
    expect(plan.edits.map((e) => [e.file, e.replacements.map((r) => `${r.old} → ${r.new}`)])).toEqual([
      ['pyproject.toml', ['2.3.2 → 2.3.3']],
      ['src/poetry/core/__init__.py', ['2.3.2 → 2.3.3']],
    ]);
  });
});
