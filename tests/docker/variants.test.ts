/**
 * Variants from the `variants` input (YAML or JSON) and from `[tool.otai-release.docker]`: what each
 * installs, and every mistake refused with where it is and how to fix it.
 */
import { describe, expect, test } from '@jest/globals';
import { normalizeImage, parseVariantsText, registryOf, resolveVariants } from '@otai-release/core/docker';
import { ConfigurationError } from '@otai-release/core/errors';
import { readRepository } from '@otai-release/core/pyproject';
import { hatchProject, lf, materialize } from '../fixtures/layouts.js';

const REPO = ['open-ticket-ai', 'otai-hf-local', 'otai-otobo-znuny'];
const input = { what: "Input 'variants'" };

describe('the variants input', () => {
  test('YAML and JSON give the same variants', () => {
    const yaml = parseVariantsText(
      lf(
        '- name: core',
        '- name: hf-local',
        '  packages: [open-ticket-ai, otai-hf-local]',
        '  build-args: {PYTHON: "3.13"}',
      ),
    );
    const json = parseVariantsText(
      '[{"name":"core"},{"name":"hf-local","packages":["open-ticket-ai","otai-hf-local"],"build-args":{"PYTHON":"3.13"}}]',
    );
    expect(json).toEqual(yaml);
    expect(resolveVariants(yaml, input, REPO)).toEqual([
      { name: 'core', requirements: ['open-ticket-ai'], projects: ['open-ticket-ai'], buildArgs: {} },
      {
        name: 'hf-local',
        requirements: ['open-ticket-ai', 'otai-hf-local'],
        projects: ['open-ticket-ai', 'otai-hf-local'],
        buildArgs: { PYTHON: '3.13' },
      },
    ]);
  });

  test('extras apply to the first package; packages may be one string', () => {
    const variants = resolveVariants(
      parseVariantsText(
        '[{name: hf, extras: [hf, gpu]}, {name: zn, packages: "open_ticket_ai otai-otobo-znuny"}]',
      ),
      input,
      REPO,
    );
    expect(variants.map((v) => v.requirements)).toEqual([
      ['open-ticket-ai[hf,gpu]'],
      ['open_ticket_ai', 'otai-otobo-znuny'],
    ]);
    // What is waited for on the index: normalised project names, extras left out.
    expect(variants.map((v) => v.projects)).toEqual([
      ['open-ticket-ai'],
      ['open-ticket-ai', 'otai-otobo-znuny'],
    ]);
  });

  test.each([
    ['name: core', /must be a non-empty list of variants/],
    ['[', /neither YAML nor JSON/],
    ['[{name: core, pakages: [x]}]', /unknown key 'pakages': did you mean 'packages'\?/],
    ['[{packages: [open-ticket-ai]}]', /needs a name/],
    ['[{name: core, build-args: [A]}]', /build-args must be a mapping/],
  ])('%s is refused', (text, message) => {
    expect(() => parseVariantsText(text)).toThrow(ConfigurationError);
    expect(() => parseVariantsText(text)).toThrow(message);
  });

  test.each([
    ['[{name: Core}]', /'Core' is not a usable variant name/],
    ['[{name: hf.local}]', /is not a usable variant name/],
    ['[{name: core}, {name: core}]', /'core' is listed twice/],
    ['[{name: x, packages: ["open-ticket-ai==1.0"]}]', /not a project name/],
    [
      '[{name: x, packages: [otai-hf-locl]}]',
      /otai-hf-locl, which is not a package of this repository \(did you mean otai-hf-local\?\)/,
    ],
    [
      '[{name: x, build-args: {VERSION: "2"}}]',
      /sets the build argument VERSION, which otai-release sets itself/,
    ],
    ['[{name: x, build-args: {"A-B": "2"}}]', /'A-B', which is not a valid ARG name/],
    ['[{name: x, extras: ["a b"]}]', /not an extra name/],
  ])('%s is refused naming the input and the variant', (text, message) => {
    const attempt = () => resolveVariants(parseVariantsText(text), input, REPO);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/^Input 'variants': variant/);
  });
});

describe('[tool.otai-release.docker]', () => {
  const pyproject = (...docker: string[]) =>
    hatchProject('open-ticket-ai', '1.4.0', '', '[tool.otai-release.docker]', ...docker);

  test('is read with its variants, images, platforms and templates', () => {
    const repo = readRepository(
      materialize({
        'pyproject.toml': pyproject(
          'image = "ghcr.io/acme/app"',
          'platforms = ["linux/amd64"]',
          'default-variant = "core"',
          'tags = ["{variant}-{version}"]',
          'file = "docker/Dockerfile"',
          '',
          '[[tool.otai-release.docker.variants]]',
          'name = "core"',
          'extras = ["hf"]',
          'build-args = { PYTHON = "3.13" }',
        ),
      }),
    );
    expect(repo.config.docker).toEqual({
      file: 'pyproject.toml',
      line: 9,
      image: ['ghcr.io/acme/app'],
      platforms: ['linux/amd64'],
      context: undefined,
      dockerfile: 'docker/Dockerfile',
      defaultVariant: 'core',
      tags: ['{variant}-{version}'],
      variants: [{ name: 'core', packages: undefined, extras: ['hf'], buildArgs: { PYTHON: '3.13' } }],
    });
  });

  test('an unknown key is refused with its line and the nearest known key', () => {
    let error: ConfigurationError | undefined;
    try {
      readRepository(
        materialize({ 'pyproject.toml': pyproject('image = "x/y"', 'platform = ["linux/amd64"]') }),
      );
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.message).toMatch(
      /Unknown key 'platform' in \[tool\.otai-release\.docker\]: did you mean 'platforms'\?/,
    );
    expect(error!.file).toBe('pyproject.toml');
    expect(error!.line).toBe(11);
  });

  test('a variant mistake in the configuration names the file and the table', () => {
    const repo = readRepository(
      materialize({
        'pyproject.toml': pyproject(
          '',
          '[[tool.otai-release.docker.variants]]',
          'name = "all"',
          'packages = ["nope"]',
        ),
      }),
    );
    const docker = repo.config.docker!;
    let error: ConfigurationError | undefined;
    try {
      resolveVariants(
        docker.variants!,
        { what: '[tool.otai-release.docker] variants', position: { file: docker.file, line: docker.line } },
        ['open-ticket-ai'],
      );
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error!.message).toMatch(
      /^\[tool\.otai-release\.docker\] variants: variant 'all' installs nope, which is not a package of this repository/,
    );
    expect(error!.file).toBe('pyproject.toml');
    expect(error!.line).toBe(9);
  });

  test('wrong types are refused', () => {
    expect(() => readRepository(materialize({ 'pyproject.toml': pyproject('variants = "core"') }))).toThrow(
      /docker\.variants must be an array/,
    );
    expect(() => readRepository(materialize({ 'pyproject.toml': pyproject('platforms = [1]') }))).toThrow(
      /\[tool\.otai-release\.docker\.platforms\] must be an array of non-empty strings/,
    );
  });
});

describe('image names', () => {
  test('registries: a first part with a dot, a port or localhost; Docker Hub otherwise', () => {
    expect(registryOf('ghcr.io/acme/app')).toBe('ghcr.io');
    expect(registryOf('127.0.0.1:5000/app')).toBe('127.0.0.1:5000');
    expect(registryOf('localhost/app')).toBe('localhost');
    expect(registryOf('acme/app')).toBe('docker.io');
    expect(registryOf('app')).toBe('docker.io');
  });

  test('the path is lower-cased (GitHub owners have capitals, references may not)', () => {
    expect(normalizeImage('ghcr.io/Softoft-Orga/Open-Ticket-AI', "Input 'image'")).toBe(
      'ghcr.io/softoft-orga/open-ticket-ai',
    );
  });

  test.each([
    ['ghcr.io/acme/app:1.0', /carries a tag or digest/],
    ['ghcr.io/acme/app@sha256:abc', /carries a tag or digest/],
    ['ghcr.io/acme/my app', /is not an image name/],
    ['ghcr.io/acme//app', /is not an image name/],
  ])('%s is refused', (image, message) => {
    expect(() => normalizeImage(image, "Input 'image'")).toThrow(message);
  });
});
