/** PEP 508 dependency specifiers, parsed and formatted as packaging does. */
export {
  formatRequirement,
  type MarkerItem,
  type MarkerList,
  type MarkerOperand,
  parseRequirement,
  type Requirement,
  type RequirementResult,
  type TextRange,
} from './requirement.js';
