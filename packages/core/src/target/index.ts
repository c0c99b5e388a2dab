export { type EvaluateTargetsOptions, evaluateTargets } from "./evaluate-targets.js";
export { type TargetBasis, type TargetPerson, type TargetResult, targetBasisLabels } from "./result.js";
export { type TargetStatus, targetStatusLabels, targetStatusOf } from "./status.js";
