/**
 * The logging seam between domain code and the runner. Domain folders take a Logger; the action
 * runtime backs it with @actions/core (annotations, groups), the CLI with stderr, tests with memory.
 */
import type { SourcePosition } from '../errors/index.js';

/** Annotation levels as the runner knows them. */
export type Level = 'debug' | 'info' | 'notice' | 'warning' | 'error';

/** What domain code may say; notice/warning/error become annotations at `position` on a runner. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, position?: SourcePosition): void;
  warning(message: string, position?: SourcePosition): void;
  error(message: string, position?: SourcePosition): void;
  /** Runs `fn` inside a collapsible group (on a runner) or under a heading (CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** One recorded log line, as MemoryLogger keeps it. */
export interface LogEntry {
  level: Level | 'group';
  message: string;
  position?: SourcePosition;
}

/** A Logger that records everything, for tests and for collecting annotations into a result. */
export class MemoryLogger implements Logger {
  readonly entries: LogEntry[] = [];
  debug(message: string): void {
    this.entries.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message });
  }
  notice(message: string, position?: SourcePosition): void {
    this.entries.push({ level: 'notice', message, position });
  }
  warning(message: string, position?: SourcePosition): void {
    this.entries.push({ level: 'warning', message, position });
  }
  error(message: string, position?: SourcePosition): void {
    this.entries.push({ level: 'error', message, position });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.entries.push({ level: 'group', message: name });
    return fn();
  }
  /** Messages logged at `level`, in order. */
  messages(level: Level): string[] {
    return this.entries.filter((e) => e.level === level).map((e) => e.message);
  }
}

/** A Logger that drops everything (benchmarks, nested calls whose output is reported elsewhere). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
};
