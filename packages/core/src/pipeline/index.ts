/** The whole release in one run: the all-in-one action and `otai-release release`. */
export { type LocalReleasePlan, localReleasePlan, localReleasePlanText } from './local-release-plan.js';
export type {
  GitHubReleaseSettings,
  ImageSettings,
  PipelineDeps,
  PipelineOptions,
  PublishSettings,
} from './options.js';
export { type PipelineResult, runRelease } from './release.js';
export { runStage, type StageName, type StageReport } from './stages.js';
export { pipelineSummaryText } from './summary.js';
