/**
 * Writers of distribution archives for tests: valid wheels and sdists by default, and raw ZIP and
 * tar writers that can produce every broken form the checker must recognise (duplicate names,
 * odd compression, mismatched headers, prepended or trailing data, non-UTF-8 names, sparse
 * members, devices, links out of the tree…).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { create as createTar } from 'tar';

// ---------------------------------------------------------------------------------------------
// ZIP

/** One ZIP entry; everything past `utf8` exists to write broken archives. */
export interface ZipEntrySpec {
  /** Name in the central directory (a Buffer for bytes that are not UTF-8). */
  name: string | Buffer;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default); any other number stores the bytes as given under that method. */
  method?: number;
  /** Name written in the local header instead of `name`. */
  localName?: string | Buffer;
  /** Sets flag bit 11 (UTF-8 name); default: when the name is not ASCII. */
  utf8?: boolean;
  /** Declared CRC-32 instead of the real one. */
  crc32?: number;
  /** Declared uncompressed size instead of the real one. */
  size?: number;
  /** Method written in the local header instead of `method`. */
  localMethod?: number;
  /** Extra general-purpose flag bits, in both headers. */
  flags?: number;
  /** Streaming mode: zero CRC and sizes in the local header, a data descriptor after the data. */
  dataDescriptor?: boolean;
  /** Central directory comment of this entry. */
  comment?: string;
  /** Extra field bytes appended in the local header (after any ZIP64 field). */
  localExtra?: Buffer;
  /** Writes only this many bytes of the (compressed) data, keeping the declared sizes. */
  truncateTo?: number;
  /** Leaves the entry out of the central directory (local header and data only). */
  hidden?: boolean;
}

/** Whole-archive options. */
export interface ZipOptions {
  /** Bytes before the first local header. */
  prepend?: Buffer;
  /** Bytes after the end-of-central-directory record (and its comment). */
  trailing?: Buffer;
  /** Writes ZIP64 extra fields for every entry and the ZIP64 end records. */
  zip64?: boolean;
  /** Archive comment (allowed by PyPI). */
  comment?: string;
}

const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Writes a ZIP file exactly as described, broken or not; returns `path`. */
export function writeZip(path: string, entries: ZipEntrySpec[], options: ZipOptions = {}): string {
  const parts: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (options.prepend) push(options.prepend);
  const central: Buffer[] = [];
  let centralCount = 0;
  for (const entry of entries) {
    const name = asBytes(entry.name);
    const localName = entry.localName === undefined ? name : asBytes(entry.localName);
    const raw = asBytes(entry.data);
    const method = entry.method ?? 8;
    const compressed = method === 8 ? deflateRawSync(raw) : raw;
    const written = entry.truncateTo === undefined ? compressed : compressed.subarray(0, entry.truncateTo);
    const crc = entry.crc32 ?? crc32(raw);
    const size = entry.size ?? raw.length;
    const utf8 = entry.utf8 ?? !isAscii(name);
    const flags = (entry.flags ?? 0) | (utf8 ? 0x0800 : 0) | (entry.dataDescriptor ? 0x0008 : 0);
    const zip64 = options.zip64 === true;
    const headerOffset = offset - (options.prepend?.length ?? 0);

    const localZip64 = zip64 ? extraField(0x0001, u64(size), u64(compressed.length)) : Buffer.alloc(0);
    const localExtra = Buffer.concat([localZip64, entry.localExtra ?? Buffer.alloc(0)]);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.localMethod ?? method, 8);
    local.writeUInt32LE(DOS_TIME, 10);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : zip64 ? MAX32 : compressed.length, 18);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : zip64 ? MAX32 : size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    push(Buffer.concat([local, localName, localExtra, written]));
    if (entry.dataDescriptor) {
      const descriptor = Buffer.alloc(zip64 ? 24 : 16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      if (zip64) {
        descriptor.writeBigUInt64LE(BigInt(compressed.length), 8);
        descriptor.writeBigUInt64LE(BigInt(size), 16);
      } else {
        descriptor.writeUInt32LE(compressed.length, 8);
        descriptor.writeUInt32LE(size, 12);
      }
      push(descriptor);
    }
    if (entry.hidden) continue;

    const comment = asBytes(entry.comment ?? '');
    const centralExtra = zip64
      ? extraField(0x0001, u64(size), u64(compressed.length), u64(headerOffset))
      : Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | (zip64 ? 45 : 20), 4);
    record.writeUInt16LE(zip64 ? 45 : 20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(DOS_TIME, 12);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(zip64 ? MAX32 : compressed.length, 20);
    record.writeUInt32LE(zip64 ? MAX32 : size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(centralExtra.length, 30);
    record.writeUInt16LE(comment.length, 32);
    const isDir = name[name.length - 1] === 0x2f;
    record.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    record.writeUInt32LE(zip64 ? MAX32 : headerOffset, 42);
    central.push(Buffer.concat([record, name, centralExtra, comment]));
    centralCount += 1;
  }
  const centralStart = offset - (options.prepend?.length ?? 0);
  const centralBytes = Buffer.concat(central);
  push(centralBytes);
  if (options.zip64) {
    const end64Position = offset - (options.prepend?.length ?? 0);
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE((3 << 8) | 45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(centralCount), 24);
    end64.writeBigUInt64LE(BigInt(centralCount), 32);
    end64.writeBigUInt64LE(BigInt(centralBytes.length), 40);
    end64.writeBigUInt64LE(BigInt(centralStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(end64Position), 8);
    locator.writeUInt32LE(1, 16);
    push(Buffer.concat([end64, locator]));
  }
  const archiveComment = asBytes(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? MAX16 : centralCount, 8);
  end.writeUInt16LE(options.zip64 ? MAX16 : centralCount, 10);
  end.writeUInt32LE(options.zip64 ? MAX32 : centralBytes.length, 12);
  end.writeUInt32LE(options.zip64 ? MAX32 : centralStart, 16);
  end.writeUInt16LE(archiveComment.length, 20);
  push(Buffer.concat([end, archiveComment]));
  if (options.trailing) push(options.trailing);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

// 2024-01-01 00:00:00 in DOS format (time low, date high).
const DOS_TIME = ((((2024 - 1980) << 9) | (1 << 5) | 1) << 16) >>> 0;

function extraField(id: number, ...values: Buffer[]): Buffer {
  const data = Buffer.concat(values);
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

function u64(value: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(BigInt(value));
  return out;
}

function asBytes(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

function isAscii(bytes: Buffer): boolean {
  return bytes.every((b) => b < 0x80);
}

// ---------------------------------------------------------------------------------------------
// Core metadata

/** Renders METADATA / PKG-INFO: `Key: value` lines (multi-line values indented), then the body. */
export function coreMetadata(fields: [string, string][], body?: string): string {
  const lines = fields.map(([key, value]) => `${key}: ${value.split('\n').join('\n        ')}`);
  return `${lines.join('\n')}\n${body === undefined ? '' : `\n${body}`}`;
}

/** `re.sub(r"[-_.]+", "_", name).lower()`: the name as it appears in file and directory names. */
export function escapedName(name: string): string {
  return name.replace(/[-_.]+/g, '_').toLowerCase();
}

function metadataText(
  name: string,
  version: string,
  metadata: [string, string][] | string | undefined,
  metadataVersion: string,
): string {
  if (typeof metadata === 'string') return metadata;
  const fields = metadata ?? [
    ['Summary', 'A test project.'],
    ['Description-Content-Type', 'text/markdown'],
  ];
  const has = (key: string) => fields.some(([k]) => k.toLowerCase() === key.toLowerCase());
  const required: [string, string][] = [
    ...(has('Metadata-Version') ? [] : [['Metadata-Version', metadataVersion] as [string, string]]),
    ...(has('Name') ? [] : [['Name', name] as [string, string]]),
    ...(has('Version') ? [] : [['Version', version] as [string, string]]),
  ];
  return coreMetadata([...required, ...fields], metadata ? undefined : `# ${name}\n\nA test project.\n`);
}

// ---------------------------------------------------------------------------------------------
// Wheels

/** What `makeWheel` builds; every field past `files` overrides a part of a valid wheel. */
export interface WheelSpec {
  name: string;
  version: string;
  /** Compressed tag set, e.g. 'py3-none-any' (default) or 'py2.py3-none-any'. */
  tag?: string;
  /** METADATA as fields (Metadata-Version, Name and Version added when missing) or as full text. */
  metadata?: [string, string][] | string;
  /** Files at the wheel root; default `{ '<name>/__init__.py': '' }`. */
  files?: Record<string, string | Buffer>;
  /** File name instead of `{name}-{version}-{tag}.whl`. */
  filename?: string;
  /** .dist-info directory name instead of `{name}-{version}.dist-info`. */
  distInfo?: string;
  /** WHEEL text instead of the generated one. */
  wheelFile?: string;
  /** 'auto' (default): a correct RECORD; a string: that RECORD text; false: no RECORD. */
  record?: 'auto' | string | false;
  /** More files in .dist-info (e.g. `licenses/LICENSE`, `entry_points.txt`), listed in RECORD. */
  distInfoFiles?: Record<string, string | Buffer>;
  /** Raw entries appended after RECORD (not listed in RECORD): duplicates, odd members… */
  extra?: ZipEntrySpec[];
  /** Compression for every member (default 8, deflate). */
  method?: number;
  /** Whole-archive options (prepend, trailing data, ZIP64). */
  zip?: ZipOptions;
}

/** Writes a wheel into `dir` (valid unless told otherwise); returns its absolute path. */
export function makeWheel(dir: string, spec: WheelSpec): string {
  const escaped = escapedName(spec.name);
  const tag = spec.tag ?? 'py3-none-any';
  const distInfo = spec.distInfo ?? `${escaped}-${spec.version}.dist-info`;
  const files: [string, Buffer][] = Object.entries(spec.files ?? { [`${escaped}/__init__.py`]: '' }).map(
    ([path, data]) => [path, asBytes(data)],
  );
  files.push([`${distInfo}/METADATA`, asBytes(metadataText(spec.name, spec.version, spec.metadata, '2.1'))]);
  files.push([`${distInfo}/WHEEL`, asBytes(spec.wheelFile ?? wheelText(tag))]);
  for (const [path, data] of Object.entries(spec.distInfoFiles ?? {}))
    files.push([`${distInfo}/${path}`, asBytes(data)]);
  const record = spec.record ?? 'auto';
  if (record !== false) {
    const text = record === 'auto' ? recordText(files, `${distInfo}/RECORD`) : record;
    files.push([`${distInfo}/RECORD`, asBytes(text)]);
  }
  const entries: ZipEntrySpec[] = files.map(([name, data]) => ({ name, data, method: spec.method ?? 8 }));
  const path = resolve(dir, spec.filename ?? `${escaped}-${spec.version}-${tag}.whl`);
  mkdirSync(dirname(path), { recursive: true });
  return writeZip(path, [...entries, ...(spec.extra ?? [])], spec.zip);
}

/** The WHEEL file of a pure-Python wheel with `tag` expanded into one Tag line per tag. */
export function wheelText(tag: string): string {
  const [pythons, abis, platforms] = tag.split('-') as [string, string, string];
  const tags = pythons
    .split('.')
    .flatMap((py) =>
      abis.split('.').flatMap((abi) => platforms.split('.').map((plat) => `${py}-${abi}-${plat}`)),
    );
  return `Wheel-Version: 1.0\nGenerator: otai-release-tests\nRoot-Is-Purelib: ${platforms === 'any'}\n${tags
    .map((t) => `Tag: ${t}\n`)
    .join('')}`;
}

/** RECORD for `files` (sha256, urlsafe base64 without padding, size) ending with `record,,`. */
export function recordText(files: [string, Buffer][], record: string): string {
  const rows = files.map(([path, data]) => {
    const digest = createHash('sha256').update(data).digest('base64url');
    return `${csvField(path)},sha256=${digest},${data.length}`;
  });
  return `${[...rows, `${csvField(record)},,`].join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---------------------------------------------------------------------------------------------
// tar

/** One raw tar entry. */
export interface TarEntrySpec {
  /** Full path in the archive. */
  name: string;
  /** Member kind, or a raw one-character type flag. Default 'file'. */
  type?:
    'file' | 'directory' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'gnu-sparse' | (string & {});
  data?: string | Buffer;
  linkpath?: string;
  /** Permission bits, setuid/setgid included (default 0o644, directories 0o755). */
  mode?: number;
  /** Pax records for this entry (written as a pax 'x' header before it), e.g. GNU.sparse.*. */
  pax?: Record<string, string>;
}

const TYPE_FLAGS: Record<string, string> = {
  file: '0',
  directory: '5',
  symlink: '2',
  hardlink: '1',
  char: '3',
  block: '4',
  fifo: '6',
  'gnu-sparse': 'S',
};

/** The 512-byte blocks of one entry (pax header first when asked for or needed). */
export function tarEntryBlocks(entry: TarEntrySpec): Buffer {
  const data = asBytes(entry.data ?? '');
  const flag = TYPE_FLAGS[entry.type ?? 'file'] ?? entry.type!;
  const pax: Record<string, string> = { ...entry.pax };
  const name = Buffer.from(entry.name);
  let nameField = entry.name;
  let prefix = '';
  if (name.length > 100) {
    const cut = entry.name.lastIndexOf('/', 155);
    if (
      cut > 0 &&
      Buffer.byteLength(entry.name.slice(cut + 1)) <= 100 &&
      Buffer.byteLength(entry.name.slice(0, cut)) <= 155
    ) {
      prefix = entry.name.slice(0, cut);
      nameField = entry.name.slice(cut + 1);
    } else {
      pax.path = entry.name;
      nameField = entry.name.slice(0, 100);
    }
  }
  if (entry.linkpath && Buffer.byteLength(entry.linkpath) > 100) pax.linkpath = entry.linkpath;
  const out: Buffer[] = [];
  if (Object.keys(pax).length > 0) {
    const body = paxBody(pax);
    out.push(
      header({ name: `PaxHeader/${nameField}`.slice(0, 100), flag: 'x', size: body.length, mode: 0o644 }),
      pad(body),
    );
  }
  const mode = entry.mode ?? (flag === '5' ? 0o755 : 0o644);
  const size = flag === '1' || flag === '2' || flag === '5' ? 0 : data.length;
  out.push(
    header({
      name: nameField,
      prefix,
      flag,
      size,
      mode,
      linkpath: entry.linkpath ?? '',
      gnuSparse: flag === 'S',
    }),
  );
  if (size > 0) out.push(pad(data));
  return Buffer.concat(out);
}

/** A raw tar (two zero blocks at the end), gzip-compressed unless `gzip` is false. */
export function writeTarGz(path: string, entries: TarEntrySpec[], options: { gzip?: boolean } = {}): string {
  const tar = Buffer.concat([...entries.map(tarEntryBlocks), Buffer.alloc(1024)]);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, options.gzip === false ? tar : gzipSync(tar));
  return path;
}

function header(h: {
  name: string;
  prefix?: string;
  flag: string;
  size: number;
  mode: number;
  linkpath?: string;
  gnuSparse?: boolean;
}): Buffer {
  const b = Buffer.alloc(512);
  b.write(h.name, 0, 100, 'utf8');
  b.write(octal(h.mode, 7), 100);
  b.write(octal(0, 7), 108);
  b.write(octal(0, 7), 116);
  b.write(octal(h.size, 11), 124);
  b.write(octal(1704067200, 11), 136);
  b.write(h.flag, 156, 1, 'latin1');
  b.write(h.linkpath ?? '', 157, 100, 'utf8');
  if (h.gnuSparse) {
    // Old GNU format: one sparse region (all the data), no extension blocks, real size = size.
    b.write('ustar  \0', 257, 8, 'latin1');
    b.write(octal(0, 11), 386);
    b.write(octal(h.size, 11), 398);
    b.write(octal(h.size, 11), 483);
  } else {
    b.write('ustar\u000000', 257, 8, 'latin1');
    b.write(octal(0, 7), 329);
    b.write(octal(0, 7), 337);
    b.write(h.prefix ?? '', 345, 155, 'utf8');
  }
  b.write('        ', 148, 8, 'latin1');
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return b;
}

function paxBody(records: Record<string, string>): Buffer {
  return Buffer.concat(
    Object.entries(records).map(([key, value]) => {
      const text = ` ${key}=${value}\n`;
      let length = Buffer.byteLength(text) + 1;
      while (Buffer.byteLength(`${length}${text}`) !== length) length += 1;
      return Buffer.from(`${length}${text}`);
    }),
  );
}

function octal(value: number, digits: number): string {
  return `${value.toString(8).padStart(digits, '0')}\0`;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

// ---------------------------------------------------------------------------------------------
// sdists

/** What `makeSdist` builds; every field past `files` overrides a part of a valid sdist. */
export interface SdistSpec {
  name: string;
  version: string;
  /** PKG-INFO as fields (Metadata-Version 2.2, Name and Version added when missing) or full text. */
  pkgInfo?: [string, string][] | string;
  /** Files under the root; default a pyproject.toml and `<name>/__init__.py`. */
  files?: Record<string, string | Buffer>;
  /** Top-level directory instead of `{name}-{version}`. */
  root?: string;
  /** File name instead of `{name}-{version}.tar.gz`. */
  filename?: string;
  /** Leaves PKG-INFO out. */
  omitPkgInfo?: boolean;
  /** Raw entries appended after the valid ones (full archive paths): links, devices, sparse… */
  extra?: TarEntrySpec[];
}

/** Writes a PEP 625 sdist into `dir` (valid unless told otherwise); returns its absolute path. */
export function makeSdist(dir: string, spec: SdistSpec): string {
  const escaped = escapedName(spec.name);
  const root = spec.root ?? `${escaped}-${spec.version}`;
  const files: Record<string, string | Buffer> = {
    ...(spec.files ?? {
      'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${spec.name}"\nversion = "${spec.version}"\n`,
      [`${escaped}/__init__.py`]: '',
    }),
  };
  if (!spec.omitPkgInfo) files['PKG-INFO'] = metadataText(spec.name, spec.version, spec.pkgInfo, '2.2');
  const stage = mkdtempSync(join(tmpdir(), 'sdist-stage-'));
  try {
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(dirname(join(stage, root, path)), { recursive: true });
      writeFileSync(join(stage, root, path), data);
    }
    const plain = join(stage, 'plain.tar');
    createTar({ cwd: stage, file: plain, sync: true, portable: true }, [root]);
    // node-tar ends the archive with two zero blocks; raw entries go before them.
    const body = readFileSync(plain).subarray(0, -1024);
    const tar = Buffer.concat([body, ...(spec.extra ?? []).map(tarEntryBlocks), Buffer.alloc(1024)]);
    const path = resolve(dir, spec.filename ?? `${escaped}-${spec.version}.tar.gz`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, gzipSync(tar));
    return path;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
