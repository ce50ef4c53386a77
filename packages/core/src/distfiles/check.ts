/**
 * Checking distribution files as twine check, PyPI's upload and check-wheel-contents would, in one
 * pass per file: every file is checked and reported (twine stops at the first broken one), archives
 * are streamed (bounded memory for any size), and Python runs once, for RST and the classifier list.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { type ZipArchive, openZip, readTarGz } from './archive/index.js';
import { type Finding, finding } from './findings.js';
import {
  type MetadataView,
  type ParsedMetadata,
  metadataView,
  parseCoreMetadata,
  validateMetadata,
} from './metadata/index.js';
import {
  checkDistKind,
  checkFilenameAgainstMetadata,
  checkSdistFilename,
  checkWheelFilename,
} from './names/index.js';
import { CHECK_RULES } from './own-rules.js';
import {
  type PythonProbe,
  type PythonProbeResult,
  planDescription,
  pythonCandidates,
  startPythonProbe,
  renderedDescriptionFindings,
} from './readme/index.js';
import { type CodeFilter, filterFindings } from './select.js';
import {
  type CwcConfig,
  checkEntryPoints,
  checkLicenseFiles,
  checkRecord,
  checkWheelContents,
  checkWheelFile,
  checkWheelLayout,
  hashAlgorithmFor,
  parseRecord,
  parseWheelMetadataFile,
  rootIsPurelib as readRootIsPurelib,
} from './wheel/index.js';

/** PyPI's default per-file limit (Warehouse MAX_FILESIZE). */
export const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;

// Text members (METADATA, WHEEL, RECORD…) beyond this are not read into memory.
const MAX_TEXT_MEMBER = 64 * 1024 * 1024;

/** How a check run behaves. */
export interface CheckOptions extends CodeFilter {
  /** Warnings fail the file too (twine check --strict). */
  strict: boolean;
  /** Per-file size limit in bytes. */
  maxFileSize: number;
  /** `[tool.check-wheel-contents]` for a project (by name) and the directory its paths start from. */
  cwcConfigFor?: (project: string | undefined) => { config: CwcConfig; projectDir: string } | undefined;
  /** The interpreter for readme_renderer and trove_classifiers; default: the first that has them. */
  python?: string;
  /** Files checked at once. */
  concurrency?: number;
  /** Replaces the Python probe (tests). */
  probe?: (candidates: readonly string[]) => PythonProbe;
}

/** passed; passed with warnings (not strict); failed. */
export type FileStatus = 'passed' | 'passed-with-warnings' | 'failed';

/** The result for one file, as the JSON report carries it. */
export interface FileReport {
  /** The path as given (absolute). */
  file: string;
  filename: string;
  kind?: 'wheel' | 'sdist';
  size: number;
  project?: string;
  version?: string;
  status: FileStatus;
  findings: Finding[];
}

/** The result of a check run. */
export interface CheckReport {
  /** The report's format version; bumped only on incompatible changes. */
  schema: 1;
  strict: boolean;
  /** Files that failed. */
  failed: number;
  files: FileReport[];
  /** What the run could not do (RST not rendered, classifiers checked structurally). */
  notes: string[];
}

interface Pending {
  report: FileReport;
  findings: Finding[];
  metadata?: ParsedMetadata;
  view?: MetadataView;
}

/** Checks every file; never stops at a broken one. */
export async function checkDistributions(
  paths: readonly string[],
  options: CheckOptions,
): Promise<CheckReport> {
  // Python starts while the archives are read; it waits for its request on stdin.
  const python =
    paths.length > 0 ? (options.probe ?? startPythonProbe)(pythonCandidates(options.python)) : undefined;
  let pending: Pending[];
  try {
    pending = await readAll(paths, options);
  } catch (error) {
    python?.cancel();
    throw error;
  }
  // One Python run for everything that needs it.
  const rst = new Map<string, string>();
  const plans = pending.map((p, i) => {
    if (!p.view) return undefined;
    const plan = planDescription(p.view);
    if (plan.rst !== undefined) rst.set(String(i), plan.rst);
    return plan;
  });
  const wantsClassifiers = pending.some((p) => (p.view?.classifiers.length ?? 0) > 0);
  let probe: PythonProbeResult = { renders: new Map() };
  if (python && (rst.size > 0 || wantsClassifiers)) {
    probe = await python.ask({ rst, classifiers: wantsClassifiers });
  } else {
    python?.cancel();
  }
  const notes: string[] = [];
  if (rst.size > 0 && !probe.readmeRenderer) {
    notes.push(
      'reStructuredText descriptions were not rendered: no Python with readme_renderer was found (install readme_renderer or set python).',
    );
  }
  if (wantsClassifiers && !probe.classifiers) {
    notes.push(
      "Classifiers were checked for form only: no Python with trove_classifiers was found (pip install trove-classifiers) to compare them with PyPI's list.",
    );
  }

  const files = pending.map((p, i) => {
    const findings = [...p.findings];
    if (p.metadata) {
      findings.push(
        ...validateMetadata(p.metadata, { kind: p.report.kind ?? 'wheel', classifiers: probe.classifiers }),
      );
      const plan = plans[i]!;
      findings.push(...plan.findings);
      if (plan.rst !== undefined) {
        findings.push(
          ...renderedDescriptionFindings(
            probe.readmeRenderer ? probe.renders.get(String(i)) : undefined,
            probe.python,
          ),
        );
      }
    }
    const kept = filterFindings(findings, options);
    const failed = kept.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    const warned = kept.some((f) => f.severity === 'warning');
    const status: FileStatus = failed ? 'failed' : warned ? 'passed-with-warnings' : 'passed';
    return { ...p.report, status, findings: kept };
  });
  return {
    schema: 1,
    strict: options.strict,
    failed: files.filter((f) => f.status === 'failed').length,
    files,
    notes,
  };
}

async function readAll(paths: readonly string[], options: CheckOptions): Promise<Pending[]> {
  const pending: Pending[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      pending[i] = await readDistribution(paths[i], options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, paths.length) }, worker));
  return pending;
}

async function readDistribution(path: string, options: CheckOptions): Promise<Pending> {
  const filename = basename(path);
  const size = statSync(path).size;
  const { kind, findings: kindFindings } = checkDistKind(filename);
  const report: FileReport = { file: path, filename, kind, size, status: 'passed', findings: [] };
  const pending: Pending = { report, findings: [] };
  if (size > options.maxFileSize) {
    pending.findings.push(
      finding(
        CHECK_RULES.S001,
        `File too large: ${filename} is ${mib(size)} MiB; the limit is ${mib(options.maxFileSize)} MiB.`,
        'keep test data, docs and build leftovers out of the distribution, or ask PyPI for a larger limit (https://pypi.org/help/#file-size-limit) and raise max-file-size',
      ),
    );
  }
  if (kind === 'wheel') await readWheel(path, pending, options);
  else if (kind === 'sdist') await readSdist(path, pending);
  else pending.findings.push(...kindFindings);
  return pending;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

function takeMetadata(pending: Pending, bytes: Buffer | undefined, where: string): void {
  if (!bytes || !bytes.includes('Metadata-Version')) {
    pending.findings.push(
      finding(
        CHECK_RULES.R103,
        `No ${where.endsWith('PKG-INFO') ? 'PKG-INFO' : 'METADATA'} in archive or it is missing 'Metadata-Version': expected ${where}.`,
        'rebuild with a standard build backend (hatchling, setuptools, flit-core, pdm-backend, poetry-core)',
      ),
    );
    return;
  }
  pending.metadata = parseCoreMetadata(bytes);
  pending.view = metadataView(pending.metadata);
  pending.report.project = pending.view.name;
  pending.report.version = pending.view.version;
}

async function readWheel(path: string, pending: Pending, options: CheckOptions): Promise<void> {
  const { filename } = pending.report;
  const name = checkWheelFilename(filename);
  pending.findings.push(...name.findings);
  const opened = await openZip(path);
  pending.findings.push(...opened.findings);
  const archive = opened.archive;
  if (!archive) return;
  try {
    await inspectWheel(archive, name.parsed, pending, options);
  } finally {
    await archive.close();
  }
}

async function inspectWheel(
  archive: ZipArchive,
  wheelName: ReturnType<typeof checkWheelFilename>['parsed'],
  pending: Pending,
  options: CheckOptions,
): Promise<void> {
  const { filename } = pending.report;
  const members = archive.members.filter((m) => !m.isDirectory).map((m) => m.name);
  const layout = wheelName ? checkWheelLayout(filename, wheelName, members) : undefined;
  if (layout) pending.findings.push(...layout.findings);
  const distInfo = layout?.distInfo ?? soleDistInfo(members);
  if (!distInfo) return;

  takeMetadata(
    pending,
    await archive.readMember(`${distInfo}/METADATA`, MAX_TEXT_MEMBER),
    `${distInfo}/METADATA`,
  );
  const view = pending.view;
  if (view) {
    pending.findings.push(
      ...checkFilenameAgainstMetadata(filename, 'wheel', view.name ?? '', view.version ?? ''),
    );
    if (view.licenseFiles.length > 0) {
      pending.findings.push(
        ...checkLicenseFiles([...view.licenseFiles], distInfo, members, view.metadataVersion ?? '', filename),
      );
    }
  }

  const wheelText = await archive.readMember(`${distInfo}/WHEEL`, MAX_TEXT_MEMBER);
  let rootIsPurelib = true;
  if (wheelText) {
    const wheelFile = parseWheelMetadataFile(wheelText.toString('utf8'));
    pending.findings.push(...wheelFile.findings);
    if (wheelName) pending.findings.push(...checkWheelFile(wheelFile.fields, wheelName));
    rootIsPurelib = readRootIsPurelib(wheelFile.fields) ?? true;
  }

  const entryPoints = await archive.readMember(`${distInfo}/entry_points.txt`, MAX_TEXT_MEMBER);
  if (entryPoints) pending.findings.push(...checkEntryPoints(entryPoints.toString('utf8'), filename));

  const recordPath = `${distInfo}/RECORD`;
  const recordText = await archive.readMember(recordPath, MAX_TEXT_MEMBER);
  if (!recordText) return; // the layout check already says RECORD is missing
  const record = parseRecord(recordText.toString('utf8'));
  pending.findings.push(...record.findings);
  const rowOf = new Map(record.rows.map((r) => [r.path, r]));
  const digests = await archive.digestMembers((m) => {
    if (m.name === recordPath) return [];
    const algorithm = hashAlgorithmFor(rowOf.get(m.name));
    return algorithm ? [algorithm] : [];
  });
  const computed = new Map<string, { algorithm: string; digest: Buffer; size: number }>();
  for (const [member, result] of digests) {
    if (result.error) pending.findings.push(result.error);
    const [algorithm, digest] = Object.entries(result.digests)[0] ?? [];
    if (algorithm && digest) computed.set(member.name, { algorithm, digest, size: result.size });
  }
  pending.findings.push(...checkRecord(record.rows, members, computed, recordPath));
  const cwc = options.cwcConfigFor?.(view?.name);
  pending.findings.push(
    ...checkWheelContents(record.rows, distInfo, rootIsPurelib, cwc?.config, cwc?.projectDir),
  );
}

function soleDistInfo(members: string[]): string | undefined {
  const dirs = new Set(members.map((m) => m.split('/')[0]).filter((d) => d.endsWith('.dist-info')));
  return dirs.size === 1 ? [...dirs][0] : undefined;
}

async function readSdist(path: string, pending: Pending): Promise<void> {
  const { filename } = pending.report;
  pending.findings.push(...checkSdistFilename(filename).findings);
  if (!filename.toLowerCase().endsWith('.tar.gz')) return;
  const keep = (name: string) => {
    const parts = name.replace(/\/$/, '').split('/');
    return parts.length === 2 && (parts[1] === 'PKG-INFO' || parts[1] === 'pyproject.toml');
  };
  const listing = await readTarGz(path, keep, MAX_TEXT_MEMBER);
  pending.findings.push(...listing.findings);
  const root = listing.root;
  if (!root) return;
  takeMetadata(pending, listing.contents.get(`${root}/PKG-INFO`), `${root}/PKG-INFO`);
  const view = pending.view;
  if (view) {
    pending.findings.push(
      ...checkFilenameAgainstMetadata(filename, 'sdist', view.name ?? '', view.version ?? ''),
    );
    const names = new Set(listing.members.map((m) => m.name.replace(/\/$/, '')));
    const missing = view.licenseFiles.filter((p) => !names.has(`${root}/${p}`));
    for (const p of missing) {
      pending.findings.push(
        finding(
          CHECK_RULES.R101,
          `License-File ${p} does not exist in distribution file ${filename} at ${root}/${p}`,
          'list only existing files in `license-files` of [project] (paths relative to pyproject.toml), and make sure the backend includes them in the sdist',
          [`${root}/${p}`],
        ),
      );
    }
  }
  if (!listing.members.some((m) => m.name === `${root}/pyproject.toml`)) {
    pending.findings.push(
      finding(
        CHECK_RULES.R102,
        `${filename} has no ${root}/pyproject.toml; the source distribution format requires one at the root.`,
        'add a pyproject.toml with a [build-system] table to the project (setuptools: build-backend = "setuptools.build_meta")',
      ),
    );
  }
}
