/** Inputs of build-python-dist, parsed once and checked up front. */
import { booleanInput, choiceInput, type InputSource, optionalInput } from '@otai-release/core/action';
import { defaultPython } from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
import { splitList } from '@otai-release/core/text';

/** A package to build: from validate-versions' JSON (with its version) or a directory. */
export interface PackageSelection {
  path: string;
  name?: string;
  version?: string;
}

/** The inputs, keys spelled as in action.yml. */
export interface Inputs {
  path: string;
  packages?: PackageSelection[];
  'out-dir': string;
  sdist: boolean;
  wheel: boolean;
  isolation: boolean;
  python: string;
  frontend: 'build' | 'uv';
  'upload-artifact': boolean;
  'artifact-name': string;
  'retention-days'?: number;
  cache: boolean;
}

function parsePackages(value: string | undefined): PackageSelection[] | undefined {
  if (!value) return undefined;
  if (!/^\s*[[{]/.test(value)) return splitList(value).map((path) => ({ path }));
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new ConfigurationError(
      `Input 'packages' looks like JSON but does not parse (${(error as Error).message}); pass validate-versions' output as is: packages: \${{ steps.versions.outputs.packages }}`,
    );
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((entry, i) => {
    const e = entry as { path?: unknown; name?: unknown; version?: unknown };
    if (typeof e?.path !== 'string') {
      throw new ConfigurationError(
        `Input 'packages' entry ${i} has no "path" string; give validate-versions' packages output, or package directories separated by newlines.`,
      );
    }
    return {
      path: e.path,
      name: typeof e.name === 'string' ? e.name : undefined,
      version: typeof e.version === 'string' && e.version ? e.version : undefined,
    };
  });
}

/** Reads and validates the inputs; `platform` picks the default interpreter's name. */
export function parseInputs(get: InputSource, platform: NodeJS.Platform = process.platform): Inputs {
  const sdist = booleanInput(get, 'sdist', true);
  const wheel = booleanInput(get, 'wheel', true);
  if (!sdist && !wheel) {
    throw new ConfigurationError(
      "Inputs 'sdist' and 'wheel' are both false, so nothing would be built: set one to true.",
    );
  }
  const retention = optionalInput(get, 'retention-days');
  if (retention !== undefined && !/^[1-9]\d*$/.test(retention)) {
    throw new ConfigurationError(
      `Input 'retention-days' is '${retention}': give a whole number of days (1 to 90, or what the repository allows), or leave it empty for the default.`,
    );
  }
  const artifactName = optionalInput(get, 'artifact-name') ?? 'python-dist';
  if (/[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new ConfigurationError(
      `Input 'artifact-name' is '${artifactName}', which has a character artifact names cannot have (" : < > | * ? \\ / or a newline).`,
    );
  }
  return {
    path: optionalInput(get, 'path') ?? '.',
    packages: parsePackages(optionalInput(get, 'packages')),
    'out-dir': optionalInput(get, 'out-dir') ?? 'dist',
    sdist,
    wheel,
    isolation: booleanInput(get, 'isolation', true),
    python: optionalInput(get, 'python') ?? defaultPython(platform),
    frontend: choiceInput(get, 'frontend', ['build', 'uv'] as const, 'build')!,
    'upload-artifact': booleanInput(get, 'upload-artifact', true),
    'artifact-name': artifactName,
    'retention-days': retention === undefined ? undefined : Number(retention),
    cache: booleanInput(get, 'cache', true),
  };
}
