/**
 * What an index's answer to one upload means (pypi-publish.md §3.4, §3.5, §6). Warehouse puts its
 * message in the HTTP reason phrase and repeats it in the HTML body's <title>; other indexes answer
 * duplicates in their own ways. Each known refusal gets a hint saying what to do about it.
 */

/** An answer as the uploader received it. */
export interface UploadAnswer {
  status: number;
  /** The reason phrase (only HTTP/1.1 has one). */
  statusText: string;
  body: string;
}

/** What the answer means for the file. */
export type UploadVerdict =
  /** Stored (or identical to what was stored: Warehouse answers 200 to an identical re-upload). */
  | { kind: 'uploaded'; warnings: string[] }
  /** The index already has a file of that name (with other content, or it cannot tell us). */
  | { kind: 'exists'; message: string }
  /** Worth another attempt: 429 or 5xx. */
  | { kind: 'retry'; message: string }
  /** Refused for good: the index's message verbatim, and what to do. */
  | { kind: 'refused'; message: string; hint?: string; auth: boolean };

// Standard reason phrases, so a custom one (Warehouse's message) can be told apart.
const STANDARD = new Set([
  'OK',
  'Created',
  'Bad Request',
  'Unauthorized',
  'Forbidden',
  'Not Found',
  'Method Not Allowed',
  'Conflict',
  'Gone',
  'Payload Too Large',
  'Request Entity Too Large',
  'Content Too Large',
  'Too Many Requests',
  'Internal Server Error',
  'Bad Gateway',
  'Service Unavailable',
  'Gateway Timeout',
  'Permanent Redirect',
  'Temporary Redirect',
  'Moved Permanently',
  'Found',
  'See Other',
  'Unprocessable Entity',
  'Length Required',
]);

// Duplicate answers (pypi-publish.md §3.5): twine's current rules plus the ones twine 6.2 dropped.
const DUPLICATE_PATTERNS: readonly { status: number; pattern: RegExp }[] = [
  { status: 400, pattern: /already exist/i }, // PyPI, TestPyPI, GCP Artifact Registry
  { status: 400, pattern: /updating asset/i }, // Nexus: "Repository does not allow updating assets"
  { status: 403, pattern: /overwrite artifact/i }, // Artifactory: "Not enough permissions to delete/overwrite artifact"
  { status: 400, pattern: /already been taken/i }, // GitLab
];

/** Classifies an answer to an upload. */
export function classifyUpload(answer: UploadAnswer): UploadVerdict {
  const { status } = answer;
  if (status >= 200 && status <= 299) {
    const warnings = answer.body
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^<|^OK$/i.test(l));
    return { kind: 'uploaded', warnings };
  }
  const message = answerMessage(answer);
  if (status === 429 || (status >= 500 && status <= 599)) return { kind: 'retry', message };
  if (status === 409) return { kind: 'exists', message };
  const text = `${answer.statusText}\n${answer.body}`;
  if (DUPLICATE_PATTERNS.some((d) => d.status === status && d.pattern.test(text)))
    return { kind: 'exists', message };
  return { kind: 'refused', message, hint: hintFor(status, message), auth: status === 401 || status === 403 };
}

/** The index's own words: a custom reason phrase, else the HTML <title>/<h1>, else the body's start. */
export function answerMessage(answer: UploadAnswer): string {
  const reason = answer.statusText.trim();
  if (reason !== '' && !STANDARD.has(reason)) return `${answer.status} ${reason}`;
  const title =
    /<title>([\s\S]*?)<\/title>/i.exec(answer.body)?.[1] ?? /<h1>([\s\S]*?)<\/h1>/i.exec(answer.body)?.[1];
  if (title?.trim()) {
    const text = decodeEntities(title.trim());
    return /^\d{3}\b/.test(text) ? text : `${answer.status} ${text}`;
  }
  const first = answer.body.trim().split('\n')[0]?.trim() ?? '';
  if (first !== '') return `${answer.status} ${reason || 'error'}: ${first.slice(0, 500)}`;
  return `${answer.status}${reason ? ` ${reason}` : ''}`;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Warehouse's messages (pypi-publish.md §6) → what the user does about them.
const HINTS: readonly [RegExp, string][] = [
  [
    /previously used by a file that has since been deleted/i,
    'PyPI never accepts a deleted file name again: release a new version (a post-release such as 1.0.0.post1 works).',
  ],
  [
    /Only one sdist may be uploaded per release/i,
    'this version already has an sdist on the index (perhaps a .zip, or one built under another name): upload only one sdist per version, or release a new version.',
  ],
  [
    /older than 14 days/i,
    'PyPI no longer adds files to releases older than 14 days: publish the missing files with a new version.',
  ],
  [
    /Invalid or non-existent authentication information/i,
    "the token is wrong, expired, revoked, or for another index (a TestPyPI token does not work on PyPI). Check the secret's name and value (no spaces or newlines); with user __token__ the password is the whole `pypi-…` token. For trusted publishing, leave password empty.",
  ],
  [
    /given token isn't allowed to upload to project/i,
    "the trusted publisher (or project-scoped token) belongs to another project: on the index's project settings, add a publisher for this project, or check that the distribution's name is the project you mean.",
  ],
  [
    /isn't allowed to upload to project/i,
    "this account has no upload rights on the project: ask an owner to add it as a maintainer, or use the project's own token (per-package tokens: run the action once per package with its packages-dir and password).",
  ],
  [
    /Non-user identities cannot create new projects/i,
    "the pending publisher's project name differs from the distribution's Name: fix the pending publisher's name on the index, or the project name in pyproject.toml.",
  ],
  [/Read-only mode/i, 'the index is in maintenance: run the job again later with skip-existing: true.'],
  [
    /is not a valid classifier|classifier .* has been deprecated/i,
    'fix `classifiers` in pyproject.toml (twine-check lists the valid ones), rebuild, and upload again.',
  ],
  [
    /is not a valid metadata version/i,
    'the build backend wrote a Metadata-Version the index does not accept: use a build backend release that writes 2.4 or earlier, or an index that accepts it.',
  ],
  [
    /use of local versions/i,
    'indexes refuse local versions (`+…`): build from a clean tag so the version has no local part (setuptools-scm: a clean checkout of the tag).',
  ],
  [
    /description failed to render/i,
    'the README does not render: run twine-check (verify-metadata: true) to see the error, fix the README, rebuild.',
  ],
  [
    /File too large/i,
    'shrink the file (leave tests, data and debug symbols out) or ask the index for a larger limit (https://docs.pypi.org/project-management/storage-limits).',
  ],
  [
    /Project size too large/i,
    'delete old releases you no longer need, or ask the index for a larger project limit.',
  ],
  [
    /digest supplied does not match/i,
    'the file changed on the way (a proxy rewriting bodies, or a file modified during the upload): upload again from a clean build.',
  ],
  [
    /Invalid attestations supplied/i,
    'PEP 740 attestations from reusable workflows or private Sigstore instances do not verify on PyPI: set attestations: false, or publish from the workflow file the trusted publisher names.',
  ],
  [
    /Attestations are only supported when using Trusted Publishing/i,
    'attestations need trusted publishing: leave password empty, or set attestations: false.',
  ],
  [
    /unsupported platform tag/i,
    'PyPI accepts only portable platform tags: repair Linux wheels with auditwheel (manylinux/musllinux) or build with cibuildwheel.',
  ],
  [
    /Start filename for|should contain the normalized project name|is invalid, should be|Version in filename should be|Invalid (source distribution|wheel) filename/i,
    'the file name does not match its metadata: rebuild with a current build backend and never rename distribution files.',
  ],
  [
    /Invalid distribution file|not a zipfile|PKG-INFO not found|WHEEL not found|does not contain the required/i,
    'the archive is not what a build backend writes: rebuild it and run twine-check (verify-metadata: true) first.',
  ],
  [
    /Can't have direct dependency/i,
    'indexes refuse dependencies given as URLs (`pkg @ https://…`): depend on a released version instead.',
  ],
  [
    /must be 512 characters or less/i,
    'shorten `description` (the summary) in pyproject.toml to one line of at most 512 characters.',
  ],
  [
    /License is deprecated when License-Expression is present/i,
    'remove the old `License` field (`license = {text/file = …}` or a License classifier) and keep only the SPDX `license` expression.',
  ],
  [
    /upload was attempted to \/legacy/i,
    'the upload URL must end with a slash: use https://upload.pypi.org/legacy/.',
  ],
];

/** The fix for a refusal, when the message (or the status) says which one. */
export function hintFor(status: number, message: string): string | undefined {
  const known = HINTS.find(([pattern]) => pattern.test(message))?.[1];
  if (known) return known;
  switch (status) {
    case 401:
    case 403:
      return "the index refused the credentials: check the token secret (name and value) and that it is for this index; with trusted publishing, check the publisher's repository, workflow file and environment on the index.";
    case 404:
    case 405:
      return 'the upload URL is wrong for this index: PyPI and TestPyPI take uploads at /legacy/, pypiserver at its root /, Nexus at /repository/<name>/, Artifactory at /artifactory/api/pypi/<repo>/, devpi at /<user>/<index>/ — not the simple URL.';
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
      return 'the index redirected the upload, which twine never follows either: set repository-url to the address it redirects to.';
    case 413:
      return 'a proxy in front of the index refused the file size: raise its body limit (nginx client_max_body_size) or upload a smaller file.';
    default:
      return undefined;
  }
}
