/** Cached, repository-relative file access: each file is read and each TOML parsed once per run. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseToml, type TomlTable } from './toml.js';

/** Reads files of one repository by their repo-relative posix path. */
export class RepoFiles {
  private readonly texts = new Map<string, string>();
  private readonly tables = new Map<string, TomlTable>();

  /** `root` is the absolute (or cwd-relative) repository directory. */
  constructor(readonly root: string) {}

  /** Absolute path of a repo-relative path. */
  absolute(file: string): string {
    return join(this.root, file);
  }

  /** True when the file exists and is a regular file. */
  isFile(file: string): boolean {
    const abs = this.absolute(file);
    return existsSync(abs) && statSync(abs).isFile();
  }

  /** The names of the subdirectories of a directory, sorted; none when it does not exist. */
  subdirs(dir: string): string[] {
    try {
      return readdirSync(this.absolute(dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  }

  /** The file's text (UTF-8). */
  text(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      text = readFileSync(this.absolute(file), 'utf8');
      this.texts.set(file, text);
    }
    return text;
  }

  /** The file parsed as TOML; syntax errors name the file and position. */
  toml(file: string): TomlTable {
    let table = this.tables.get(file);
    if (table === undefined) {
      table = parseToml(this.text(file), file);
      this.tables.set(file, table);
    }
    return table;
  }
}

/** Joins repo-relative posix paths, keeping '.' for the root. */
export function joinRel(...parts: string[]): string {
  const joined = posix.normalize(posix.join(...parts));
  return joined === '' ? '.' : joined;
}
