/** Entry of the docker-variants action: inputs → run → outputs and summary. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { processExec } from '@otai-release/core/docker';
import { HttpClient } from '@otai-release/core/http';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const tempDir = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'otai-docker-'));
  try {
    const result = await run(inputs, {
      logger: actionsLogger(inputs.path),
      exec: processExec,
      http: new HttpClient({ userAgent: 'otai-release/docker-variants' }),
      env: process.env,
      cwd: process.cwd(),
      tempDir,
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      source: {
        repository: process.env.GITHUB_REPOSITORY,
        serverUrl: process.env.GITHUB_SERVER_URL,
        sha: process.env.GITHUB_SHA,
        actor: process.env.GITHUB_ACTOR,
      },
    });
    setOutputs(result.outputs);
    await writeSummary(renderSummary(result.release));
    return result;
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
});
