/** Running async work a few items at a time. */
export { fulfilledValues, type LimitedOutcome, runLimited } from './run-limited.js';
