/**
 * PEP 508 environment markers evaluated as packaging's `Marker.evaluate` does: a comparison whose
 * operator and right-hand side form a valid PEP 440 specifier compares versions (pre-releases
 * admitted), anything else compares strings; `extra` values are compared as normalised names.
 */
import type { MarkerItem, MarkerList, MarkerOperand } from '../pep508/index.js';
import { canonicalizeName } from '../names/index.js';
import { parseSpecifier, type Specifier, specifierContains } from '../pep440/index.js';

/** Marker variables and their values in one interpreter (`python_version` → `3.11`), plus `extra`. */
export type MarkerEnvironment = Readonly<Record<string, string>>;

/** Whether `marker` holds in `environment`: `and` binds tighter than `or`, as in packaging. */
export function evaluateMarker(marker: MarkerList, environment: MarkerEnvironment): boolean {
  const groups: boolean[][] = [[]];
  for (const part of marker) {
    if (part === 'or') groups.push([]);
    else if (part === 'and') continue;
    else if (Array.isArray(part)) groups.at(-1)!.push(evaluateMarker(part, environment));
    else groups.at(-1)!.push(evaluateItem(part, environment));
  }
  return groups.some((group) => group.every(Boolean));
}

function operandValue(operand: MarkerOperand, environment: MarkerEnvironment): string {
  return 'value' in operand ? operand.value : (environment[operand.variable] ?? '');
}

function asSpecifier(op: string, value: string): Specifier | undefined {
  try {
    return parseSpecifier(`${op}${value}`);
  } catch {
    return undefined;
  }
}

function evaluateItem(item: MarkerItem, environment: MarkerEnvironment): boolean {
  const variable =
    'variable' in item.left ? item.left.variable : (item.right as { variable?: string }).variable;
  let lhs = operandValue(item.left, environment);
  let rhs = operandValue(item.right, environment);
  if (variable === 'extra') {
    lhs = canonicalizeName(lhs);
    rhs = canonicalizeName(rhs);
  }
  const spec = item.op === 'in' || item.op === 'not in' ? undefined : asSpecifier(item.op, rhs);
  if (spec) return specifierContains(spec, lhs, { prereleases: true });
  switch (item.op) {
    case 'in':
      return rhs.includes(lhs);
    case 'not in':
      return !rhs.includes(lhs);
    case '==':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    default:
      // `~=` / `===` on text that is not a version: packaging raises UndefinedComparison. Such a
      // marker never holds for any interpreter, so it counts as false.
      return false;
  }
}
