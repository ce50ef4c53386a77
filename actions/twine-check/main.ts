/** Entry of the twine-check action: inputs → run → outputs and summary. */
import { homedir } from 'node:os';
import * as cache from '@actions/cache';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { docutilsCacheDir, pipDocutilsInstaller } from '@otai-release/core/distfiles';
import { ConfigurationError } from '@otai-release/core/errors';
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
  const { report, outputs } = await run(inputs, { logger, cwd: process.cwd(), docutils });
  setOutputs(outputs);
  await writeSummary(renderSummary(report));
  if (report.failed > 0) {
    const first = report.files.find((f) => f.status === 'failed')!;
    throw new ConfigurationError(
      `${report.failed} of ${report.files.length} distribution file(s) failed the check; the first: ${first.filename} (${first.findings[0]?.code} ${first.findings[0]?.message.split('\n')[0]}). Every finding is annotated above and in the job summary.`,
    );
  }
});
