/**
 * The one error type for user mistakes. Domain code throws it; the action runner and the CLI turn it
 * into an annotation / a message with exit code 1 and no stack trace. Anything else is a bug in us.
 */

/** Where in the user's repository a problem sits (repo-relative posix path, 1-based line/column). */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/** A mistake in the user's input, configuration or project: the message says what, where and how to fix it. */
export class ConfigurationError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, position: SourcePosition = {}) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = position.file;
    this.line = position.line;
    this.column = position.column;
  }

  /** `file:line: message`, the form compilers use, so editors and terminals can jump to it. */
  toString(): string {
    return `${formatPosition(this)}${this.message}`;
  }
}

/** `file:line:column: ` for whatever parts of the position are known, or '' when none are. */
export function formatPosition(position: SourcePosition): string {
  if (!position.file) return '';
  let out = position.file;
  if (position.line) out += `:${position.line}`;
  if (position.line && position.column) out += `:${position.column}`;
  return `${out}: `;
}

/** True for errors the user can fix (bad input), false for bugs and environment failures. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
