export { defineForm } from "./define-form.js";
export { formJsonSchema } from "./json-schema.js";
export { childrenOf, enteredIndicators, indicatorOf } from "./lookup.js";
export {
  type Column,
  type ColumnRole,
  type Comparison,
  type Derivation,
  type Form,
  FormDefinition,
  type FormInput,
  type Indicator,
  type IndicatorKind,
  type MissingValueStrategy,
  type Operand,
  type ParentRelation,
  type RosterDefinition,
  type RosterRole,
  type Rule,
  type Section,
  type Target,
  type TargetInput,
  type TargetMeasure,
  type TimeAggregation,
  type UnitAggregation,
} from "./schema.js";
export { ttm01 } from "./ttm01.js";
