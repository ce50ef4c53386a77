/** The runner side of the actions: failure path, logger, inputs and secrets, outputs and summary. */
export { actionsLogger } from './logger.js';
export {
  booleanInput,
  choiceInput,
  type InputSource,
  inputsFrom,
  listInput,
  optionalInput,
  runnerInputs,
  secretInput,
  type SecretUse,
} from './inputs.js';
export { setOutputs, writeSummary } from './outputs.js';
export { type ActionOutcome, type FailureReporter, runAction } from './run-action.js';
