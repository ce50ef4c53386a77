/**
 * Which of the files are already on the index, and with what content: for dry-run's plan and for
 * skip-existing. Warehouse's JSON API gives sha256 and blake2b_256; pypiserver and older Nexus have no
 * JSON API or leave blake2b_256 out, so the simple API (sha256 in the link) is the fallback, and a
 * digest the index does not give is never read as a mismatch (issue 10, item 10).
 */
import { type HttpClient, isHttpError } from '../http/index.js';
import { canonicalizeName } from '../names/index.js';
import { fetchSimpleProject, type IndexEndpoints } from '../package-index/index.js';
import type { FileDigests } from '../hashing/index.js';

/** A file the index holds, with whichever digests it tells. */
export interface IndexedFile {
  filename: string;
  sha256?: string;
  blake2b_256?: string;
  url?: string;
}

/** What the index has under a release's file names; undefined `files`: it could not be asked. */
export interface ExistingFiles {
  files?: Map<string, IndexedFile>;
  /** Where the answer came from, or why there is none. */
  source: string;
}

/** How a local file compares with the index's file of the same name. */
export type Comparison = 'absent' | 'identical' | 'different' | 'present-unverified';

/** Compares by every digest both sides have; with none in common the file is present but unverified. */
export function compareWithIndex(local: FileDigests, indexed: IndexedFile | undefined): Comparison {
  if (!indexed) return 'absent';
  const checks: boolean[] = [];
  if (indexed.sha256) checks.push(indexed.sha256.toLowerCase() === local.sha256);
  if (indexed.blake2b_256) checks.push(indexed.blake2b_256.toLowerCase() === local.blake2_256);
  if (checks.length === 0) return 'present-unverified';
  return checks.every(Boolean) ? 'identical' : 'different';
}

interface JsonRelease {
  urls?: { filename?: string; digests?: Record<string, string>; url?: string }[];
}

/** Asks the index for the files of `project` `version`: the JSON API first, then the simple API. */
export async function existingFiles(
  http: HttpClient,
  endpoints: Pick<IndexEndpoints, 'jsonApiBase' | 'simpleUrl' | 'credentials'>,
  project: string,
  version: string,
): Promise<ExistingFiles> {
  const headers: Record<string, string> = {};
  if (endpoints.credentials) {
    const { username, password } = endpoints.credentials;
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  const name = canonicalizeName(project);
  if (endpoints.jsonApiBase) {
    const url = `${endpoints.jsonApiBase}${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
    try {
      const answer = await http.getJson<JsonRelease>(url, { headers });
      if (answer.body && Array.isArray(answer.body.urls)) {
        const files = new Map<string, IndexedFile>();
        for (const f of answer.body.urls) {
          if (typeof f.filename !== 'string') continue;
          files.set(f.filename, {
            filename: f.filename,
            sha256: f.digests?.sha256,
            blake2b_256: f.digests?.blake2b_256,
            url: f.url,
          });
        }
        return { files, source: url };
      }
    } catch (error) {
      if (!isHttpError(error)) throw error;
      // Not every index has the JSON API (and a 404 may only mean "no such release"): ask the simple API.
    }
  }
  try {
    const page = await fetchSimpleProject(
      http,
      { ...endpoints, name: '', uploadUrl: '', projectUrl: () => '' },
      name,
    );
    const files = new Map<string, IndexedFile>();
    for (const f of page?.files ?? []) {
      files.set(f.filename, {
        filename: f.filename,
        sha256: f.hashes.sha256,
        blake2b_256: f.hashes.blake2b_256,
        url: f.url,
      });
    }
    return { files, source: `${endpoints.simpleUrl}${name}/` };
  } catch (error) {
    if (!isHttpError(error)) throw error;
    return { source: `neither the JSON API nor the simple API answered (${error.message})` };
  }
}
