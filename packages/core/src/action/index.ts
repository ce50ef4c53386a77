/** The runner side of the actions: failure path, logger, inputs, outputs and summary. */
export { actionsLogger } from './logger.js';
export {
  booleanInput,
  choiceInput,
  type InputSource,
  inputsFrom,
  optionalInput,
  runnerInputs,
} from './inputs.js';
export { setOutputs, writeSummary } from './outputs.js';
export { runAction } from './run-action.js';
