/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */
import { formatPosition } from '@otai-release/core/errors';
import type { Logger } from '@otai-release/core/log';

/** Options of the console logger. */
export interface ConsoleLoggerOptions {
  /** Print info lines and group headings (off with --json or --quiet). */
  verbose: boolean;
  /** Print debug lines. */
  debug?: boolean;
  write?: (line: string) => void;
  /** Colour the level words (on when stderr is a terminal). */
  color?: boolean;
  /** Print notices (default true); --quiet prints only problems, which notices are not. */
  notices?: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' } as const;

/** A Logger for terminals and CI logs outside GitHub Actions. */
export function consoleLogger(options: ConsoleLoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const level = (name: keyof typeof COLORS) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
  return {
    debug: (m) => options.debug && write(`debug: ${m}`),
    info: (m) => options.verbose && write(m),
    notice: (m, p) =>
      options.notices !== false && write(`${formatPosition(p ?? {})}${level('notice')}: ${m}`),
    warning: (m, p) => write(`${formatPosition(p ?? {})}${level('warning')}: ${m}`),
    error: (m, p) => write(`${formatPosition(p ?? {})}${level('error')}: ${m}`),
    group: async (name, fn) => {
      if (options.verbose) write(`== ${name}`);
      return fn();
    },
  };
}
