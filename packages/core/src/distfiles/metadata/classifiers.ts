/**
 * Trove classifiers as PyPI checks them: against the trove-classifiers list when we have it, and by
 * form otherwise (every classifier on the list is `Category :: Sub[ :: …]` under one of ten
 * top-level categories). `Private :: …` classifiers are never on the list, by design: PyPI rejects
 * them, which is how projects make sure they are never uploaded by accident.
 */

/** PyPI's classifier list: valid classifiers and deprecated ones with their replacements. */
export interface ClassifierList {
  valid: ReadonlySet<string>;
  deprecated: ReadonlyMap<string, readonly string[]>;
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

/** What PyPI would say about `classifier`; undefined when it accepts it (or, without a list, when it looks right). */
export function classifierProblem(classifier: string, list?: ClassifierList): ClassifierProblem | undefined {
  if (/^\s*private/i.test(classifier)) return { kind: 'private' };
  if (!list) {
    const why = classifierFormProblem(classifier);
    return why ? { kind: 'invalid', why } : undefined;
  }
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
