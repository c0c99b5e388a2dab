export { type EvaluateTargetsOptions, evaluateTargets } from "./evaluate-targets.js";
export type { TargetBasis, TargetPerson, TargetResult } from "./result.js";
export { type TargetStatus, targetStatusLabels } from "./status.js";
