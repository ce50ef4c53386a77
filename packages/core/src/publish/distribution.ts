/**
 * One distribution file as an upload needs it: where it is, what kind, the project and version its
 * name says, and its core metadata (METADATA in a wheel, PKG-INFO in an sdist), read with the same
 * parsers twine-check uses so the form carries exactly what the check saw.
 */
import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import { openZip, readTarGz } from '../distfiles/archive/index.js';
import { distKindOf, parseSdistFilename, parseWheelFilename } from '../distfiles/filenames/index.js';
import { type ParsedMetadata, parseCoreMetadata } from '../distfiles/metadata/index.js';
import { ConfigurationError } from '../errors/index.js';

/** A distribution file ready to be planned and uploaded. */
export interface Distribution {
  path: string;
  filename: string;
  kind: 'wheel' | 'sdist';
  /** Bytes on disk. */
  size: number;
  /** The name part of the file name, as written. */
  filenameName: string;
  /** The version part of the file name, as written. */
  filenameVersion: string;
  /** The wheel's python tag(s) as written (`py3`, `py2.py3`, `cp312`); `source` for an sdist. */
  pyversion: string;
  metadata: ParsedMetadata;
}

// METADATA / PKG-INFO beyond this is not a real file's (PyPI's description limit is far below).
const MAX_METADATA = 16 * 1024 * 1024;

/**
 * Reads the file's name and metadata. Every problem is a ConfigurationError naming the file and what
 * to do, because it is found before anything is uploaded.
 */
export async function readDistribution(path: string): Promise<Distribution> {
  const filename = basename(path);
  const info = await lstat(path).catch(() => undefined);
  if (!info) {
    throw new ConfigurationError(`${path} does not exist: build the distributions first, or fix the path.`);
  }
  if (!info.isFile()) {
    throw new ConfigurationError(
      `${path} looks like a distribution but is not a regular file (${info.isDirectory() ? 'a directory' : 'a link or special file'}); download-artifact makes directories when given a file pattern — download into packages-dir and upload only files.`,
    );
  }
  const kind = distKindOf(filename);
  if (!kind) {
    throw new ConfigurationError(
      `${filename} is not a distribution (PyPI accepts .whl, .tar.gz and .zip): remove it from the directory or point packages-dir elsewhere.`,
    );
  }
  let filenameName: string;
  let filenameVersion: string;
  let pyversion: string;
  if (kind === 'wheel') {
    const parsed = parseWheelFilename(filename);
    if (!parsed.ok)
      throw new ConfigurationError(`${filename}: ${parsed.error}. Rebuild the wheel; never rename it.`);
    filenameName = parsed.wheel.name;
    filenameVersion = parsed.wheel.version;
    // twine/wheel.py: the python tag as the file name writes it.
    pyversion = parsed.wheel.tags.python.join('.');
  } else {
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok)
      throw new ConfigurationError(`${filename}: ${parsed.error}. Rebuild the sdist; never rename it.`);
    filenameName = parsed.name;
    filenameVersion = parsed.version;
    pyversion = 'source';
  }
  const bytes =
    kind === 'wheel' || filename.endsWith('.zip') ? await zipMetadata(path, kind) : await tarMetadata(path);
  if (!bytes) {
    const member = kind === 'wheel' ? '<name>-<version>.dist-info/METADATA' : '<name>-<version>/PKG-INFO';
    throw new ConfigurationError(
      `${filename} has no ${member}: it is not a distribution a build backend wrote. Rebuild it with \`python -m build\`.`,
    );
  }
  return {
    path,
    filename,
    kind,
    size: info.size,
    filenameName,
    filenameVersion,
    pyversion,
    metadata: parseCoreMetadata(bytes),
  };
}

async function zipMetadata(path: string, kind: 'wheel' | 'sdist'): Promise<Buffer | undefined> {
  const opened = await openZip(path);
  const archive = opened.archive;
  if (!archive) {
    throw new ConfigurationError(
      `${basename(path)} is not a ZIP archive (${opened.findings[0]?.message ?? 'unreadable'}): rebuild it.`,
    );
  }
  try {
    const names = archive.members.filter((m) => !m.isDirectory).map((m) => m.name);
    const wanted =
      kind === 'wheel'
        ? names.filter((n) => /^[^/]+\.dist-info\/METADATA$/.test(n))
        : names.filter((n) => /^[^/]+\/PKG-INFO$/.test(n));
    // Several candidates (a wheel with two .dist-info): twine refuses too; the check names it.
    if (wanted.length !== 1) return undefined;
    return await archive.readMember(wanted[0]!, MAX_METADATA);
  } finally {
    await archive.close();
  }
}

async function tarMetadata(path: string): Promise<Buffer | undefined> {
  const keep = (name: string) => {
    const parts = name.replace(/\/$/, '').split('/');
    return parts.length === 2 && parts[1] === 'PKG-INFO';
  };
  let listing;
  try {
    listing = await readTarGz(path, keep, MAX_METADATA);
  } catch (error) {
    throw new ConfigurationError(
      `${basename(path)} cannot be read as a .tar.gz (${String(error)}): rebuild it.`,
    );
  }
  const fatal = listing.findings.find((f) => f.severity === 'error' && !listing.root);
  if (fatal) throw new ConfigurationError(`${basename(path)}: ${fatal.message}`);
  if (!listing.root) return undefined;
  return listing.contents.get(`${listing.root}/PKG-INFO`);
}
