/** `otai-release doctor`: reads a repository and its workflows and reports what would break a release. */
import { resolve } from 'node:path';
import type { DoctorFinding } from './findings.js';
import { readForDoctor, versionFindings } from './repository-checks.js';
import {
  dockerFindings,
  publishFindings,
  shallowCheckoutFindings,
  tagTriggerFindings,
} from './workflow-checks.js';
import { readWorkflows } from './workflows.js';

/** What to examine. */
export interface DoctorOptions {
  /** The repository root. */
  path: string;
  /**
   * The environment name entered in PyPI's trusted-publisher form; publish jobs must run in it.
   * Undefined: not checked (PyPI accepts any environment when the publisher names none).
   */
  environment?: string;
}

/** Everything the doctor found, and what it looked at. */
export interface DoctorReport {
  root: string;
  findings: DoctorFinding[];
  /** The workflow files read (repository-relative). */
  workflows: string[];
  /** The packages read, with the tag each would be released under. */
  packages: { name: string; path: string; tagFormat: string }[];
}

/** Runs every check; never throws for problems in the repository (they are findings). */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const root = resolve(options.path);
  const { repository, findings } = readForDoctor(root);
  const { workflows, unreadable } = readWorkflows(root);
  for (const u of unreadable) {
    findings.push({
      level: 'error',
      code: 'unreadable-workflow',
      message: `This workflow is not valid YAML (${u.error}); GitHub will not run it.`,
      file: u.file,
      line: u.line,
      fix: 'Correct the YAML at that line (actionlint shows the same).',
    });
  }
  if (repository) {
    findings.push(...(await versionFindings(repository)));
    findings.push(...tagTriggerFindings(repository, workflows));
    findings.push(...shallowCheckoutFindings(repository, workflows));
    findings.push(...dockerFindings(repository, workflows));
  }
  findings.push(...publishFindings(workflows, options.environment));
  return {
    root,
    findings,
    workflows: workflows.map((w) => w.file),
    packages: (repository?.packages ?? []).map((p) => ({
      name: p.name,
      path: p.path,
      tagFormat: p.tagFormat,
    })),
  };
}
