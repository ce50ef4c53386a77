/**
 * What a workflow step does, for the doctor: publish to an index (and how it authenticates), build
 * distributions, check the repository out, or build a container image. Matched on the actions and
 * commands users actually write, ours and the ones they migrate from.
 */
import type { WorkflowStep } from './workflows.js';

const PUBLISH_ACTIONS = [
  /^pypa\/gh-action-pypi-publish@/,
  /(^|\/)otai-release\/pypi-publish-oidc@/,
  /^\.\/pypi-publish-oidc\/?$/,
];
const BUILD_ACTIONS = [
  /(^|\/)otai-release\/build-python-dist@/,
  /^\.\/build-python-dist\/?$/,
  /^hynek\/build-and-inspect-python-package@/,
];
const BUILD_COMMANDS =
  /\b(python3?\s+-m\s+build|pyproject-build|uv\s+build|hatch\s+build|pdm\s+build|poetry\s+build|otai-release\s+build|python3?\s+setup\.py\s+(sdist|bdist_wheel))\b/;
const DOCKER_ACTIONS = [/^docker\/build-push-action@/, /^docker\/bake-action@/];
const DOCKER_COMMANDS = /\b(docker\s+(buildx\s+)?(build|bake)|buildah\s+(build|bud)|podman\s+build)\b/;
const OUR_DOCKER = [/(^|\/)otai-release\/docker-variants@/, /^\.\/docker-variants\/?$/];

function usesOneOf(step: WorkflowStep, patterns: RegExp[]): boolean {
  return step.uses !== undefined && patterns.some((p) => p.test(step.uses!));
}

/** How a step publishes to an index, or undefined when it does not publish. */
export function publishing(step: WorkflowStep): 'trusted' | 'token' | undefined {
  if (usesOneOf(step, PUBLISH_ACTIONS)) {
    // A dry run uploads nothing and mints no token, unless asked to prove the exchange works.
    if (step.with['dry-run'] === 'true' && step.with['verify-auth'] !== 'true') return undefined;
    // Both actions switch to trusted publishing exactly when the password is empty.
    return (step.with.password ?? '').trim() === '' ? 'trusted' : 'token';
  }
  const run = step.run ?? '';
  if (/\buv\s+publish\b/.test(run)) {
    // uv publishes with trusted publishing on GitHub Actions unless a token or password is given.
    const token =
      /--token\b|-t\s|--password\b|-p\s/.test(run) ||
      'UV_PUBLISH_TOKEN' in step.env ||
      'UV_PUBLISH_PASSWORD' in step.env;
    return token ? 'token' : 'trusted';
  }
  if (/\btwine\s+upload\b/.test(run)) return 'token';
  return undefined;
}

/** Whether a step builds sdists or wheels. */
export function builds(step: WorkflowStep): boolean {
  return usesOneOf(step, BUILD_ACTIONS) || BUILD_COMMANDS.test(step.run ?? '');
}

/** Whether a step is actions/checkout. */
export function checksOut(step: WorkflowStep): boolean {
  return /^actions\/checkout@/.test(step.uses ?? '');
}

/** Whether a step builds a container image: ours (`ours`) or any other way (`other`). */
export function buildsImage(step: WorkflowStep): 'ours' | 'other' | undefined {
  if (usesOneOf(step, OUR_DOCKER)) return 'ours';
  if (usesOneOf(step, DOCKER_ACTIONS) || DOCKER_COMMANDS.test(step.run ?? '')) return 'other';
  return undefined;
}

/** Whether a step looks like it waits for packages to appear on the index before an image build. */
export function waitsForIndex(step: WorkflowStep): boolean {
  return /\b(pip3?\s+(download|index\s+versions)|simple\/|pypi\.org\/pypi\/|sleep\s+\d|until\s)/.test(
    step.run ?? '',
  );
}
