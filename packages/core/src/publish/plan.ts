/**
 * Everything about a set of distributions that can be checked before the first byte is sent, and the
 * order they go in: wheels before the sdist (the first file of a version creates the release, and
 * twine sends wheels first), and a project's files after those of the projects it requires, so a
 * plugin never appears on the index before the core it needs.
 */
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { canonicalizeVersion, hasLocal, tryParseVersion } from '../pep440/index.js';
import { type Distribution, readDistribution } from './distribution.js';

/** One file in upload order, with the files that must be on the index before it starts. */
export interface PlannedFile {
  dist: Distribution;
  /** The project name as the metadata writes it. */
  project: string;
  version: string;
  /** Indexes (into the plan) of the files that must be uploaded first. */
  after: number[];
}

/** The upload plan and what was noticed while making it. */
export interface UploadPlan {
  files: PlannedFile[];
  /** Projects in upload order. */
  projects: string[];
  notes: string[];
}

// A PEP 508 requirement starts with the project name.
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/** Reads every file and checks them together; all problems are reported at once in one ConfigurationError. */
export async function planUpload(paths: readonly string[]): Promise<UploadPlan> {
  if (paths.length === 0) {
    throw new ConfigurationError(
      'There are no distributions to upload: build them first (python -m build) into packages-dir.',
    );
  }
  const problems: string[] = [];
  const dists: Distribution[] = [];
  for (const path of paths) {
    try {
      dists.push(await readDistribution(path));
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error.message);
    }
  }
  const byProject = new Map<string, { name: string; version: string; dists: Distribution[] }>();
  for (const dist of dists) {
    const { name, version } = dist.metadata.raw;
    if (!name || !version) {
      problems.push(
        `${dist.filename}: its metadata has no ${name ? 'Version' : 'Name'}; rebuild it with a current build backend.`,
      );
      continue;
    }
    if (canonicalizeName(name) !== canonicalizeName(dist.filenameName)) {
      problems.push(
        `${dist.filename}: the file name says project '${dist.filenameName}' but its metadata says '${name}'; rebuild it, never rename distribution files.`,
      );
    }
    const parsed = tryParseVersion(version);
    if (!parsed) {
      problems.push(
        `${dist.filename}: Version '${version}' in its metadata is not a PEP 440 version; fix the version and rebuild.`,
      );
      continue;
    }
    if (canonicalizeVersion(version) !== canonicalizeVersion(dist.filenameVersion)) {
      problems.push(
        `${dist.filename}: the file name says version ${dist.filenameVersion} but its metadata says ${version}; rebuild it, never rename distribution files.`,
      );
    }
    if (hasLocal(parsed)) {
      problems.push(
        `${dist.filename}: version ${version} has a local part (+…), which PyPI and most indexes refuse; build from a clean checkout of the release tag (setuptools-scm adds +g<hash> to dirty or untagged trees).`,
      );
    }
    const key = canonicalizeName(name);
    const entry = byProject.get(key);
    if (!entry) byProject.set(key, { name, version, dists: [dist] });
    else {
      if (canonicalizeVersion(entry.version) !== canonicalizeVersion(version)) {
        problems.push(
          `${name}: the files disagree on the version (${entry.dists[0]!.filename} is ${entry.version}, ${dist.filename} is ${version}); upload one version per project — remove stale files from packages-dir (a leftover dist/ from an earlier build is the usual cause).`,
        );
      }
      entry.dists.push(dist);
    }
  }
  for (const { name, version, dists: files } of byProject.values()) {
    const sdists = files.filter((d) => d.kind === 'sdist');
    if (sdists.length > 1) {
      problems.push(
        `${name} ${version}: ${sdists.map((d) => d.filename).join(' and ')} are two sdists, and an index takes only one per release ("Only one sdist may be uploaded per release."); keep the .tar.gz.`,
      );
    }
  }
  if (problems.length > 0) {
    throw new ConfigurationError(
      `Nothing was uploaded: ${problems.length === 1 ? 'a distribution has a problem' : `${problems.length} problems in the distributions`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return orderFiles(byProject);
}

function orderFiles(
  byProject: Map<string, { name: string; version: string; dists: Distribution[] }>,
): UploadPlan {
  const notes: string[] = [];
  // Edges between the projects being uploaded: a project's requirements that are among them.
  const requires = new Map<string, Set<string>>();
  for (const [key, { dists }] of byProject) {
    const deps = new Set<string>();
    for (const dist of dists) {
      for (const req of dist.metadata.raw.requires_dist ?? []) {
        const dep = REQUIREMENT_NAME.exec(req)?.[1];
        if (dep && canonicalizeName(dep) !== key && byProject.has(canonicalizeName(dep)))
          deps.add(canonicalizeName(dep));
      }
    }
    requires.set(key, deps);
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string, path: string[]) => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      notes.push(`${[...path, key].join(' → ')} require each other; they are uploaded in name order.`);
      return;
    }
    state.set(key, 'visiting');
    for (const dep of [...requires.get(key)!].sort()) visit(dep, [...path, key]);
    state.set(key, 'done');
    order.push(key);
  };
  for (const key of [...byProject.keys()].sort()) visit(key, []);

  const files: PlannedFile[] = [];
  const indexesOf = new Map<string, number[]>();
  for (const key of order) {
    const { name, version, dists } = byProject.get(key)!;
    const sorted = [...dists].sort(
      (a, b) => Number(a.kind === 'sdist') - Number(b.kind === 'sdist') || (a.filename < b.filename ? -1 : 1),
    );
    const before = [...requires.get(key)!].flatMap((dep) => indexesOf.get(dep) ?? []);
    const wheels: number[] = [];
    const mine: number[] = [];
    for (const dist of sorted) {
      const index = files.length;
      files.push({
        dist,
        project: name,
        version,
        after: dist.kind === 'sdist' ? [...before, ...wheels] : [...before],
      });
      if (dist.kind === 'wheel') wheels.push(index);
      mine.push(index);
    }
    indexesOf.set(key, mine);
  }
  return { files, projects: order.map((k) => byProject.get(k)!.name), notes };
}
