/** The output side of a build: digests by streaming, moving into the output directory, what was there before. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDistFilename } from '../package-index/filenames.js';

/** SHA-256 (hex) and size in bytes of a file, read as a stream so large wheels never sit in memory. */
export async function digestFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    size += chunk.length;
    hash.update(chunk);
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Moves `source` to `dir/filename`, replacing a file of that name. A rename replaces atomically; across
 * file systems (a temp dir on tmpfs) the copy goes to a hidden name first and is renamed over, so the
 * output directory never holds half a file.
 */
export async function moveInto(source: string, dir: string, filename: string): Promise<string> {
  const target = join(dir, filename);
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const partial = join(dir, `.${filename}.${process.pid}.partial`);
    try {
      await copyFile(source, partial);
      await rename(partial, target);
    } catch (copyError) {
      await rm(partial, { force: true });
      throw copyError;
    }
    await rm(source, { force: true });
  }
  return target;
}

/** Names of the distribution files (sdists and wheels) directly in `dir`; none when it does not exist. */
export async function distributionFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && parseDistFilename(e.name) !== undefined)
    .map((e) => e.name)
    .sort();
}
