/** `select` / `ignore` of check codes by prefix (as check-wheel-contents does), with typos refused. */
import { ConfigurationError } from '../errors/index.js';
import type { Finding, Rule } from './findings.js';

/** Which codes a check run reports. */
export interface CodeFilter {
  select?: string[];
  ignore?: string[];
}

/** Keeps the findings whose code is selected (all when no select) and not ignored. */
export function filterFindings(findings: Finding[], filter: CodeFilter): Finding[] {
  const matches = (code: string, prefixes: string[]) =>
    prefixes.some((p) => code.startsWith(p.toUpperCase()));
  return findings.filter(
    (f) =>
      (!filter.select?.length || matches(f.code, filter.select)) &&
      !(filter.ignore?.length && matches(f.code, filter.ignore)),
  );
}

/** Refuses a select/ignore entry that is no prefix of any known code, so a typo does not silence nothing. */
export function validateCodeFilter(filter: CodeFilter, rules: readonly Rule[], where: string): void {
  for (const key of ['select', 'ignore'] as const) {
    for (const prefix of filter[key] ?? []) {
      if (!rules.some((r) => r.code.startsWith(prefix.toUpperCase()))) {
        throw new ConfigurationError(
          `${where} ${key}: '${prefix}' matches no check code; codes are a letter and three digits (F001, M004, W009) and prefixes of them (W, W00); see the twine-check README for the list.`,
        );
      }
    }
  }
}

/** Splits a list input: commas, whitespace or newlines. */
export function splitCodes(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const list = value.split(/[\s,]+/).filter(Boolean);
  return list.length ? list : undefined;
}
