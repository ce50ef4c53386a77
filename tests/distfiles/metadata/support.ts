/** Helpers for the core metadata tests: METADATA texts and the findings they produce. */
import type { Finding } from '@otai-release/core/distfiles';
import { parseCoreMetadata, validateMetadata } from '@otai-release/core/distfiles/metadata';

/** The three required fields at Metadata 2.4. */
export const HEAD = 'Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n';

/** METADATA bytes: `HEAD` (or `head`) followed by `fields`. */
export function metadata(fields: string, head = HEAD): Buffer {
  return Buffer.from(head + fields, 'utf8');
}

/** All findings for a METADATA text (a wheel unless `kind` says otherwise). */
export function findingsOf(text: string | Buffer, options: { kind?: 'wheel' | 'sdist' } = {}): Finding[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return validateMetadata(parseCoreMetadata(bytes), { kind: options.kind ?? 'wheel' });
}
