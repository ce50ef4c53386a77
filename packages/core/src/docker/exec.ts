/**
 * Running the container tools: argument arrays (never a shell string), secrets on stdin (never in
 * argv, where `ps` and error messages would show them), output streamed line by line to the log and
 * its tail kept for the error message.
 */
import { spawn } from 'node:child_process';

/** How to run one command. */
export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, then stdin is closed (`--password-stdin`). */
  input?: string;
  /** Called with each line the command prints (stdout and stderr). */
  onLine?: (line: string) => void;
}

/** How a command ended. */
export interface ExecResult {
  /** The exit code; -1 when a signal ended it. */
  code: number;
  /** stdout and stderr interleaved, at most the last 64 KiB. */
  output: string;
}

/** Runs a command; rejects only when it cannot start (the tool is not installed). */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

const KEEP = 64 * 1024;

/** The Exec of this machine, over child_process.spawn. */
export const processExec: Exec = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let output = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-KEEP);
      if (!options.onLine) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line.replace(/\r$/, ''));
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial && options.onLine) options.onLine(partial);
      resolve({ code: code ?? -1, output });
    });
    if (options.input !== undefined) {
      child.stdin!.on('error', () => {});
      child.stdin!.end(options.input);
    }
  });

/** The last `count` non-empty lines of a command's output, for an error message. */
export function outputTail(output: string, count = 12): string {
  return output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-count)
    .join('\n');
}
