/**
 * GitHub Actions filter patterns (`on.push.tags`, `branches`), as GitHub's "filter pattern cheat
 * sheet" defines them: `*` any characters but `/`, `**` any characters, `?` zero or one of the
 * preceding character, `+` one or more of it, `[a-z0-9]` one listed character, `\` escapes, and a
 * leading `!` excludes what earlier patterns matched (later patterns win).
 */

/** One filter pattern (without a leading `!`) as an anchored RegExp. */
export function compileFilterPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      source += escapeChar(pattern[++i]!);
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else if (c === '?' || c === '+') {
      // Quantifies what precedes it; at the very start it has nothing to quantify and is literal.
      source += source === '' ? escapeChar(c) : c;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      source += `[${pattern.slice(i + 1, end).replace(/[\\^]/g, '\\$&')}]`;
      i = end;
    } else source += escapeChar(c);
  }
  return new RegExp(`^${source}$`);
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Whether `name` passes a list of filter patterns (positive and `!` negative, in order). */
export function matchesFilters(patterns: readonly string[], name: string): boolean {
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matched && compileFilterPattern(pattern.slice(1)).test(name)) matched = false;
    } else if (!matched && compileFilterPattern(pattern).test(name)) matched = true;
  }
  return matched;
}
