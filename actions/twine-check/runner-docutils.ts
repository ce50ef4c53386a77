/**
 * PyPI's docutils for a runner: pip installs it into the user's cache directory, with the Actions cache
 * in front. Shared by the actions that render descriptions (twine-check, the all-in-one release);
 * only they import @actions/cache for it.
 */
import { homedir } from 'node:os';
import * as cache from '@actions/cache';
import { docutilsCacheDir, type DocutilsInstaller, pipDocutilsInstaller } from '@otai-release/core/distfiles';
import type { Logger } from '@otai-release/core/log';
import { cachedDocutilsInstaller } from './docutils-cache.js';

/** The installer a runner uses: pip into the cache directory, restored from and saved to the Actions cache. */
export function runnerDocutilsInstaller(env: NodeJS.ProcessEnv, logger: Logger): DocutilsInstaller {
  return cachedDocutilsInstaller(
    pipDocutilsInstaller(docutilsCacheDir(env, process.platform, homedir())),
    {
      available: () => cache.isFeatureAvailable(),
      restore: (paths, key) => cache.restoreCache(paths, key),
      save: async (paths, key) => {
        await cache.saveCache(paths, key);
      },
    },
    logger,
  );
}
