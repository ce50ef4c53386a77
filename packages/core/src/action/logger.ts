/** The Logger backed by the runner: annotations with file/line, collapsible groups. */
import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type { SourcePosition } from '../errors/index.js';
import type { Logger } from '../log/index.js';

/**
 * A Logger whose notices, warnings and errors become workflow annotations at their file and line.
 * Domain code reports paths relative to the repository it read; `root` (that repository, as given to
 * the action) is prefixed so annotations land on the right file of the checkout.
 */
export function actionsLogger(root = '.'): Logger {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const annotation = (position?: SourcePosition): core.AnnotationProperties | undefined => {
    if (!position?.file) return undefined;
    const file = relative(workspace, resolve(root, position.file)).split(sep).join('/');
    return { file, startLine: position.line, startColumn: position.column };
  };
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m, p) => core.notice(m, annotation(p)),
    warning: (m, p) => core.warning(m, annotation(p)),
    error: (m, p) => core.error(m, annotation(p)),
    group: (name, fn) => core.group(name, fn),
  };
}
