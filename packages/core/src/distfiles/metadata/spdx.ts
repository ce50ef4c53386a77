/**
 * SPDX license expressions as packaging's `canonicalize_license_expression` accepts them (what
 * License-Expression must pass for twine and PyPI): identifiers case-insensitively, deprecated ones
 * included, a trailing `+`, `LicenseRef-…`, `AND` / `OR` / `WITH` and parentheses. packaging knows
 * no `DocumentRef-…`, so neither do we: twine and PyPI reject it.
 */
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecatedLicenseIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import exceptionIds from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecatedExceptionIds from 'spdx-exceptions/deprecated.json' with { type: 'json' };
import { PY_WHITESPACE } from '../../pep440/whitespace.js';
import { pyRepr } from '../python-text.js';

// Exceptions of SPDX list 3.27 (the one packaging 26.3 ships) that spdx-exceptions 2.5.0 lacks.
const NEWER_EXCEPTIONS = [
  'Asterisk-linking-protocols-exception',
  'CGAL-linking-exception',
  'Digia-Qt-LGPL-exception-1.1',
  'GPL-3.0-389-ds-base-exception',
  'Independent-modules-exception',
  'PCRE2-exception',
  'RRDtool-FLOSS-exception-2.0',
  'erlang-otp-linking-exception',
  'harbour-exception',
  'mxml-exception',
  'polyparse-exception',
  'romic-exception',
];

// Deprecated ids of the SPDX list that spdx-license-ids leaves out (packaging keeps them).
const DEPRECATED_PLUS_IDS = ['GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+', 'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+'];

const LICENSES: ReadonlySet<string> = new Set(
  [...licenseIds, ...deprecatedLicenseIds, ...DEPRECATED_PLUS_IDS].map((id) => id.toLowerCase()),
);
const EXCEPTIONS: ReadonlySet<string> = new Set(
  [...exceptionIds, ...deprecatedExceptionIds, ...NEWER_EXCEPTIONS].map((id) => id.toLowerCase()),
);
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
const LICENSE_REF_ID = /^[A-Za-z0-9.-]+$/;
const SPACES = new RegExp(`${PY_WHITESPACE}+`);

/** Whether `tokens` (False, and, or, parentheses) form an expression Python would compile. */
function compiles(tokens: string[]): boolean {
  let i = 0;
  const term = (): boolean => {
    if (tokens[i] === 'False') {
      i++;
      return true;
    }
    if (tokens[i] !== '(') return false;
    i++;
    if (!expr() || tokens[i] !== ')') return false;
    i++;
    return true;
  };
  const expr = (): boolean => {
    if (!term()) return false;
    while (tokens[i] === 'and' || tokens[i] === 'or') {
      i++;
      if (!term()) return false;
    }
    return true;
  };
  return expr() && i === tokens.length;
}

/**
 * Why packaging rejects a License-Expression (`Unknown license: 'foo'`, `Invalid license expression:
 * '(mit'`), or undefined when it is valid.
 */
export function licenseExpressionProblem(raw: string): string | undefined {
  const invalid = `Invalid license expression: ${pyRepr(raw)}`;
  if (raw === '') return invalid;
  const tokens = raw
    .replace(/\(/g, ' ( ')
    .replace(/\)/g, ' ) ')
    .toLowerCase()
    .split(SPACES)
    .filter((t) => t !== '');

  // packaging turns the expression into Python (licenses become False, WITH becomes or) and compiles it.
  const python: string[] = [];
  for (const token of tokens) {
    const previous = python[python.length - 1];
    if (!OPERATORS.has(token)) python.push('False');
    else if (token === 'with') python.push('or');
    else if (
      (token === '(' && previous !== undefined && !['or', 'and', '('].includes(previous)) ||
      (token === ')' && previous === '(')
    ) {
      return invalid;
    } else python.push(token);
  }
  if (!compiles(python)) return invalid;

  let lastWasLicense = false;
  let afterWith = false;
  for (const [index, token] of tokens.entries()) {
    if (OPERATORS.has(token)) {
      if (
        token === 'with' &&
        (!lastWasLicense || index + 1 === tokens.length || OPERATORS.has(tokens[index + 1]!))
      ) {
        return invalid;
      }
      afterWith = token === 'with';
      lastWasLicense = false;
      continue;
    }
    if (afterWith) {
      if (!EXCEPTIONS.has(token)) return `Unknown license exception: ${pyRepr(token)}`;
      afterWith = false;
      lastWasLicense = false;
      continue;
    }
    const plus = token.endsWith('+');
    const id = plus ? token.slice(0, -1) : token;
    if (id.startsWith('licenseref-')) {
      if (plus || !LICENSE_REF_ID.test(id.slice('licenseref-'.length)))
        return `Invalid licenseref: ${pyRepr(token)}`;
    } else if (!LICENSES.has(id)) {
      return `Unknown license: ${pyRepr(id)}`;
    }
    lastWasLicense = true;
  }
  return undefined;
}
