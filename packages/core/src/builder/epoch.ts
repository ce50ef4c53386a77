/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): backends that honour it (hatchling, setuptools'
 * bdist_wheel, flit, maturin) stamp every archive member with it instead of the file times, so two
 * builds of one commit give the same bytes. The commit time of HEAD is the natural value.
 */
import { ConfigurationError } from '../errors/index.js';
import { execGit } from '../versioning/git.js';

/** The commit time of HEAD in `root` as Unix seconds, or undefined outside a git repository (or without git). */
export async function sourceDateEpochOf(root: string): Promise<string | undefined> {
  try {
    const result = await execGit(['log', '-1', '--pretty=%ct'], { cwd: root });
    const seconds = result.stdout.trim();
    return result.code === 0 && /^\d+$/.test(seconds) ? seconds : undefined;
  } catch {
    return undefined;
  }
}

/** The value builds get and where it came from. */
export interface ChosenEpoch {
  value: string;
  source: 'option' | 'environment' | 'last commit';
}

/**
 * An explicit `sourceDateEpoch` first, then a SOURCE_DATE_EPOCH already in the environment (the user
 * or the workflow chose it), then the last commit's time; undefined when none applies.
 */
export async function chooseSourceDateEpoch(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  root: string,
): Promise<ChosenEpoch | undefined> {
  if (explicit !== undefined && explicit.trim() !== '')
    return { value: checked(explicit, 'sourceDateEpoch'), source: 'option' };
  const inherited = env.SOURCE_DATE_EPOCH;
  if (inherited !== undefined && inherited.trim() !== '') {
    return { value: checked(inherited, 'the SOURCE_DATE_EPOCH environment variable'), source: 'environment' };
  }
  const fromGit = await sourceDateEpochOf(root);
  return fromGit === undefined ? undefined : { value: fromGit, source: 'last commit' };
}

// Backends parse it with int(); anything else fails deep inside them with a traceback.
function checked(value: string, what: string): string {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) {
    throw new ConfigurationError(
      `${what} is '${value}', which is not a Unix time: write whole seconds since 1970 (e.g. the output of \`git log -1 --pretty=%ct\`), or leave it unset to use the last commit's time.`,
    );
  }
  return trimmed;
}
