/** The upload settings `publish` and `release` read from the environment, as twine names them. */

/** The value, trimmed, or undefined when unset or blank (a blank secret must not count as given). */
export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The index settings from OTAI_RELEASE_TOKEN / TWINE_PASSWORD, TWINE_USERNAME and TWINE_REPOSITORY_URL. */
export function indexSettingsFromEnv(env: Record<string, string | undefined>): {
  password?: string;
  user: string;
  repositoryUrl?: string;
} {
  return {
    password: nonEmpty(env.OTAI_RELEASE_TOKEN) ?? nonEmpty(env.TWINE_PASSWORD),
    user: nonEmpty(env.TWINE_USERNAME) ?? '__token__',
    repositoryUrl: nonEmpty(env.TWINE_REPOSITORY_URL),
  };
}
