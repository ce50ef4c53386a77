/**
 * Reading sdists (.tar.gz) in one streaming pass with node-tar's parser: the member list, the
 * bytes of the few members the checker needs, and what PyPI and the sdist spec refuse in the
 * container (not gzip or not tar, sparse members, no single top-level directory, no PKG-INFO,
 * members the `data` extraction filter rejects).
 */
import { once } from 'node:events';
import type { Parser, ReadEntry } from 'tar';
import { finding, type Finding } from '../findings.js';
import { listNames, quoteName } from './describe.js';
import { PositionedReader } from './file-reader.js';
import { gunzipFile } from './gzip-stream.js';
import { IssueCollector } from './issues.js';
import { ARCHIVE_RULES as Z } from './rules.js';
import { isGzip, isTarHeader, readsAsZip } from './sniff.js';
import { DataFilterCheck } from './tar-safety.js';

/** Default bound on each kept member. */
export const DEFAULT_KEEP_LIMIT = 32 * 1024 * 1024;

/** One tar member, named as Python's tarfile names it (directories without a trailing '/'). */
export interface TarMember {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  /** The header's type flag ('0', '5', '2', 'S'…; 'Unsupported' for flags tar does not know). */
  rawType: string;
  size: number;
  linkpath?: string;
  mode: number;
}

/** What one pass over an sdist found. */
export interface SdistListing {
  members: TarMember[];
  /** Content of the kept members, by name (the last member of a name wins, as in tarfile). */
  contents: Map<string, Buffer>;
  findings: Finding[];
  /** The common top-level directory (Warehouse's `os.path.commonpath` of all names). */
  root?: string;
}

const FIX = {
  notTar:
    'upload the .tar.gz the build backend wrote (python -m build --sdist); do not rename or recompress other archives',
  damaged: 'rebuild the sdist and upload the file as built; it was damaged after the build',
  sparse:
    'rebuild the sdist with a standard backend (they write pax archives without sparse members); sparse members come from GNU tar --sparse',
  root: 'build the sdist with a standard backend so every file sits under one `{name}-{version}/` directory',
  pkgInfo:
    'build the sdist with a standard backend; it writes PKG-INFO (the core metadata) into the top-level directory',
  tooLarge:
    'check what the build put into this file; an oversized PKG-INFO usually embeds a huge README as the long description',
} as const;

const TYPES: Record<string, TarMember['type']> = {
  '0': 'file',
  '7': 'file',
  S: 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
};

/**
 * One streaming pass: lists members, keeps the bytes of members for which keep(name) is true
 * (bounded by maxBytes each), and reports framing findings.
 */
export async function readTarGz(
  path: string,
  keep: (name: string) => boolean,
  maxBytes = DEFAULT_KEEP_LIMIT,
): Promise<SdistListing> {
  const reader = await PositionedReader.open(path);
  try {
    return await readOpen(reader, keep, maxBytes);
  } finally {
    await reader.close();
  }
}

async function readOpen(
  reader: PositionedReader,
  keep: (name: string) => boolean,
  maxBytes: number,
): Promise<SdistListing> {
  const members: TarMember[] = [];
  const contents = new Map<string, Buffer>();
  const issues = new IssueCollector();
  const early = await sniff(reader);
  if (early) return { members, contents, findings: [early] };

  const filter = new DataFilterCheck(issues);
  // node-tar loads only when there is an sdist to read: a wheels-only run starts faster without it.
  const { Parser } = await import('tar');
  const parser = new Parser({ strict: false, brotli: false, zstd: false });
  let sparseNext = false;
  let sawSparse = false;
  let fatal: Finding | undefined;
  // tarfile ends the archive at the first damaged header: what PyPI sees stops there.
  let visible: number | undefined;
  const onMember = (entry: ReadEntry) => {
    const rawType = entry.header.typeKey;
    const type = TYPES[rawType] ?? 'other';
    const sparse = sparseNext || rawType === 'S';
    sparseNext = false;
    // tarfile drops the trailing '/' of directory names; commonpath and getmember see them so.
    const name = type === 'directory' ? entry.path.replace(/(.)\/+$/, '$1') : entry.path;
    const member: TarMember = { name, type, rawType, size: entry.size, mode: entry.mode ?? 0 };
    if (entry.linkpath !== undefined && (type === 'symlink' || type === 'hardlink'))
      member.linkpath = entry.linkpath;
    members.push(member);
    if (sparse) {
      sawSparse = true;
      issues.add(
        Z.Z021,
        'Invalid distribution file. tar archive not accepted: Sparse members are not allowed.',
        FIX.sparse,
        { member: name },
      );
    }
    filter.check(member);
    if (type === 'file' && !sparse && keep(name)) {
      if (entry.size > maxBytes) {
        issues.add(Z.Z016, 'Members are larger than the checker reads', FIX.tooLarge, {
          member: name,
          shown: `${quoteName(name)} is ${entry.size} bytes, the limit is ${maxBytes}`,
        });
      } else {
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => contents.set(name, Buffer.concat(chunks)));
        return;
      }
    }
    entry.resume();
  };
  parser.on('entry', onMember);
  parser.on('ignoredEntry', (entry: ReadEntry) => {
    // Pax and GNU long-name headers that were too large to use are ignored meta entries, not members.
    if (!entry.meta) onMember(entry);
  });
  // Pax records arrive as text before the member they describe; tarfile calls a member with
  // GNU.sparse.* records sparse (GNU tar's pax sparse formats 0.0, 0.1 and 1.0).
  parser.on('meta', (text: string) => {
    if (/(^|\n)\d+ GNU\.sparse\./.test(text)) sparseNext = true;
  });
  parser.on('warn', (code: string, message: string) => {
    if (code === 'TAR_ENTRY_INVALID') {
      // A sparse member's map can continue in extra header blocks node-tar does not know.
      if (!sawSparse) {
        visible ??= members.length;
        issues.add(Z.Z029, 'Damaged tar headers', FIX.damaged, {
          detail: `${String(message)} after ${visible === 0 ? 'the start' : quoteName(members[visible - 1]!.name)}`,
        });
      }
    } else if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') {
      fatal ??= notTar(String(message));
    }
  });

  // tarfile stops at the end-of-archive blocks; damage to the gzip stream after them goes unseen.
  let sawEnd = false;
  parser.on('eof', () => (sawEnd = true));
  const finished = once(parser, 'end');
  const fed = await feed(reader, parser, () => sawEnd);
  if (fed.notTar) return { members, contents, findings: [fed.notTar] };
  await finished;
  fatal = fed.damage ?? fatal;
  if (fed.checksum) issues.add(Z.Z029, fed.checksum.message, FIX.damaged);

  const seen = members.slice(0, visible);
  const common = commonPath(seen.map((m) => m.name));
  const root = common === undefined || common === '' || common === '.' || common === '/' ? undefined : common;
  if (fatal) return { members, contents, findings: [fatal, ...issues.findings()], ...(root ? { root } : {}) };
  const findings = [...issues.findings()];
  const sparseIndex = findings.findIndex((f) => f.code === 'Z021');
  // Warehouse reports sparse members before the layout; keep its order for the first two rules.
  if (sparseIndex > 0) findings.unshift(...findings.splice(sparseIndex, 1));
  findings.push(...layoutFindings(seen, root));
  return { members, contents, findings, ...(root ? { root } : {}) };
}

/** Checks what can be told before decompressing: gzip magic, and the zip-and-tar polyglot. */
async function sniff(reader: PositionedReader): Promise<Finding | undefined> {
  const head = await reader.read(0, 512);
  if (!isGzip(head)) {
    return notTar(
      isTarHeader(head)
        ? 'it is an uncompressed tar; PyPI opens sdists as gzip-compressed tar (r:gz)'
        : reader.size === 0
          ? 'it is empty'
          : 'it is not gzip-compressed',
    );
  }
  if (await readsAsZip(reader)) {
    return finding(
      Z.Z002,
      'Invalid distribution file. File is both a zip and a tar file: a ZIP end-of-central-directory record is in its last 64 KiB.',
      'upload the sdist exactly as the backend wrote it; something appended ZIP data to it',
    );
  }
  return undefined;
}

/**
 * Decompresses the file into the parser and ends it. `notTar` when the stream holds no tar (its
 * first block is not a header tarfile accepts; the parser is then left alone), `damage` when the
 * gzip stream breaks before the tar's end, `checksum` when a gzip CRC-32 or length is wrong.
 */
async function feed(
  reader: PositionedReader,
  parser: Parser,
  tarEnded: () => boolean,
): Promise<{ notTar?: Finding; damage?: Finding; checksum?: Finding }> {
  // The first block decides whether tarfile calls it a tar at all; hold data back until it is in.
  let head: Buffer | undefined = Buffer.alloc(0);
  let notTarYet: Finding | undefined;
  const outcome = await gunzipFile(reader, (chunk) => {
    let data = chunk;
    if (head) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 512) return;
      if (isGzip(head) || !isTarHeader(head)) {
        notTarYet = notTar('the gzip stream does not hold a tar archive');
        return 'stop';
      }
      data = head;
      head = undefined;
    }
    if (!parser.write(data)) return once(parser, 'drain').then(() => undefined);
    return undefined;
  });
  if (notTarYet) return { notTar: notTarYet };
  if (outcome.notGzip) return { notTar: notTar('it is not gzip-compressed') };
  if (head) {
    if (outcome.damage) return { notTar: notTar(`the gzip stream is damaged: ${outcome.damage}`) };
    return { notTar: notTar(head.length === 0 ? 'the gzip stream is empty' : 'it is too short') };
  }
  parser.end();
  const result: { damage?: Finding; checksum?: Finding } = {};
  // Damage after the tar's end blocks is never read by tarfile, so PyPI accepts it.
  if (outcome.damage && !tarEnded()) result.damage = notTar(`the gzip stream is damaged: ${outcome.damage}`);
  if (outcome.checksum) {
    result.checksum = finding(Z.Z029, `The gzip stream is damaged: ${outcome.checksum}.`, FIX.damaged);
  }
  return result;
}

function notTar(detail: string): Finding {
  return finding(Z.Z020, `Invalid distribution file. File is not a tarfile (${detail}).`, FIX.notTar);
}

/** Warehouse's top-level directory and PKG-INFO checks. */
function layoutFindings(members: TarMember[], root: string | undefined): Finding[] {
  if (root === undefined) {
    const tops = [
      ...new Set(members.map((m) => m.name.split('/').find((p) => p !== '' && p !== '.') ?? m.name)),
    ];
    return [
      finding(
        Z.Z022,
        `Invalid distribution file. Incorrect number of top-level directories in sdist: ${tops.length === 0 ? 'the archive is empty' : `found ${listNames(tops)}`}.`,
        FIX.root,
        tops,
      ),
    ];
  }
  const target = `${root}/PKG-INFO`;
  const pkgInfo = members.filter((m) => m.name === target).at(-1);
  if (!pkgInfo) {
    return [
      finding(Z.Z023, `Invalid distribution file. PKG-INFO not found at ${target}.`, FIX.pkgInfo, [target]),
    ];
  }
  if (pkgInfo.type !== 'file') {
    return [
      finding(
        Z.Z024,
        `${quoteName(target)} is a ${pkgInfo.type === 'other' ? 'special file' : pkgInfo.type}, not a regular file.`,
        FIX.pkgInfo,
        [target],
      ),
    ];
  }
  return [];
}

/**
 * Python's os.path.commonpath of the names: '' and '.' parts are ignored; mixing absolute and
 * relative names has no common path (undefined).
 */
export function commonPath(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const absolute = names[0]!.startsWith('/');
  if (names.some((n) => n.startsWith('/') !== absolute)) return undefined;
  let common: string[] | undefined;
  for (const name of names) {
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (!common) {
      common = parts;
      continue;
    }
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return (absolute ? '/' : '') + common!.join('/');
}
