/**
 * Collects archive problems member by member and turns each kind into one finding that names all
 * the members concerned, so a wheel with 3,000 bad names gives one finding, not 3,000.
 */
import { finding, type Finding, type Rule } from '../findings.js';
import { quoteName } from './describe.js';

// Messages list this many members; `members` always holds all of them.
const SHOWN = 5;

interface Group {
  rule: Rule;
  text: string;
  fix: string;
  members: string[];
  shown: string[];
  details: string[];
}

/** What one problem is about: a member (name for `members`, and how to show it) and/or a detail. */
export interface About {
  member?: string;
  /** How to show the member in the message (default: the quoted name). */
  shown?: string;
  detail?: string;
}

/** Groups problems by rule and text (the authority's wording), in the order first seen. */
export class IssueCollector {
  private readonly groups = new Map<string, Group>();

  /**
   * Records one occurrence of `text` (the authority's wording) under `rule`. `about` may be a
   * function, so that naming the member costs nothing on the path where nothing is wrong.
   */
  add(rule: Rule, text: string, fix: string, lazyAbout: About | (() => About) = {}): void {
    const about = typeof lazyAbout === 'function' ? lazyAbout() : lazyAbout;
    const key = `${rule.code}\n${text}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { rule, text, fix, members: [], shown: [], details: [] };
      this.groups.set(key, group);
    }
    if (about.member !== undefined && !group.members.includes(about.member)) {
      group.members.push(about.member);
      group.shown.push(about.shown ?? quoteName(about.member));
    }
    if (about.detail !== undefined && !group.details.includes(about.detail)) group.details.push(about.detail);
  }

  /** Whether anything was recorded under `rule`. */
  has(rule: Rule): boolean {
    return [...this.groups.values()].some((g) => g.rule.code === rule.code);
  }

  /** One finding per rule and text. */
  findings(): Finding[] {
    return [...this.groups.values()].map((g) => {
      const shown =
        g.shown.length > SHOWN ? [...g.shown.slice(0, SHOWN), `and ${g.shown.length - SHOWN} more`] : g.shown;
      const subject = [shown.join(', '), ...g.details.slice(0, SHOWN)].filter(Boolean).join('; ');
      const message = subject ? `${g.text.replace(/\.$/, '')}: ${subject}.` : g.text;
      return finding(g.rule, message, g.fix, g.members);
    });
  }
}
