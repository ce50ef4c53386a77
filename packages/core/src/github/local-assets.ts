/**
 * The files to attach, read from disk before anything is sent: expanded, sized (GitHub takes files
 * under 2 GiB), hashed once with a streamed SHA-256 (to compare with the `digest` GitHub keeps for each
 * asset) and given an explicit content type.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { expandPaths } from '../distfiles/files.js';
import { ConfigurationError } from '../errors/index.js';

/** GitHub's limit: "each file included in a release must be under 2 GiB". */
export const MAX_ASSET_SIZE = 2 * 1024 ** 3;

/** A file to attach. */
export interface LocalAsset {
  /** Absolute path. */
  path: string;
  /** The asset name (the file's base name). */
  name: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
  contentType: string;
}

/**
 * Content types by extension, set explicitly rather than from a MIME table: a wheel is a zip archive,
 * an sdist a gzip stream, attestations and SBOMs JSON; anything else is plain bytes.
 */
export function contentTypeFor(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.whl') || lower.endsWith('.zip')) return 'application/zip';
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'application/gzip';
  if (lower.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}

/** Read size for hashing and uploading: 1 MiB chunks hashed ~1.7× faster here than the default 64 KiB. */
export const READ_CHUNK = 1024 * 1024;

/** SHA-256 of a file, streamed (files up to 2 GiB are never held in memory). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The files `patterns` (paths, globs, directories; relative to `cwd`) name, checked before any write:
 * a pattern that matches nothing, a file of 2 GiB or more, or two files with one name (a release holds
 * one asset per name) is a ConfigurationError naming the input `where`.
 */
export async function localAssets(
  patterns: readonly string[],
  cwd: string,
  where: string,
): Promise<LocalAsset[]> {
  // Unlike the distribution checks, signatures and attestations (`.sigstore.json`, `.asc`) are kept:
  // a release is where users download them.
  const noMatch = (pattern: string) =>
    `${where}: '${pattern}' matches no file (relative to ${cwd}): build first, or point files at where the build wrote them.`;
  const paths = await expandPaths(patterns, cwd, { emptyDirectory: noMatch, noMatch });
  const sized = await Promise.all(paths.map(async (path) => ({ path, size: (await stat(path)).size })));
  const tooBig = sized.filter((f) => f.size >= MAX_ASSET_SIZE);
  if (tooBig.length > 0) {
    throw new ConfigurationError(
      `${where}: GitHub takes release assets under 2 GiB; ${tooBig
        .map((f) => `${relative(cwd, f.path)} is ${f.size} bytes`)
        .join(', ')}. Split the file or publish it elsewhere (nothing was created).`,
    );
  }
  const byName = new Map<string, string>();
  for (const { path } of sized) {
    const name = basename(path);
    const other = byName.get(name);
    if (other !== undefined) {
      throw new ConfigurationError(
        `${where}: ${relative(cwd, other)} and ${relative(cwd, path)} would both be the asset '${name}'; ` +
          'a release holds one asset per name: rename one or narrow the patterns.',
      );
    }
    byName.set(name, path);
  }
  return Promise.all(
    sized.map(async ({ path, size }) => {
      const name = basename(path);
      return { path, name, size, sha256: await fileSha256(path), contentType: contentTypeFor(name) };
    }),
  );
}
