/**
 * What in the workflows would break a release that the repository itself cannot show: triggers that
 * never fire for the tags this repository makes, trusted publishing that PyPI will refuse, builds of
 * tag-versioned packages from shallow clones, and image builds that race the index's CDN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { format, join } from 'node:path';
import { canonicalizeName } from '../names/index.js';
import { type PythonPackage, renderTag, type Repository } from '../pyproject/index.js';
import { matchesFilters } from './filter-pattern.js';
import type { DoctorFinding } from './findings.js';
import { builds, buildsImage, checksOut, publishing, waitsForIndex } from './steps.js';
import type { Workflow, WorkflowJob, WorkflowStep } from './workflows.js';

/** The Dockerfile's default name; joined with path.format, not join (ncc's asset relocator would bundle every Dockerfile it finds). */
const DOCKERFILE_NAME = 'Dockerfile';

/** A version to render example tags with when a package's version comes from its tag. */
const SAMPLE_VERSION = '1.2.3';

/**
 * Formats worth trying when none is configured: the defaults validate-versions accepts, and the
 * per-package forms monorepos use (`hatch-v1.16.5`, `setuptools-scm-v9.0.0`), which it infers from tags.
 */
const UNCONFIGURED_EXTRA_FORMATS = ['{name}-v{version}', '{name}-{version}'];

/** Tag pushes that trigger no publishing workflow for some package's tag. */
export function tagTriggerFindings(repository: Repository, workflows: Workflow[]): DoctorFinding[] {
  const publishers = workflows.filter((w) => w.jobs.some((j) => j.steps.some((s) => publishing(s))));
  const tagged = publishers.filter((w) => w.tagPatterns !== undefined && w.events.includes('push'));
  if (tagged.length === 0) return [];
  // With another way to start a publishing workflow (dispatch, a release, a branch push), a tag the
  // filters miss may simply not be how that package is released.
  const otherRoute = publishers.some((w) => startsOtherwise(w));
  const findings: DoctorFinding[] = [];
  for (const pkg of repository.packages) {
    const configured =
      repository.config.tagFormatSet ||
      repository.config.packages?.some((p) => p.path === pkg.path && p.tagFormat);
    const formats = configured
      ? pkg.acceptedTagFormats
      : [...pkg.acceptedTagFormats, ...UNCONFIGURED_EXTRA_FORMATS];
    const version = pkg.locations[0]?.raw ?? SAMPLE_VERSION;
    const tags = formats.map((f) => renderTag(f, version, pkg.name));
    if (tagged.some((w) => tags.some((t) => matchesFilters(w.tagPatterns!, t)))) continue;
    if (!configured && otherRoute) continue;
    const first = tagged[0]!;
    const patterns = tagged.flatMap((w) => w.tagPatterns!);
    const shown = configured ? tags : tags.slice(0, pkg.acceptedTagFormats.length);
    findings.push({
      level: configured && !otherRoute ? 'error' : 'warning',
      code: 'tag-trigger-mismatch',
      message: `Pushing ${pkg.name}'s tag ${shown.map((t) => `'${t}'`).join(' or ')} (tag format ${pkg.tagFormat}${configured ? '' : ', the default: none is configured'}) starts no publishing workflow: ${
        patterns.length === 1 ? 'the tag filter is' : 'the tag filters are'
      } ${patterns.map((p) => `'${p}'`).join(', ')}.`,
      file: first.file,
      line: first.tagPatternsLine,
      fix: configured
        ? `Add a pattern that matches the tag under on.push.tags, e.g. '${filterFor(pkg.tagFormat)}', or change tag-format in [tool.otai-release] to the tags you push.`
        : `Set tag-format in [tool.otai-release] to the tags you push (for '${patterns[0]}' perhaps "${patterns[0]!.replace(/\*+$/, '')}{version}"), or add '${filterFor(pkg.tagFormat)}' under on.push.tags.`,
    });
  }
  return findings;
}

/** Whether a workflow also starts some other way than a tag push: dispatch, release, schedule, branch pushes. */
function startsOtherwise(workflow: Workflow): boolean {
  return (
    workflow.events.some((e) => e !== 'push' && e !== 'pull_request' && e !== 'pull_request_target') ||
    workflow.pushBranches
  );
}

/** A filter pattern matching every tag of a format: the version part becomes `[0-9]*`. */
function filterFor(format: string): string {
  return format.replace('{version}', '[0-9]*').replaceAll('{name}', '*');
}

/** Trusted-publishing steps that PyPI will refuse: no ID token, a reusable workflow, another environment. */
export function publishFindings(workflows: Workflow[], environment: string | undefined): DoctorFinding[] {
  const findings: DoctorFinding[] = [];
  for (const workflow of workflows) {
    const reusable = workflow.events.includes('workflow_call');
    for (const job of workflow.jobs) {
      const step = job.steps.find((s) => publishing(s) === 'trusted');
      if (!step) continue;
      if (reusable) {
        const name = workflow.file.split('/').pop()!;
        findings.push({
          level: 'warning',
          code: 'publish-in-reusable-workflow',
          message: `Job '${job.id}' publishes with trusted publishing inside a reusable workflow (on: workflow_call). PyPI matches the job_workflow_ref claim, which names this file (${name}), not the workflow that calls it: a publisher registered for the caller's file fails with invalid-publisher, and a reusable workflow in another repository can never match.`,
          file: workflow.file,
          line: step.line,
          fix: `Register ${name} as the workflow name of the trusted publisher on PyPI, or move the publish job into the calling workflow; never publish from another repository's reusable workflow.`,
        });
      } else if (!grantsIdToken(job.permissions ?? workflow.permissions)) {
        findings.push({
          level: 'error',
          code: 'publish-without-id-token',
          message: `Job '${job.id}' publishes with trusted publishing but its token cannot request an OIDC ID token: ${permissionText(job, workflow)}.`,
          file: workflow.file,
          line: job.permissionsLine ?? job.line,
          fix: `Give the job the permission (job-level permissions replace the workflow's):\n  ${job.id}:\n    permissions:\n      id-token: write`,
        });
      }
      if (environment !== undefined) findings.push(...environmentFindings(workflow, job, step, environment));
    }
  }
  return findings;
}

function environmentFindings(
  workflow: Workflow,
  job: WorkflowJob,
  step: WorkflowStep,
  expected: string,
): DoctorFinding[] {
  const actual = job.environment;
  if (actual !== undefined && actual.includes('${{')) {
    return [
      {
        level: 'warning',
        code: 'publish-environment-mismatch',
        message: `Job '${job.id}' picks its environment with an expression (${actual}); PyPI's publisher expects '${expected}' and refuses any other name.`,
        file: workflow.file,
        line: job.environmentLine,
        fix: `Make sure the expression yields '${expected}' for releases, or write environment: ${expected}.`,
      },
    ];
  }
  if (actual !== undefined && actual.toLowerCase() === expected.toLowerCase()) return [];
  return [
    {
      level: 'error',
      code: 'publish-environment-mismatch',
      message:
        actual === undefined
          ? `Job '${job.id}' publishes without an environment, but the PyPI publisher is registered with environment '${expected}': the token exchange fails with invalid-publisher ("Check failed for optional claim 'environment'").`
          : `Job '${job.id}' runs in environment '${actual}', but the PyPI publisher is registered with environment '${expected}': the token exchange fails with invalid-publisher.`,
      file: workflow.file,
      line: job.environmentLine ?? job.line,
      fix: `Set the job's environment to the one on PyPI:\n  ${job.id}:\n    environment: ${expected}\n(or change the publisher's environment on PyPI; step at line ${step.line}).`,
    },
  ];
}

function grantsIdToken(permissions: WorkflowJob['permissions']): boolean {
  if (permissions === 'write-all') return true;
  if (permissions === undefined || permissions === 'read-all') return false;
  return permissions['id-token'] === 'write';
}

function permissionText(job: WorkflowJob, workflow: Workflow): string {
  const p = job.permissions ?? workflow.permissions;
  const where = job.permissions !== undefined ? 'the job' : 'the workflow';
  if (p === undefined)
    return "no permissions are set, and the default token's permissions never include id-token";
  if (p === 'read-all') return `${where} sets permissions: read-all`;
  return `${where}'s permissions (${
    Object.entries(p)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ') || 'none'
  }) lack id-token: write`;
}

/**
 * Builds of tag-versioned packages from a checkout without history, in a publishing workflow that can
 * run at a commit without a tag (dispatch, branch pushes, schedules): the version plugin then falls
 * back to 0.0.0 or a `.devN+g…` version. A tag push or a release checks the tag out even shallowly,
 * and `git describe` finds it on HEAD, so those are fine.
 */
export function shallowCheckoutFindings(repository: Repository, workflows: Workflow[]): DoctorFinding[] {
  const tagVersioned = repository.packages.filter((p) => p.tagDerived);
  if (tagVersioned.length === 0) return [];
  const findings: DoctorFinding[] = [];
  for (const workflow of workflows) {
    if (!workflow.jobs.some((j) => j.steps.some((s) => publishing(s)))) continue;
    const untagged = untaggedStarts(workflow);
    if (untagged.length === 0) continue;
    for (const job of workflow.jobs) {
      const buildAt = job.steps.findIndex(builds);
      if (buildAt < 0) continue;
      const built = builtPackages(job.steps[buildAt]!, repository).filter((p) => p.tagDerived);
      if (built.length === 0) continue;
      const tools = [...new Set(built.map((p) => p.tagDerived!.tool))].join(', ');
      for (const step of job.steps.slice(0, buildAt)) {
        if (!checksOut(step) || step.with['fetch-depth'] === '0') continue;
        findings.push({
          level: 'error',
          code: 'shallow-checkout-tag-version',
          message: `Job '${job.id}' builds ${built.map((p) => p.name).join(', ')}, whose version comes from git tags (${tools}), from a shallow checkout (fetch-depth ${step.with['fetch-depth'] ?? '1, the default'}); started by ${untagged.join(' or ')} it runs at a commit without a tag, and without the history the version plugin builds 0.0.0 or a .dev version.`,
          file: workflow.file,
          line: step.line,
          fix: `Fetch the whole history:\n  - uses: ${step.uses}\n    with:\n      fetch-depth: 0`,
        });
      }
    }
  }
  return findings;
}

/** The events that start a workflow at a commit that need not carry a tag. */
function untaggedStarts(workflow: Workflow): string[] {
  const starts = workflow.events.filter((e) =>
    ['workflow_dispatch', 'schedule', 'pull_request', 'pull_request_target', 'merge_group'].includes(e),
  );
  if (workflow.pushBranches) starts.unshift('a branch push');
  return starts;
}

/** The packages a build step builds: the directory or package it names, else every package. */
function builtPackages(step: WorkflowStep, repository: Repository): PythonPackage[] {
  const run = step.run ?? '';
  const named = /--package[ =]([\w.-]+)/.exec(run)?.[1];
  if (named) return repository.packages.filter((p) => canonicalizeName(p.name) === canonicalizeName(named));
  const dir = /\b(?:python3?\s+-m\s+build|pyproject-build|uv\s+build)\s+(?:-\S+\s+)*([^\s-][^\s;&|]*)/.exec(
    run,
  )?.[1];
  if (dir) {
    const path = dir.replace(/^\.\//, '').replace(/\/$/, '') || '.';
    const match = repository.packages.filter((p) => p.path === path);
    if (match.length > 0) return match;
  }
  return repository.packages;
}

/** Image builds that install the just-published packages from the index without waiting for them to appear there. */
export function dockerFindings(repository: Repository, workflows: Workflow[]): DoctorFinding[] {
  const names = repository.packages.map((p) => canonicalizeName(p.name));
  const findings: DoctorFinding[] = [];
  for (const workflow of workflows) {
    const publishers = workflow.jobs.filter((j) => j.steps.some((s) => publishing(s)));
    if (publishers.length === 0) continue;
    for (const job of workflow.jobs) {
      const after = publishers.some((p) => p === job)
        ? job.steps.slice(job.steps.findIndex((s) => publishing(s)) + 1)
        : publishers.some((p) => needsTransitively(workflow, job, p.id))
          ? job.steps
          : [];
      let waited = false;
      for (const step of after) {
        if (waitsForIndex(step)) waited = true;
        const kind = buildsImage(step);
        if (!kind || waited) continue;
        if (kind === 'ours') {
          if (step.with['wait-for-index'] !== 'false' || step.with['install-from'] === 'dist') continue;
          findings.push(
            raceFinding(
              workflow,
              job,
              step,
              'wait-for-index: false',
              'Remove `wait-for-index: false` (the default waits until every package==version is on the simple index), or use `install-from: dist`.',
            ),
          );
          continue;
        }
        const installs = dockerfileInstalls(repository.root, step, names);
        if (installs.length === 0) continue;
        findings.push(
          raceFinding(
            workflow,
            job,
            step,
            `its Dockerfile pip-installs ${installs.join(', ')}`,
            'Build with org/otai-release/docker-variants@v1 (it waits until every package==version is on the simple index), or add a step before the build that polls the index until the version is listed.',
          ),
        );
      }
    }
  }
  return findings;
}

function raceFinding(
  workflow: Workflow,
  job: WorkflowJob,
  step: WorkflowStep,
  why: string,
  fix: string,
): DoctorFinding {
  return {
    level: 'error',
    code: 'docker-before-index',
    message: `Job '${job.id}' builds an image right after publishing and ${why}, without waiting for the new version to reach the index: PyPI's CDN can answer "No matching distribution found" for minutes after an upload.`,
    file: workflow.file,
    line: step.line,
    fix,
  };
}

function needsTransitively(
  workflow: Workflow,
  job: WorkflowJob,
  target: string,
  seen = new Set<string>(),
): boolean {
  for (const need of job.needs) {
    if (need === target) return true;
    if (seen.has(need)) continue;
    seen.add(need);
    const next = workflow.jobs.find((j) => j.id === need);
    if (next && needsTransitively(workflow, next, target, seen)) return true;
  }
  return false;
}

/** The repository's packages a step's Dockerfile installs with pip/uv; [] when it cannot be read. */
function dockerfileInstalls(root: string, step: WorkflowStep, names: string[]): string[] {
  const runFile = /(?:-f|--file)[ =](\S+)/.exec(step.run ?? '')?.[1];
  const file = step.with.file ?? runFile ?? format({ dir: step.with.context ?? '.', base: DOCKERFILE_NAME });
  const path = join(root, file);
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => /\b(pip3?|uv\s+pip|pipx)\s+install\b/.test(l));
  // `pip install $PACKAGES` takes the names from the build args the step passes.
  if (lines.some((l) => l.includes('$'))) lines.push(step.with['build-args'] ?? '');
  const installs = lines.join('\n').toLowerCase().replace(/_/g, '-');
  return names.filter((n) =>
    new RegExp(`(^|[\\s"'=,])${n.replace(/[.]/g, '\\.')}([\\s"'=<>~!\\[]|$)`, 'm').test(installs),
  );
}
