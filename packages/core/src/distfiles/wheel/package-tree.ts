/**
 * The local file tree check-wheel-contents compares a wheel's library with for W101/W102: the
 * `package` paths (each directory or file itself) and the contents of the `src_dir` directories,
 * resolved against the directory of pyproject.toml, minus `package_omit` patterns.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors/index.js';
import { pyRepr } from '../python-text.js';
import type { CwcConfig } from './cwc-settings.js';

/** cwc's default `package_omit`. */
export const DEFAULT_PACKAGE_OMIT = ['.*', 'CVS', 'RCS', '*.pyc', '*.pyo', '*.egg-info'];

/** Python's fnmatch for one path component (`*`, `?`, `[seq]`, `[!seq]`), case-sensitive as on POSIX. */
function componentPattern(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) out += '\\[';
      else {
        let body = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        else if (body.startsWith('^')) body = `\\${body}`;
        out += `[${body}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 's');
}

/**
 * pathlib's `PurePath.match(pattern)`: a relative pattern matches the path's last components
 * (`*.pyc` any file ending in .pyc, `tests/*.py` a .py directly under a `tests` directory); an
 * absolute pattern must match the whole path.
 */
export function pathMatches(absolutePath: string, pattern: string): boolean {
  const absolute = pattern.startsWith('/');
  const patternParts = pattern.split('/').filter((p) => p !== '');
  const pathParts = absolutePath.split('/').filter((p) => p !== '');
  if (patternParts.length === 0) return false;
  if (absolute ? patternParts.length !== pathParts.length : patternParts.length > pathParts.length)
    return false;
  const tail = pathParts.slice(pathParts.length - patternParts.length);
  return patternParts.every((p, i) => componentPattern(p).test(tail[i]!));
}

function walk(dir: string, rel: string, omit: readonly string[], files: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (omit.some((pattern) => pathMatches(full, pattern))) continue;
    const relPath = rel === '' ? name : `${rel}/${name}`;
    if (statSync(full).isDirectory()) walk(full, relPath, omit, files);
    else files.push(relPath);
  }
}

/**
 * The files of the package tree, as paths relative to the library root, or undefined when neither
 * `package` nor `srcDir` is set. Missing paths and two entries claiming one toplevel name are
 * ConfigurationErrors, as in cwc.
 */
export function packageTreeFiles(
  config: CwcConfig,
  projectDir: string,
  file: string,
): Set<string> | undefined {
  if (config.package === undefined && config.srcDir === undefined) return undefined;
  const omit = config.packageOmit ?? DEFAULT_PACKAGE_OMIT;
  const files = new Set<string>();
  const owners = new Map<string, string>();
  const claim = (top: string, source: string): void => {
    const earlier = owners.get(top);
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `${file}: [tool.check-wheel-contents] ${source} adds ${pyRepr(top)} to the file tree, but it is already ` +
          `present from ${earlier}; list each toplevel entry once.`,
        { file },
      );
    }
    owners.set(top, source);
  };
  for (const entry of config.package ?? []) {
    const full = path.resolve(projectDir, entry);
    if (!existsSync(full)) {
      throw new ConfigurationError(
        `${file}: [tool.check-wheel-contents] package: no such file or directory: ${pyRepr(full)}; paths are relative ` +
          'to the directory of pyproject.toml.',
        { file },
      );
    }
    const root = realpathSync(full);
    const name = path.basename(root);
    claim(name, `package ${pyRepr(entry)}`);
    if (statSync(root).isDirectory()) {
      const found: string[] = [];
      walk(root, name, omit, found);
      for (const f of found) files.add(f);
    } else files.add(name);
  }
  for (const entry of config.srcDir ?? []) {
    const full = path.resolve(projectDir, entry);
    if (!existsSync(full) || !statSync(full).isDirectory()) {
      throw new ConfigurationError(
        `${file}: [tool.check-wheel-contents] src_dir: not a directory: ${pyRepr(full)}; paths are relative to the ` +
          'directory of pyproject.toml.',
        { file },
      );
    }
    const root = realpathSync(full);
    for (const name of readdirSync(root)) {
      if (omit.some((pattern) => pathMatches(path.join(root, name), pattern))) continue;
      claim(name, `src_dir ${pyRepr(entry)}`);
    }
    const found: string[] = [];
    walk(root, '', omit, found);
    for (const f of found) files.add(f);
  }
  return files;
}
