/** What a build hands to the next step: the action's `files` output and the CLI's --json list. */
import { displayPath } from '../text/index.js';
import type { BuildResult } from './build.js';

/** One built file as the next steps read it. */
export interface FileOutput {
  /** Relative to the working directory when inside it. */
  path: string;
  /** The project as the repository names it (the file name's form is `open_ticket_ai`). */
  project: string;
  version: string;
  kind: 'sdist' | 'wheel';
  sha256: string;
  size: number;
}

/** Every built file, in package order, as the next steps read it. */
export function fileOutputs(result: BuildResult, cwd: string): FileOutput[] {
  return result.packages.flatMap((p) =>
    p.files.map((f) => ({
      path: displayPath(f.path, cwd),
      project: p.name,
      version: f.version,
      kind: f.kind,
      sha256: f.sha256,
      size: f.size,
    })),
  );
}

/** The interpreter to run when none is given: python3, or python on Windows (no python3 there). */
export function defaultPython(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'python' : 'python3';
}
