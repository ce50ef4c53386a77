/** The doctor: what in a repository and its workflows would break a release, each with its fix. */
export { type DoctorOptions, type DoctorReport, runDoctor } from './doctor.js';
export type { DoctorCode, DoctorFinding } from './findings.js';
export { compileFilterPattern, matchesFilters } from './filter-pattern.js';
export {
  parseWorkflow,
  readWorkflows,
  type Workflow,
  type WorkflowJob,
  type WorkflowStep,
} from './workflows.js';
