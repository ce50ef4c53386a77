/** Entry of the twine-check action: inputs → run → outputs and summary. */
import { homedir } from 'node:os';
import * as cache from '@actions/cache';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { docutilsCacheDir, pipDocutilsInstaller } from '@otai-release/core/distfiles';
import { cachedDocutilsInstaller } from './docutils-cache.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const logger = actionsLogger(inputs.path);
  const docutils = cachedDocutilsInstaller(
    pipDocutilsInstaller(docutilsCacheDir(process.env, process.platform, homedir())),
    {
      available: () => cache.isFeatureAvailable(),
      restore: (paths, key) => cache.restoreCache(paths, key),
      save: async (paths, key) => {
        await cache.saveCache(paths, key);
      },
    },
    logger,
  );
  const result = await run(inputs, { logger, cwd: process.cwd(), docutils });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.report));
  return result;
});
