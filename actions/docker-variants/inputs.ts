/** Inputs of docker-variants, parsed once and checked up front. */
import {
  booleanInput,
  choiceInput,
  type InputSource,
  listInput,
  optionalInput,
  secretInput,
} from '@otai-release/core/action';
import {
  BACKENDS,
  type BackendName,
  type CacheMode,
  type InstallFrom,
  parseVariantsText,
  validatePlatforms,
  validateTemplates,
  waitTimeout,
} from '@otai-release/core/docker';
import { resolveIndex } from '@otai-release/core/package-index';
import type { DockerVariantSetting } from '@otai-release/core/pyproject';

/** The inputs, keys spelled as in action.yml; undefined means "configuration, else default". */
export interface Inputs {
  path: string;
  version?: string;
  image?: string[];
  variants?: DockerVariantSetting[];
  platforms?: string[];
  context?: string;
  file?: string;
  backend: BackendName;
  push: boolean;
  'wait-for-index': boolean;
  index?: string;
  /** Milliseconds. */
  'wait-timeout': number;
  'install-from': InstallFrom;
  dist: string;
  'default-variant'?: string;
  tags?: string[];
  cache?: CacheMode;
  provenance: boolean;
  sbom: boolean;
  registry?: string;
  username?: string;
  password?: string;
  'github-token'?: string;
  'dry-run': boolean;
}

/** Reads and validates the inputs; secrets are masked as they are read. */
export function parseInputs(get: InputSource): Inputs {
  const variantsText = optionalInput(get, 'variants');
  const platforms = listInput(get, 'platforms');
  if (platforms) validatePlatforms(platforms, "Input 'platforms'");
  const tags = listInput(get, 'tags');
  if (tags) validateTemplates(tags, "Input 'tags'");
  const index = optionalInput(get, 'index');
  if (index) resolveIndex(index);
  return {
    path: optionalInput(get, 'path') ?? '.',
    version: optionalInput(get, 'version'),
    image: listInput(get, 'image'),
    variants: variantsText === undefined ? undefined : parseVariantsText(variantsText),
    platforms,
    context: optionalInput(get, 'context'),
    file: optionalInput(get, 'file'),
    backend: choiceInput(get, 'backend', BACKENDS, 'buildx')!,
    push: booleanInput(get, 'push', true),
    'wait-for-index': booleanInput(get, 'wait-for-index', true),
    index,
    'wait-timeout': waitTimeout(optionalInput(get, 'wait-timeout')),
    'install-from': choiceInput(get, 'install-from', ['index', 'dist'] as const, 'index')!,
    dist: optionalInput(get, 'dist') ?? 'dist',
    'default-variant': optionalInput(get, 'default-variant'),
    tags,
    cache: choiceInput(get, 'cache', ['gha', 'none'] as const, undefined),
    provenance: booleanInput(get, 'provenance', false),
    sbom: booleanInput(get, 'sbom', false),
    registry: optionalInput(get, 'registry'),
    username: optionalInput(get, 'username'),
    password: secretInput(get, 'password'),
    'github-token': secretInput(get, 'github-token'),
    'dry-run': booleanInput(get, 'dry-run', false),
  };
}
