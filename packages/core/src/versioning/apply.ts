/**
 * Writing a plan: all files or none. Every file is re-read first and every span checked against what
 * the plan saw (a file edited between read and write stops everything before a byte is written); new
 * contents go to temporary files beside the originals, and only when all are written are they renamed
 * over the originals. If a rename fails, the files already replaced get their original bytes back.
 */
import {
  chmodSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError, errorMessage } from '../errors/index.js';
import { applyReplacements } from './text.js';
import type { FileEdit } from './types.js';

/** The file operations apply uses (a seam so tests can make one of them fail). */
export interface FileIo {
  read(path: string): Buffer;
  /** Writes a new file with the given permission bits. */
  write(path: string, data: string | Buffer, mode: number): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** The real path (symlinks resolved) and permission bits of an existing file. */
  stat(path: string): { realPath: string; mode: number };
}

/** Node's synchronous fs. */
export const nodeIo: FileIo = {
  read: (path) => readFileSync(path),
  write: (path, data, mode) => {
    writeFileSync(path, data, { flag: 'wx' });
    chmodSync(path, mode);
  },
  rename: (from, to) => renameSync(from, to),
  remove: (path) => unlinkSync(path),
  stat: (path) => {
    const realPath = realpathSync(path);
    return { realPath, mode: statSync(realPath).mode & 0o7777 };
  },
};

/** A written plan: the files it changed, and how to put their original bytes back. */
export interface AppliedEdits {
  /** Repository-relative paths, in plan order. */
  files: string[];
  /** Restores every changed file to the bytes it had before (all or as many as possible; throws after trying all). */
  restore(): void;
}

interface Prepared {
  file: string;
  path: string;
  mode: number;
  before: Buffer;
  after: string;
}

let counter = 0;
const tempPath = (path: string) =>
  join(dirname(path), `.${basename(path)}.otai-release-${process.pid}-${++counter}.tmp`);

function prepare(root: string, edit: FileEdit, io: FileIo): Prepared {
  let path: string;
  let mode: number;
  let before: Buffer;
  try {
    ({ realPath: path, mode } = io.stat(join(root, edit.file)));
    before = io.read(path);
  } catch (error) {
    throw new ConfigurationError(
      `${edit.file} changed since it was read: it can no longer be read (${errorMessage(error)}); nothing was written. Run again.`,
      { file: edit.file },
    );
  }
  const current = before.toString('utf8');
  // Offsets are string indices of the UTF-8 text; a file that is not UTF-8 would not round-trip.
  if (!Buffer.from(current, 'utf8').equals(before)) {
    throw new ConfigurationError(
      `${edit.file} is not valid UTF-8, so it cannot be rewritten byte for byte; nothing was written. Save it as UTF-8.`,
      { file: edit.file },
    );
  }
  for (const r of edit.replacements) {
    if (current.slice(r.start, r.end) !== r.old) {
      throw new ConfigurationError(
        `${edit.file} changed since it was read: expected ${JSON.stringify(r.old)} at line ${r.line} (${r.label}); nothing was written. Run again.`,
        { file: edit.file, line: r.line, column: r.column },
      );
    }
  }
  // Spans still hold: apply them to the current text, so an edit elsewhere in the file survives.
  return { file: edit.file, path, mode, before, after: applyReplacements(current, edit.replacements) };
}

function restoreAll(prepared: Prepared[], io: FileIo): void {
  const failed: string[] = [];
  for (const p of prepared) {
    try {
      if (io.read(p.path).equals(p.before)) continue;
      const temp = tempPath(p.path);
      io.write(temp, p.before, p.mode);
      io.rename(temp, p.path);
    } catch (error) {
      failed.push(`${p.file} (${errorMessage(error)})`);
    }
  }
  if (failed.length > 0) {
    throw new Error(`could not restore ${failed.join(', ')}; restore them with git checkout -- <file>`);
  }
}

/**
 * Writes every edit of a plan under `root`, all or none. Throws ConfigurationError (nothing written)
 * when a file changed since the plan read it; on a write failure, restores what was replaced and rethrows.
 */
export function applyEdits(root: string, edits: readonly FileEdit[], io: FileIo = nodeIo): AppliedEdits {
  const prepared = edits.map((edit) => prepare(root, edit, io));
  const temps: string[] = [];
  const removeTemps = (from: number) => {
    for (const temp of temps.slice(from)) {
      try {
        io.remove(temp);
      } catch {
        // Never written, or already gone: the originals matter, not the temporaries.
      }
    }
  };
  try {
    for (const p of prepared) {
      temps.push(tempPath(p.path));
      io.write(temps.at(-1)!, p.after, p.mode);
    }
  } catch (error) {
    removeTemps(0);
    throw error;
  }
  let renamed = 0;
  try {
    for (; renamed < prepared.length; renamed++) io.rename(temps[renamed], prepared[renamed].path);
  } catch (error) {
    removeTemps(renamed);
    restoreAll(prepared.slice(0, renamed), io);
    throw error;
  }
  return { files: prepared.map((p) => p.file), restore: () => restoreAll(prepared, io) };
}
