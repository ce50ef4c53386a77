/**
 * Checking distribution files as twine check, PyPI's upload and check-wheel-contents would, in one
 * pass per file: every file is checked and reported (twine stops at the first broken one), archives
 * are streamed (bounded memory for any size), and Python runs once, only when there is RST to render.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { fulfilledValues, runLimited } from '../concurrency/index.js';
import {
  type DigestRunner,
  type ZipArchive,
  DigestPool,
  inlineRunner,
  openZip,
  readTarGz,
} from './archive/index.js';
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
} from './filenames/index.js';
import { CHECK_RULES, fileTooLarge } from './own-rules.js';
import {
  type DescriptionPlan,
  type DocutilsInstaller,
  planDescription,
  pythonCandidates,
  PYPI_DOCUTILS_VERSION,
  README_RULES,
  renderedDescriptionFindings,
  renderRst,
  RstFeed,
  type RstRendering,
  rstRenderingNotes,
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
  /** The interpreter that renders RST with docutils; default: the first of python3, python that has it. */
  python?: string;
  /** Files checked at once. */
  concurrency?: number;
  /** Threads that inflate and hash members; default: one per core. 0 runs it all on this thread. */
  threads?: number;
  /**
   * Installs PyPI's docutils into a private directory when the interpreter's is older (the CLI: the
   * user's cache; the action: the same, kept in the Actions cache). Without it, RST is rendered with
   * the interpreter's docutils, and what only an older one rejects is a notice.
   */
  docutils?: DocutilsInstaller;
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
  /** What the run could not do as PyPI does (RST not rendered, or rendered by an older docutils). */
  notes: string[];
  /** What rendered reStructuredText descriptions; absent when there were none or nothing could. */
  renderers?: { rst: RstRendererReport };
}

/** The docutils that rendered RST, as the report names it. */
export interface RstRendererReport {
  /** Its `__version__`. */
  docutils: string;
  /** The docutils package directory that was imported. */
  location: string;
  /** The interpreter that ran it. */
  python: string;
  /** PyPI's docutils, for comparison. */
  pypiDocutils: string;
}

interface Pending {
  report: FileReport;
  findings: Finding[];
  metadata?: ParsedMetadata;
  view?: MetadataView;
  plan?: DescriptionPlan;
  /** Hands an RST description to the renderer as soon as the metadata is read. */
  describe?: (rst: string) => void;
}

/** Checks every file; never stops at a broken one. */
export async function checkDistributions(
  paths: readonly string[],
  options: CheckOptions,
): Promise<CheckReport> {
  // One Python run renders every RST description, each handed over as soon as its file's metadata
  // is read, so that rendering overlaps the hashing; none runs when there is no RST.
  const feed = new RstFeed();
  let rendered: Promise<RstRendering> | undefined;
  const describe = rendersKept(options)
    ? (key: string, rst: string) => {
        feed.push(key, rst);
        rendered ??= renderRst(feed, {
          candidates: pythonCandidates(options.python),
          installer: options.docutils,
        });
      }
    : undefined;
  let pending: Pending[];
  try {
    pending = await readAll(paths, options, describe);
  } finally {
    feed.close();
    // Awaited below; if reading failed, its outcome no longer matters.
    rendered?.catch(() => undefined);
  }
  const plans = pending.map((p) => p.plan);
  const rendering = rendered ? await rendered : undefined;
  const notes = rendering ? rstRenderingNotes(rendering) : [];

  const files = pending.map((p, i) => {
    const findings = [...p.findings];
    if (p.metadata) {
      findings.push(...validateMetadata(p.metadata, { kind: p.report.kind ?? 'wheel' }));
      const plan = plans[i]!;
      findings.push(...plan.findings);
      if (plan.rst !== undefined && rendering) {
        findings.push(...renderedDescriptionFindings(rendering.renders.get(String(i)), rendering));
      }
    }
    const kept = filterFindings(findings, options);
    const failed = kept.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
    const warned = kept.some((f) => f.severity === 'warning');
    const status: FileStatus = failed ? 'failed' : warned ? 'passed-with-warnings' : 'passed';
    return { ...p.report, status, findings: kept };
  });
  const renderer = rendering?.renderer;
  return {
    schema: 1,
    strict: options.strict,
    failed: files.filter((f) => f.status === 'failed').length,
    files,
    notes,
    ...(renderer && {
      renderers: {
        rst: {
          docutils: renderer.docutils,
          location: renderer.location,
          python: renderer.python,
          pypiDocutils: PYPI_DOCUTILS_VERSION,
        },
      },
    }),
  };
}

/** Whether any rendering finding survives select/ignore: if none does, Python is not started at all. */
function rendersKept(filter: CodeFilter): boolean {
  const probes = [README_RULES.D003, README_RULES.D004, README_RULES.D005].map((r) => finding(r, '', ''));
  return filterFindings(probes, filter).length > 0;
}

async function readAll(
  paths: readonly string[],
  options: CheckOptions,
  describe?: (key: string, rst: string) => void,
): Promise<Pending[]> {
  // Real wheels are bound by inflating and hashing, not by start-up: that work goes to a thread per
  // core, while this thread walks the archives and checks what they hold.
  const runner = options.threads === 0 ? inlineRunner : new DigestPool(options.threads);
  try {
    const outcomes = await runLimited([...paths.keys()], options.concurrency ?? 8, (i) =>
      readDistribution(paths[i]!, options, runner, describe && ((rst) => describe(String(i), rst))),
    );
    return fulfilledValues(outcomes);
  } finally {
    if (runner instanceof DigestPool) await runner.close();
  }
}

async function readDistribution(
  path: string,
  options: CheckOptions,
  runner: DigestRunner,
  describe?: (rst: string) => void,
): Promise<Pending> {
  const filename = basename(path);
  const size = statSync(path).size;
  const { kind, findings: kindFindings } = checkDistKind(filename);
  const report: FileReport = { file: path, filename, kind, size, status: 'passed', findings: [] };
  const pending: Pending = { report, findings: [], describe };
  if (size > options.maxFileSize) pending.findings.push(fileTooLarge(filename, size, options.maxFileSize));
  if (kind === 'wheel') await readWheel(path, pending, options, runner);
  else if (kind === 'sdist') await readSdist(path, pending);
  else pending.findings.push(...kindFindings);
  return pending;
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
  pending.plan = planDescription(pending.view);
  if (pending.plan.rst !== undefined) pending.describe?.(pending.plan.rst);
  pending.report.project = pending.view.name;
  pending.report.version = pending.view.version;
}

async function readWheel(
  path: string,
  pending: Pending,
  options: CheckOptions,
  runner: DigestRunner,
): Promise<void> {
  const { filename } = pending.report;
  const name = checkWheelFilename(filename);
  pending.findings.push(...name.findings);
  const opened = await openZip(path);
  pending.findings.push(...opened.findings);
  const archive = opened.archive;
  if (!archive) return;
  try {
    await inspectWheel(archive, name.parsed, pending, options, runner);
  } finally {
    await archive.close();
  }
}

async function inspectWheel(
  archive: ZipArchive,
  wheelName: ReturnType<typeof checkWheelFilename>['parsed'],
  pending: Pending,
  options: CheckOptions,
  runner: DigestRunner,
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
  }, runner);
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
