/** Entry of the build-python-dist action: inputs → run → outputs and summary. */
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs, process.platform);
  const result = await run(inputs, {
    logger: actionsLogger(inputs.path),
    cwd: process.cwd(),
    platform: process.platform,
    ref: process.env.GITHUB_REF,
    env: process.env,
    tempDir: process.env.RUNNER_TEMP,
    artifacts: async (name, files, root, retentionDays) => {
      const response = await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays });
      return { id: response.id, size: response.size };
    },
    cache: {
      available: () => cache.isFeatureAvailable(),
      restore: (paths, key, restoreKeys) => cache.restoreCache(paths, key, restoreKeys),
      save: async (paths, key) => {
        await cache.saveCache(paths, key);
      },
    },
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result));
  return result;
});
