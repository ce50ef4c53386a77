/**
 * GitHub Actions workflow files read for what a release depends on: triggers, permissions, jobs,
 * their environment, needs and steps — each with the line it is written on, so every finding points
 * at the place to change. A file that is not valid YAML is reported, not thrown: the doctor goes on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';

/** One step of a job. */
export interface WorkflowStep {
  line: number;
  name?: string;
  uses?: string;
  run?: string;
  with: Record<string, string>;
  env: Record<string, string>;
}

/** The `permissions` a job's GITHUB_TOKEN gets: a map, `read-all`/`write-all`, or unset. */
export type Permissions = Record<string, string> | 'read-all' | 'write-all' | undefined;

/** One job of a workflow. */
export interface WorkflowJob {
  id: string;
  line: number;
  permissions: Permissions;
  /** The line of the job's `permissions:` key, when it has one. */
  permissionsLine?: number;
  /** The environment's name as written (`environment: pypi` or `environment: {name: pypi}`). */
  environment?: string;
  environmentLine?: number;
  needs: string[];
  /** `uses:` of a job that calls a reusable workflow. */
  uses?: string;
  steps: WorkflowStep[];
}

/** One workflow file. */
export interface Workflow {
  /** Repository-relative path, `.github/workflows/release.yml`. */
  file: string;
  /** Event names it runs on. */
  events: string[];
  /** `on.push.tags` patterns, undefined when tag pushes are not filtered (or not a trigger). */
  tagPatterns?: string[];
  tagPatternsLine?: number;
  /** Whether pushes to branches start it (`push` with a branches filter, or with neither filter). */
  pushBranches: boolean;
  permissions: Permissions;
  jobs: WorkflowJob[];
}

/** A workflow file that could not be read as YAML. */
export interface UnreadableWorkflow {
  file: string;
  line?: number;
  error: string;
}

/** Reads every `.github/workflows/*.yml|yaml` under `root`. */
export function readWorkflows(root: string): { workflows: Workflow[]; unreadable: UnreadableWorkflow[] } {
  const dir = join(root, '.github', 'workflows');
  const workflows: Workflow[] = [];
  const unreadable: UnreadableWorkflow[] = [];
  if (!existsSync(dir)) return { workflows, unreadable };
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = `.github/workflows/${name}`;
    const parsed = parseWorkflow(readFileSync(join(dir, name), 'utf8'), file);
    if ('error' in parsed) unreadable.push(parsed);
    else workflows.push(parsed);
  }
  return { workflows, unreadable };
}

/** Parses one workflow's text; `file` is the path findings will name. */
export function parseWorkflow(text: string, file: string): Workflow | UnreadableWorkflow {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { file, line: first.linePos?.[0]?.line, error: first.message.split('\n')[0]! };
  }
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const root = doc.contents;
  if (!isMap(root)) return { file, line: 1, error: 'a workflow is a YAML mapping with `on:` and `jobs:`' };
  // YAML 1.1 reads a bare `on` as true; the yaml package (1.2) keeps it a string, but accept both.
  const on = get(root, 'on') ?? get(root, true);
  const events = eventNames(on);
  const push = isMap(on) ? get(on, 'push') : undefined;
  const tags = isMap(push) ? get(push, 'tags') : undefined;
  const jobsNode = get(root, 'jobs');
  const jobs: WorkflowJob[] = [];
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const job = pair.value;
      if (!isMap(job)) continue;
      const environment = get(job, 'environment');
      const envName = isMap(environment) ? get(environment, 'name') : environment;
      const permissionsNode = get(job, 'permissions');
      const stepsNode = get(job, 'steps');
      jobs.push({
        id,
        line: lineOf(pair.key as Node),
        permissions: permissions(permissionsNode),
        permissionsLine: permissionsNode ? lineOf(keyNode(job, 'permissions')) : undefined,
        environment: scalarText(envName),
        environmentLine: environment ? lineOf(keyNode(job, 'environment')) : undefined,
        needs: stringList(get(job, 'needs')),
        uses: scalarText(get(job, 'uses')),
        steps: isSeq(stepsNode)
          ? stepsNode.items.filter(isMap).map((step) => ({
              line: lineOf(step),
              name: scalarText(get(step, 'name')),
              uses: scalarText(get(step, 'uses')),
              run: scalarText(get(step, 'run')),
              with: stringMap(get(step, 'with')),
              env: stringMap(get(step, 'env')),
            }))
          : [],
      });
    }
  }
  return {
    file,
    events,
    tagPatterns: tags === undefined ? undefined : stringList(tags),
    tagPatternsLine: tags === undefined ? undefined : lineOf(keyNode(push as YAMLMap, 'tags')),
    pushBranches:
      events.includes('push') &&
      (!isMap(push) ||
        get(push, 'branches') !== undefined ||
        get(push, 'branches-ignore') !== undefined ||
        tags === undefined),
    permissions: permissions(get(root, 'permissions')),
    jobs,
  };
}

function get(map: YAMLMap, key: string | boolean): Node | undefined {
  return map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.value as Node | undefined;
}

function keyNode(map: YAMLMap, key: string): Node | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined;
}

function scalarText(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

function stringList(node: Node | undefined): string[] {
  if (isSeq(node)) return node.items.map((n) => scalarText(n as Node)).filter((s) => s !== undefined);
  const one = scalarText(node);
  return one === undefined ? [] : [one];
}

function stringMap(node: Node | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = scalarText(pair.value as Node);
    if (key !== undefined && value !== undefined) out[key] = value;
  }
  return out;
}

function eventNames(on: Node | undefined): string[] {
  if (isMap(on)) return on.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  return stringList(on);
}

function permissions(node: Node | undefined): Permissions {
  if (node === undefined) return undefined;
  const text = scalarText(node);
  if (text === 'read-all' || text === 'write-all') return text;
  // `permissions: {}` grants nothing.
  return stringMap(node);
}
