/**
 * What the distribution checker reports: findings with stable codes. Every rule has a code, a
 * severity and the authority it comes from, so a user can tell "twine would say this" from "PyPI
 * rejects this at upload" from "check-wheel-contents style advice", and select or ignore by code.
 */

/**
 * error: PyPI (or twine) rejects the file, or installing it breaks; warning: likely a mistake (fails
 * with strict); notice: a standard is not met but every tool accepts the file (never fails).
 */
export type Severity = 'error' | 'warning' | 'notice';

/** Whose rule it is. */
export type RuleSource =
  'twine' | 'pypi' | 'wheel-spec' | 'sdist-spec' | 'check-wheel-contents' | 'otai-release';

/** One rule of the catalogue. */
export interface Rule {
  /** Stable code: `F` file name, `Z` archive framing, `M` core metadata, `P` PyPI-only metadata,
   * `D` description, `R` wheel/sdist structure, `S` size, `W` check-wheel-contents. */
  code: string;
  severity: Severity;
  source: RuleSource;
  /** One line saying what the rule requires, quoting the authority's wording where it has one. */
  title: string;
}

/** One problem found in one distribution file. */
export interface Finding {
  code: string;
  severity: Severity;
  /** What is wrong in this file, quoting the rule (PyPI's / twine's own text where there is one). */
  message: string;
  /** What to change in the project (pyproject.toml field, build backend setting, …) to fix it. */
  fix: string;
  /** Archive members concerned, when the finding is about members. */
  members?: string[];
}

/** Declares a group of rules, keyed by code, checking that each key matches its code. */
export function defineRules<const T extends Record<string, Omit<Rule, 'code'>>>(
  rules: T,
): { [K in keyof T]: Rule } {
  const out = {} as { [K in keyof T]: Rule };
  for (const [code, rule] of Object.entries(rules)) {
    if (!/^[A-Z]\d{3}$/.test(code)) throw new Error(`rule code ${code} is not a letter and three digits`);
    (out as Record<string, Rule>)[code] = { code, ...rule };
  }
  return out;
}

/** A finding of `rule`. */
export function finding(rule: Rule, message: string, fix: string, members?: string[]): Finding {
  return members && members.length > 0
    ? { code: rule.code, severity: rule.severity, message, fix, members }
    : { code: rule.code, severity: rule.severity, message, fix };
}
