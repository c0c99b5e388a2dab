export { defineForm } from "./define-form.js";
export { formJsonSchema } from "./json-schema.js";
export { childrenOf, enteredIndicators, indicatorOf, templateHeaders } from "./lookup.js";
/**
 * The zod schemas themselves, to check data against (`z.array(TargetSchema).safeParse(json)`).
 * Those whose type of the same name is exported above take a Schema suffix; FormDefinition has
 * no such type and keeps its name.
 */
export {
  type Column,
  type ColumnRole,
  type Comparison,
  type Derivation,
  type Form,
  FormDefinition,
  type FormInput,
  type Indicator,
  Indicator as IndicatorSchema,
  type IndicatorKind,
  type MissingValueStrategy,
  type Operand,
  type ParentRelation,
  type RosterDefinition,
  RosterDefinition as RosterDefinitionSchema,
  type RosterRole,
  type Rule,
  Rule as RuleSchema,
  type Section,
  type Target,
  Target as TargetSchema,
  type TargetInput,
  type TargetMeasure,
  TargetMeasure as TargetMeasureSchema,
  type TimeAggregation,
  type UnitAggregation,
} from "./schema.js";
export { ttm01 } from "./ttm01.js";
