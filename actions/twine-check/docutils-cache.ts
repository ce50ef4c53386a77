/**
 * PyPI's docutils kept in the Actions cache: restored before pip is asked, saved after pip installed
 * it, so a runner downloads it once per cache lifetime. Only this action imports @actions/cache for it
 * (through main.ts); the checker itself sees a plain DocutilsInstaller.
 */
import {
  type DocutilsInstaller,
  installedDocutils,
  PYPI_DOCUTILS_VERSION,
} from '@otai-release/core/distfiles';
import type { Logger } from '@otai-release/core/log';

/** The Actions cache, as far as the docutils directory needs it. */
export interface DocutilsCache {
  available(): boolean;
  restore(paths: string[], key: string): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** The cache key: one entry per docutils version (the directory holds a pure-Python wheel's files). */
export const DOCUTILS_CACHE_KEY = `otai-release-docutils-${PYPI_DOCUTILS_VERSION}-v1`;

/** `inner` with the Actions cache in front: restore, else install and save. Cache failures only warn. */
export function cachedDocutilsInstaller(
  inner: DocutilsInstaller,
  cache: DocutilsCache,
  logger: Logger,
): DocutilsInstaller {
  const present = () => installedDocutils(inner.dir) === PYPI_DOCUTILS_VERSION;
  return {
    dir: inner.dir,
    install: async (python) => {
      const usable = cache.available();
      if (usable && !present()) {
        const hit = await cache.restore([inner.dir], DOCUTILS_CACHE_KEY).catch((error: Error) => {
          logger.warning(
            `Restoring docutils from the Actions cache failed (pip installs it instead): ${error.message}`,
          );
          return undefined;
        });
        if (hit && present()) {
          logger.info(`docutils ${PYPI_DOCUTILS_VERSION} restored from the Actions cache into ${inner.dir}.`);
          return { ok: true };
        }
      }
      if (present()) return { ok: true };
      const installed = await inner.install(python);
      if (!installed.ok) return installed;
      logger.info(
        `docutils ${PYPI_DOCUTILS_VERSION} installed into ${inner.dir} (PyPI's version, for reStructuredText).`,
      );
      if (usable) {
        await cache.save([inner.dir], DOCUTILS_CACHE_KEY).catch((error: Error) => {
          logger.warning(
            `Saving docutils to the Actions cache failed (the check is not affected): ${error.message}`,
          );
        });
      }
      return installed;
    },
  };
}
