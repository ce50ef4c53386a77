/** The Logger backed by the runner: annotations with file/line, collapsible groups. */
import * as core from '@actions/core';
import type { SourcePosition } from '../errors/index.js';
import type { Logger } from '../log/index.js';

function annotation(position?: SourcePosition): core.AnnotationProperties | undefined {
  if (!position?.file) return undefined;
  return { file: position.file, startLine: position.line, startColumn: position.column };
}

/** A Logger whose notices, warnings and errors become workflow annotations at their file and line. */
export function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m, p) => core.notice(m, annotation(p)),
    warning: (m, p) => core.warning(m, annotation(p)),
    error: (m, p) => core.error(m, annotation(p)),
    group: (name, fn) => core.group(name, fn),
  };
}
