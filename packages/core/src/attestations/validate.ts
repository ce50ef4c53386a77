/**
 * The checks PyPI makes on an attestation's statement (pypi-attestations' verify, Warehouse's
 * attestations service), made before the first upload so a bad attestation stops the release before
 * anything is published instead of failing one file in.
 */
import { ConfigurationError } from '../errors/index.js';
import type { Pep740Attestation } from './convert.js';
import {
  type AttestedDistribution,
  type InTotoStatement,
  PUBLISH_PREDICATE_TYPE,
  STATEMENT_TYPE,
} from './statement.js';

/** The statement an attestation signs, decoded from its envelope (throws when it is not JSON). */
export function attestationStatement(
  attestation: Pep740Attestation,
  filename = 'the distribution',
): InTotoStatement {
  try {
    return JSON.parse(
      Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'),
    ) as InTotoStatement;
  } catch {
    throw invalid(filename, 'its envelope statement is not base64 of a JSON in-toto statement');
  }
}

/**
 * Throws a ConfigurationError naming the file and the reason unless the attestation is one PyPI will
 * take for this file: version 1, a certificate, at least one transparency entry, a signature, and a
 * statement with exactly one subject whose name is the file name and whose sha256 is the file's.
 */
export function validateAttestation(attestation: Pep740Attestation, dist: AttestedDistribution): void {
  const file = dist.filename;
  if (attestation.version !== 1) throw invalid(file, `its version is ${String(attestation.version)}, not 1`);
  if (!attestation.verification_material?.certificate) throw invalid(file, 'it has no certificate');
  if (!attestation.verification_material.transparency_entries?.length) {
    throw invalid(file, 'it has no transparency entry');
  }
  if (!attestation.envelope?.signature) throw invalid(file, 'its envelope has no signature');
  const statement = attestationStatement(attestation, file);
  if (statement._type !== STATEMENT_TYPE) {
    throw invalid(file, `its statement's _type is '${String(statement._type)}', not '${STATEMENT_TYPE}'`);
  }
  if (!Array.isArray(statement.subject) || statement.subject.length !== 1) {
    const count = Array.isArray(statement.subject) ? statement.subject.length : 0;
    throw invalid(file, `its statement must have exactly one subject (it has ${count})`);
  }
  const [subject] = statement.subject;
  if (subject?.name !== file) {
    throw invalid(file, `its subject is '${String(subject?.name)}', not the file name '${file}'`);
  }
  const digest = subject.digest?.sha256;
  if (digest?.toLowerCase() !== dist.sha256.toLowerCase()) {
    throw invalid(file, `its subject's sha256 is ${String(digest)}, but the file's is ${dist.sha256}`);
  }
  if (statement.predicateType !== PUBLISH_PREDICATE_TYPE) {
    throw invalid(
      file,
      `its predicateType is '${String(statement.predicateType)}', not PyPI's '${PUBLISH_PREDICATE_TYPE}'`,
    );
  }
}

function invalid(filename: string, reason: string): ConfigurationError {
  return new ConfigurationError(
    `The attestation for ${filename} would be refused by the index: ${reason}. Nothing was uploaded.`,
  );
}
