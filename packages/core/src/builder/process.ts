/**
 * Running a build frontend as a child process: argument arrays (never a shell string), stdout and
 * stderr written to one file so they keep the order the processes wrote them in, as `2>&1` would.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open, readFile, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** How a child process ended and what it printed. */
export interface ProcessOutcome {
  /** The exit code, or undefined when a signal ended it. */
  code?: number;
  signal?: NodeJS.Signals;
  /** stdout and stderr as written, interleaved (the last MAX_OUTPUT bytes when there was more). */
  output: string;
}

/** The most of a build's output kept for the log; a build printing more is cut at the front. */
export const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * Runs `command args` in `cwd` with exactly `env`, stdout and stderr going to `logFile`; resolves when
 * it has exited. Rejects only when the process cannot start (ENOENT, EACCES).
 */
export async function runToFile(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<ProcessOutcome> {
  const handle = await open(options.logFile, 'w');
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  try {
    exit = await new Promise((resolvePromise, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', handle.fd, handle.fd],
        windowsHide: true,
      });
      child.on('error', reject);
      child.on('close', (code, signal) => resolvePromise({ code, signal }));
    });
  } finally {
    await handle.close();
  }
  return {
    code: exit.code ?? undefined,
    signal: exit.signal ?? undefined,
    output: await readTail(options.logFile, MAX_OUTPUT),
  };
}

async function readTail(path: string, max: number): Promise<string> {
  const { size } = await stat(path);
  if (size <= max) return readFile(path, 'utf8');
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(max);
    await handle.read(buffer, 0, max, size - max);
    return `[… ${size - max} bytes of earlier output left out]\n${buffer.toString('utf8')}`;
  } finally {
    await handle.close();
  }
}

/**
 * The file `name` runs as: a path (anything with a separator) resolved against `cwd`, otherwise the
 * first match on `env.PATH` (with PATHEXT on Windows); undefined when there is no such executable.
 */
export async function resolveExecutable(
  name: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string | undefined> {
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')] : [''];
  const candidates =
    isAbsolute(name) || /[\\/]/.test(name)
      ? extensions.map((ext) => resolve(cwd, name + ext))
      : (env.PATH ?? env.Path ?? '')
          .split(delimiter)
          .filter((dir) => dir !== '')
          .flatMap((dir) => extensions.map((ext) => join(dir, name + ext)));
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (
      windows ||
      (await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      ))
    )
      return candidate;
  }
  return undefined;
}

/** Removes ANSI escape sequences (colours, cursor moves, OSC links) and carriage-return redraws. */
export function stripAnsi(text: string): string {
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g, '')
    .split('\n')
    .map((line) => line.replace(/\r+$/, '').replace(/^.*\r/, ''))
    .join('\n');
}

/** The last `count` lines of `text`, trailing blank lines left out. */
export function lastLines(text: string, count: number): string[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  return lines.slice(Math.max(0, lines.length - count));
}

/** A command line for messages: arguments with spaces or quotes get single quotes, as a POSIX shell reads them. */
export function formatCommand(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}
