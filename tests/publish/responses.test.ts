/**
 * What each answer to an upload means (reference/pypi-publish.md §3.4, §3.5, §6): Warehouse's message
 * in the reason phrase, repeated in the HTML <title>; the duplicate answers of each index; what is
 * worth a retry and what never is.
 */
import { describe, expect, test } from '@jest/globals';
import { classifyUpload } from '@otai-release/core/publish';

const warehouseHtml = (status: number, message: string) =>
  `<html>\n <head>\n  <title>${status} ${message}</title>\n </head>\n <body>\n  <h1>${status} ${message}</h1>\n  ${message}<br/><br/>\n </body>\n</html>`;

describe('classifyUpload', () => {
  test('200 is stored (or identical); body lines are warnings', () => {
    expect(classifyUpload({ status: 200, statusText: 'OK', body: '' })).toEqual({
      kind: 'uploaded',
      warnings: [],
    });
    expect(classifyUpload({ status: 200, statusText: 'OK', body: 'Attestations were ignored.\n' })).toEqual({
      kind: 'uploaded',
      warnings: ['Attestations were ignored.'],
    });
  });

  test("PyPI's File already exists is a duplicate, from the reason phrase", () => {
    const message =
      "File already exists ('demo-1.0.tar.gz', with blake2_256 hash 'abc'). See https://pypi.org/help/#file-name-reuse for more information.";
    expect(classifyUpload({ status: 400, statusText: message, body: warehouseHtml(400, message) })).toEqual({
      kind: 'exists',
      message: `400 ${message}`,
    });
  });

  test('the same message only in the HTML body (a proxy replaced the reason phrase) is still read', () => {
    const message = "File already exists ('demo-1.0.tar.gz', with blake2_256 hash 'abc').";
    const verdict = classifyUpload({
      status: 400,
      statusText: 'Bad Request',
      body: warehouseHtml(400, message),
    });
    expect(verdict).toEqual({ kind: 'exists', message: `400 ${message}` });
  });

  test.each([
    ['pypiserver', 409, 'Conflict', 'Package already exists'],
    ['Nexus', 400, 'Repository does not allow updating assets: pypi-hosted', ''],
    [
      'Artifactory',
      403,
      'Forbidden',
      "Not enough permissions to delete/overwrite artifact 'pypi:demo/1.0/demo-1.0.tar.gz' (user 'ci' needs DELETE permission).",
    ],
    ['GitLab', 400, 'Bad Request', '{"message":"Validation failed: File name has already been taken"}'],
  ])('%s: its duplicate answer is a duplicate', (_index, status, statusText, body) => {
    expect(classifyUpload({ status, statusText, body }).kind).toBe('exists');
  });

  test.each([
    [
      'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
      /post-release/,
    ],
    ['Only one sdist may be uploaded per release.', /only one sdist per version/],
    ['Uploading new files to releases older than 14 days is not allowed.', /new version/],
    [
      "The use of local versions in '1.0+g1234' is not allowed. See https://packaging.python.org/specifications/core-metadata for more information.",
      /local part|local versions/,
    ],
    [
      "'Programming Language :: Cobol' is not a valid classifier. See https://packaging.python.org/specifications/core-metadata for more information.",
      /classifiers/,
    ],
    [
      "The description failed to render for 'text/x-rst'. See https://pypi.org/help/#description-content-type for more information.",
      /README/,
    ],
    [
      "File too large. Limit for project 'demo' is 100 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
      /limit/,
    ],
    ['The digest supplied does not match a digest calculated from the uploaded file.', /changed on the way/],
    [
      'Invalid attestations supplied during upload: Could not verify the uploaded artifact using the included attestation: Verification failed: 0 of 2 policies succeeded',
      /attestations: false/,
    ],
    [
      "Binary wheel 'demo-1.0-cp312-cp312-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
      /auditwheel/,
    ],
    ["Version in filename should be '1.0' not '1.0.0'.", /rebuild/],
    ["Can't have direct dependency: demo @ https://example.org/demo.whl", /depend on a released version/],
  ])('400 %s: refused, verbatim, with its fix, never a duplicate', (message, hint) => {
    const verdict = classifyUpload({ status: 400, statusText: message, body: warehouseHtml(400, message) });
    expect(verdict).toMatchObject({ kind: 'refused', message: `400 ${message}`, auth: false });
    expect((verdict as { hint: string }).hint).toMatch(hint);
  });

  test('403 bad credentials: refused as an auth failure, with what to check', () => {
    const message =
      'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
    const verdict = classifyUpload({ status: 403, statusText: message, body: warehouseHtml(403, message) });
    expect(verdict).toMatchObject({ kind: 'refused', auth: true, message: `403 ${message}` });
    expect((verdict as { hint: string }).hint).toMatch(/TestPyPI token does not work on PyPI/);
  });

  test('the /legacy redirect names the right URL', () => {
    const message =
      'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)';
    const verdict = classifyUpload({ status: 308, statusText: message, body: '' });
    expect(verdict).toMatchObject({ kind: 'refused', message: `308 ${message}` });
    expect((verdict as { hint: string }).hint).toContain('https://upload.pypi.org/legacy/');
  });

  test('a wrong upload URL (404, 405) says where indexes take uploads', () => {
    for (const status of [404, 405]) {
      const verdict = classifyUpload({ status, statusText: 'Not Found', body: 'Not Found' });
      expect((verdict as { hint: string }).hint).toMatch(/pypiserver at its root/);
    }
  });

  test('429 and every 5xx are retryable; other 4xx never are', () => {
    for (const status of [429, 500, 502, 503, 504]) {
      expect(classifyUpload({ status, statusText: '', body: '' }).kind).toBe('retry');
    }
    for (const status of [400, 401, 403, 404, 413, 422]) {
      expect(classifyUpload({ status, statusText: '', body: '' }).kind).toBe('refused');
    }
  });
});
