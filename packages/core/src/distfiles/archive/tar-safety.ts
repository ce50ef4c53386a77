/**
 * The sdist spec requires unpacking with Python's `data` extraction filter (or equivalent), so a
 * member that filter refuses makes the sdist fail to unpack for pip and build (Python 3.14 uses it
 * by default). The filter's checks, done on names alone: paths are resolved through the links the
 * archive itself created earlier, as they would be on disk while extracting.
 */
import { ARCHIVE_RULES as Z } from './rules.js';
import type { IssueCollector } from './issues.js';
import { quoteName } from './describe.js';

/** What the filter looks at in one member. */
export interface FilteredMember {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  linkpath?: string;
  mode: number;
}

// Deep enough for any real tree, low enough to stop link cycles.
const MAX_LINK_DEPTH = 40;
const OUTSIDE = Symbol('outside');
type Resolved = string[] | typeof OUTSIDE;

const FIX = {
  path: 'exclude the file from the sdist or fix the include pattern that reaches outside the project (MANIFEST.in, [tool.hatch.build.targets.sdist], [tool.setuptools])',
  link: 'replace the link with a copy of the file it points to, or exclude it from the sdist',
  special: 'exclude the device, FIFO or socket file from the sdist',
  setuid:
    'clear the bit in the project (`chmod u-s,g-s <file>`, then commit the mode change) or exclude the file; unpackers clear it anyway',
} as const;

/** Applies the `data` filter's checks member by member, in archive order. */
export class DataFilterCheck {
  private readonly symlinks = new Map<string, string>();

  constructor(private readonly issues: IssueCollector) {}

  /** Checks one member, then remembers it if it is a symlink later members may pass through. */
  check(member: FilteredMember): void {
    const about = { member: member.name };
    const name = member.name.replace(/^\/+/, '');
    if (name !== member.name) {
      this.issues.add(Z.Z025, 'Members have absolute paths', FIX.path, {
        ...about,
        shown: `member ${quoteName(member.name)} has an absolute path`,
      });
    }
    const target = this.resolve(name.split('/'), 0);
    if (target === OUTSIDE) {
      this.issues.add(Z.Z025, 'Members would be extracted outside the destination', FIX.path, {
        ...about,
        shown: `${quoteName(member.name)} would be extracted outside the destination`,
      });
    }
    if (member.type === 'symlink' || member.type === 'hardlink') this.checkLink(member, name);
    if (member.type === 'other') {
      this.issues.add(Z.Z027, 'Members are special files', FIX.special, {
        ...about,
        shown: `${quoteName(member.name)} is a special file`,
      });
    }
    if ((member.type === 'file' || member.type === 'directory') && member.mode & 0o6000) {
      const bits = [member.mode & 0o4000 ? 'setuid' : '', member.mode & 0o2000 ? 'setgid' : ''].filter(
        Boolean,
      );
      this.issues.add(Z.Z028, 'Members have the setuid or setgid bit set', FIX.setuid, {
        ...about,
        shown: `${quoteName(member.name)} (${bits.join(' and ')}, mode ${member.mode.toString(8).padStart(4, '0')})`,
      });
    }
    if (member.type === 'symlink' && member.linkpath !== undefined) {
      // On disk the link lands where its parent directory really is, links included.
      const parts = name.split('/').filter((p) => p !== '' && p !== '.');
      const parent = this.resolve(parts.slice(0, -1), 0);
      if (parent !== OUTSIDE && parts.length > 0)
        this.symlinks.set([...parent, parts.at(-1)!].join('/'), member.linkpath);
    }
  }

  private checkLink(member: FilteredMember, name: string): void {
    const link = member.linkpath ?? '';
    const about = { member: member.name };
    if (link.startsWith('/')) {
      this.issues.add(Z.Z026, 'Links point to absolute paths', FIX.link, {
        ...about,
        shown: `${quoteName(member.name)} is a link to an absolute path (${quoteName(link)})`,
      });
      return;
    }
    // A symlink is relative to its own directory, a hard link to the archive root.
    const base = member.type === 'symlink' ? name.split('/').slice(0, -1) : [];
    if (this.resolve([...base, ...link.split('/')], 0) === OUTSIDE) {
      this.issues.add(Z.Z026, 'Links point outside the destination', FIX.link, {
        ...about,
        shown: `${quoteName(member.name)} would link to ${quoteName(link)}, which is outside the destination`,
      });
    }
  }

  /** Resolves path parts against the destination, following the archive's earlier symlinks. */
  private resolve(parts: string[], depth: number): Resolved {
    let out: string[] = [];
    for (const part of parts) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (out.length === 0) return OUTSIDE;
        out.pop();
        continue;
      }
      out.push(part);
      const link = this.symlinks.get(out.join('/'));
      if (link === undefined) continue;
      if (link.startsWith('/')) return OUTSIDE;
      if (depth >= MAX_LINK_DEPTH) return out;
      const resolved = this.resolve([...out.slice(0, -1), ...link.split('/')], depth + 1);
      if (resolved === OUTSIDE) return OUTSIDE;
      out = resolved;
    }
    return out;
  }
}
