/**
 * PyPI's check of Author-email and Maintainer-email: Warehouse takes the address that Python's
 * `email.utils.parseaddr` finds and validates its syntax with email_validator (no DNS). This is a
 * close approximation with email_validator's messages; a value listing several addresses is not
 * checked, because strict `parseaddr` (Python 3.13, which PyPI runs) returns no address for it.
 */
import { pyRepr } from '../python-text.js';

const ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~";
const DOT_ATOM = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
const DOT_ATOM_INTL = new RegExp(
  `^[${ATEXT}\\u0080-\\u{10FFFF}]+(?:\\.[${ATEXT}\\u0080-\\u{10FFFF}]+)*$`,
  'u',
);
const ATEXT_INTL_CHAR = new RegExp(`^[.${ATEXT}\\u0080-\\u{10FFFF}]$`, 'u');
const HOSTNAME_CHAR = /^[a-zA-Z0-9\-.\u0080-\u{10FFFF}]$/u;
const HOSTNAME_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const DOT_ATOM_HOSTNAME = new RegExp(`^${HOSTNAME_LABEL}(?:\\.${HOSTNAME_LABEL})*$`);
const SPECIAL_USE_DOMAINS = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];

/** Splits on commas outside quotes, angle brackets and comments. */
function splitAddresses(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (const ch of value) {
    if (ch === '"' && comment === 0) quoted = !quoted;
    else if (!quoted && ch === '<') angle++;
    else if (!quoted && ch === '>') angle = Math.max(0, angle - 1);
    else if (!quoted && ch === '(') comment++;
    else if (!quoted && ch === ')') comment = Math.max(0, comment - 1);
    if (ch === ',' && !quoted && angle === 0 && comment === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((p) => p.trim() !== '');
}

/** The address strict `parseaddr` would return, or undefined when it returns none. */
function addressOf(value: string): string | undefined {
  const parts = splitAddresses(value);
  if (parts.length !== 1) return undefined;
  const part = parts[0]!;
  const angle = /<([^>]*)>/.exec(part);
  let address = angle ? angle[1]! : part.replace(/\([^)]*\)/g, ' ');
  address = address.trim().replace(/\s*([@.])\s*/g, '$1');
  if (address === '' || /\s/.test(address) || address.includes('[')) return undefined;
  return address;
}

function displayChar(ch: string): string {
  if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) return pyRepr(ch);
  if (ch === ' ') return 'SPACE';
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function tooMany(text: string, limit: number): string {
  const diff = [...text].length - limit;
  return `(${diff} character${diff > 1 ? 's' : ''} too many)`;
}

function badChars(text: string, allowed: RegExp): string | undefined {
  const bad = new Set([...text].filter((c) => !allowed.test(c)).map(displayChar));
  return bad.size > 0 ? [...bad].sort().join(', ') : undefined;
}

function localPartProblem(local: string): string | undefined {
  if (local === '') return 'There must be something before the @-sign.';
  if ([...local].length > 64) return `The email address is too long before the @-sign ${tooMany(local, 64)}.`;
  if (DOT_ATOM.test(local) || DOT_ATOM_INTL.test(local)) return undefined;
  const bad = badChars(local, ATEXT_INTL_CHAR);
  if (bad) return `The email address contains invalid characters before the @-sign: ${bad}.`;
  if (local.endsWith('.')) return 'An email address cannot have a period immediately before the @-sign.';
  if (local.startsWith('.')) return 'An email address cannot start with a period.';
  if (local.includes('..')) return 'An email address cannot have two periods in a row.';
  return 'The email address contains invalid characters before the @-sign.';
}

function domainProblem(domainAsWritten: string): string | undefined {
  if (domainAsWritten === '') return 'There must be something after the @-sign.';
  const bad = badChars(domainAsWritten, HOSTNAME_CHAR);
  if (bad) return `The part after the @-sign contains invalid characters: ${bad}.`;
  const domain = domainAsWritten.toLowerCase();
  if (domain.endsWith('.')) return 'An email address cannot end with a period.';
  if (domain.startsWith('.')) return 'An email address cannot have a period immediately after the @-sign.';
  if (domain.includes('..')) return 'An email address cannot have two periods in a row.';
  if (domain.endsWith('-')) return 'An email address cannot end with a hyphen.';
  if (domain.startsWith('-')) return 'An email address cannot have a hyphen immediately after the @-sign.';
  if (domain.includes('.-') || domain.includes('-.')) {
    return 'An email address cannot have a period and a hyphen next to each other.';
  }
  const labels = domain.split('.');
  if (labels.some((l) => /^(?!xn)..--/i.test(l))) {
    return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
  }
  const ascii = DOT_ATOM_HOSTNAME.test(domain);
  if (ascii && domain.length > 255)
    return `The email address is too long after the @-sign ${tooMany(domain, 255)}.`;
  const long = labels.find((l) => l.length > 63);
  if (ascii && long)
    return `After the @-sign, periods cannot be separated by so many characters ${tooMany(long, 63)}.`;
  if (!domain.includes('.')) return 'The part after the @-sign is not valid. It should have a period.';
  if (ascii && !/[a-z]$/.test(domain)) {
    return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
  }
  if (SPECIAL_USE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) {
    return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
  }
  return undefined;
}

/**
 * PyPI's complaint about an Author-email / Maintainer-email value (`'x@localhost' is not a valid
 * email address: …`), or undefined when it accepts it.
 */
export function emailAddressProblem(value: string): string | undefined {
  const address = addressOf(value);
  if (address === undefined) return undefined;
  const at = address.split('@');
  let reason: string | undefined;
  if (at.length !== 2) reason = 'The email address is not valid. It must have exactly one @-sign.';
  else reason = localPartProblem(at[0]!) ?? domainProblem(at[1]!);
  if (!reason && [...address].length > 254)
    reason = `The email address is too long ${tooMany(address, 254)}.`;
  return reason && `${pyRepr(address)} is not a valid email address: ${reason}`;
}
