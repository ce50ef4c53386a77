/**
 * Trove classifiers as PyPI checks them: against the trove-classifiers list, which ships with us as a
 * snapshot of a pinned release (trove-classifiers.generated.ts) rather than coming from the runtime's
 * Python, whose copy may be years old. `Private :: …` classifiers are never on the list, by design:
 * PyPI rejects them, which is how projects make sure they are never uploaded by accident.
 */
import {
  DEPRECATED_CLASSIFIERS,
  TROVE_CLASSIFIERS_VERSION,
  VALID_CLASSIFIERS,
} from './trove-classifiers.generated.js';

/** PyPI's classifier list: valid classifiers and deprecated ones with their replacements. */
export interface ClassifierList {
  /** The trove-classifiers release the list comes from. */
  version: string;
  valid: ReadonlySet<string>;
  deprecated: ReadonlyMap<string, readonly string[]>;
}

let bundled: ClassifierList | undefined;

/** The list we check against: the bundled snapshot of trove-classifiers (built on first use). */
export function troveClassifiers(): ClassifierList {
  bundled ??= {
    version: TROVE_CLASSIFIERS_VERSION,
    valid: new Set(VALID_CLASSIFIERS),
    deprecated: new Map(Object.entries(DEPRECATED_CLASSIFIERS)),
  };
  return bundled;
}

/** The top-level categories of trove-classifiers. */
export const CLASSIFIER_CATEGORIES: readonly string[] = [
  'Development Status',
  'Environment',
  'Framework',
  'Intended Audience',
  'License',
  'Natural Language',
  'Operating System',
  'Programming Language',
  'Topic',
  'Typing',
];

/** What is wrong with one classifier. */
export type ClassifierProblem =
  | { kind: 'private' }
  | { kind: 'invalid'; why?: string; suggestion?: string }
  | { kind: 'deprecated'; replacements: readonly string[] };

/** Why `classifier` cannot be on PyPI's list, judged by its form alone; undefined when it looks right. */
export function classifierFormProblem(classifier: string): string | undefined {
  if (classifier.trim() !== classifier) return 'it has leading or trailing whitespace';
  const parts = classifier.split(' :: ');
  if (parts.length < 2) {
    return "a classifier has at least two parts separated by ' :: ' (e.g. 'Programming Language :: Python :: 3')";
  }
  if (parts.some((p) => p === '' || p.trim() !== p || p.includes('::'))) {
    return "its parts must be separated by ' :: ' (a space, two colons, a space) and must not be empty";
  }
  if (!CLASSIFIER_CATEGORIES.includes(parts[0]!)) {
    return `${JSON.stringify(parts[0])} is not a top-level category (${CLASSIFIER_CATEGORIES.join(', ')})`;
  }
  return undefined;
}

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*::\s*/g, '::')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What PyPI would say about `classifier`, by the bundled list; undefined when it accepts it. */
export function classifierProblem(classifier: string): ClassifierProblem | undefined {
  if (/^\s*private/i.test(classifier)) return { kind: 'private' };
  const list = troveClassifiers();
  const replacements = list.deprecated.get(classifier);
  if (replacements) return { kind: 'deprecated', replacements };
  if (list.valid.has(classifier)) return undefined;
  const why = classifierFormProblem(classifier);
  const wanted = squash(classifier);
  const suggestion = [...list.valid].find((c) => squash(c) === wanted);
  const problem: ClassifierProblem = { kind: 'invalid' };
  if (why) problem.why = why;
  if (suggestion) problem.suggestion = suggestion;
  return problem;
}
