/** Helpers for the core metadata tests: METADATA texts and the findings they produce. */
import type { Finding } from '../../../packages/core/src/distfiles/findings.js';
import {
  type ClassifierList,
  parseCoreMetadata,
  validateMetadata,
} from '../../../packages/core/src/distfiles/metadata/index.js';

/** The three required fields at Metadata 2.4. */
export const HEAD = 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n';

/** METADATA bytes: `HEAD` (or `head`) followed by `fields`. */
export function metadata(fields: string, head = HEAD): Buffer {
  return Buffer.from(head + fields, 'utf8');
}

/** All findings for a METADATA text (a wheel unless `kind` says otherwise). */
export function findingsOf(
  text: string | Buffer,
  options: { kind?: 'wheel' | 'sdist'; classifiers?: ClassifierList } = {},
): Finding[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return validateMetadata(parseCoreMetadata(bytes), {
    kind: options.kind ?? 'wheel',
    classifiers: options.classifiers,
  });
}

/** A small stand-in for trove_classifiers, with real entries of PyPI's list. */
export const CLASSIFIERS: ClassifierList = {
  valid: new Set([
    'Development Status :: 5 - Production/Stable',
    'License :: OSI Approved :: MIT License',
    'Natural Language :: Ukrainian',
    'Operating System :: OS Independent',
    'Programming Language :: Python :: 3',
    'Programming Language :: Python :: 3.12',
    'Typing :: Typed',
  ]),
  deprecated: new Map<string, readonly string[]>([
    ['Natural Language :: Ukranian', ['Natural Language :: Ukrainian']],
    ['License :: OSI Approved :: Intel Open Source License', []],
  ]),
};
