import { z } from "zod";

/**
 * A form (mẫu biểu) as data. This schema is the single source of the form types and of the JSON
 * Schema users' own forms are checked against.
 */

export const IndicatorCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, "an indicator code is upper-case letters, digits and _, e.g. BUOI_BCV");

export const LocalText = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** stock: a headcount at period end; flow: counted during the period; derived: computed, never entered. */
export const IndicatorKind = z.enum(["stock", "flow", "derived"]);

/** gồm: the children sum to the parent; trong đó: each child is part of (≤) the parent. */
export const ParentRelation = z.enum(["sum", "partOf"]);

/** How values of many units become one: sum, max (the same upstream event seen many times), none (recompute). */
export const UnitAggregation = z.enum(["sum", "max", "none"]);
/** How values of consecutive periods become one: sum (flows), last (stocks), none (recompute). */
export const TimeAggregation = z.enum(["sum", "last", "none"]);

export const Derivation = z.object({
  op: z.literal("ratio"),
  numerator: IndicatorCode,
  denominator: IndicatorCode,
  /** 100 for a percentage. */
  scale: z.number().positive().default(1),
  /** Decimals shown and rounded to, half up. */
  decimals: z.number().int().min(0).max(6),
});

export const Indicator = z.object({
  code: IndicatorCode,
  /** Số thứ tự as printed: `1`, `1.1`, `4.2`. */
  stt: z.string(),
  /** Chỉ tiêu, as in the template. */
  label: z.string().min(1),
  labelEn: z.string().min(1),
  /** Đơn vị tính: người, buổi, lượt người, %. */
  unit: z.string(),
  kind: IndicatorKind,
  /** Id of the section (I, II, …) the row sits in. */
  section: z.string(),
  parent: IndicatorCode.optional(),
  relation: ParentRelation.optional(),
  /** Counts are non-negative integers. */
  integer: z.boolean().default(true),
  aggregate: z.object({ units: UnitAggregation, time: TimeAggregation }).optional(),
  derive: Derivation.optional(),
  /** Other labels units write for this row. */
  synonyms: z.array(z.string()).default([]),
  /** Only units that existed before this date report it (ISO date), e.g. district reporters until 2025-07-01. */
  validUntil: z.string().optional(),
});

export const Section = z.object({ id: z.string(), label: z.string(), labelEn: z.string() });

export const ColumnRole = z.enum([
  "stt",
  "code",
  "label",
  "unit",
  "result",
  "plan",
  "planPercent",
  "lastYear",
  "lastYearPercent",
  "note",
]);

export const Column = z.object({
  role: ColumnRole,
  /** Header words (any case, any accents) that name this column; the first is the template's. */
  headers: z.array(z.string()).min(1),
  required: z.boolean().default(false),
});

/** A number, one indicator, or the sum of several. */
export const Operand = z.union([z.number(), IndicatorCode, z.array(IndicatorCode).min(1)]);

export const Comparison = z.object({
  left: Operand,
  op: z.enum([">", ">=", "<", "<=", "=", "!="]),
  right: Operand,
});

/** What a rule does when a value it needs is missing (after DHIS2's validation rules). */
export const MissingValueStrategy = z.enum(["skipIfAnyMissing", "skipIfAllMissing", "missingAsZero"]);

export const Severity = z.enum(["error", "warning", "info"]);

const ruleBase = {
  id: z.string().min(1),
  severity: Severity,
  description: LocalText,
};

export const Rule = z.discriminatedUnion("type", [
  z.object({
    ...ruleBase,
    type: z.literal("compare"),
    /** All must hold for the rule to apply. */
    when: z.array(Comparison).default([]),
    /** Each is checked and reported on its own. */
    assert: z.array(Comparison).min(1),
    missing: MissingValueStrategy.default("skipIfAnyMissing"),
  }),
  z.object({
    ...ruleBase,
    type: z.literal("stockChange"),
    /** 0.5 = a change of more than 50% against the previous period. */
    maxChange: z.number().positive(),
  }),
  z.object({ ...ruleBase, type: z.literal("ytdNotDecreasing") }),
  z.object({ ...ruleBase, type: z.literal("sumFormula") }),
  z.object({ ...ruleBase, type: z.literal("thousandsSlip") }),
]);

export const RosterRole = z.enum(["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS", "TTV_CC", "TTV_CS"]);

const perCapita = z.object({
  kind: z.literal("perCapita"),
  actual: Operand,
  /** Sessions expected of each head in the target's period. */
  perHead: z.number().positive(),
  heads: Operand,
});

export const TargetMeasure = z.discriminatedUnion("kind", [
  /** actual ≥ goal over the target's period, prorated for a part of it. */
  z.object({ kind: z.literal("count"), actual: Operand, goal: z.number().positive() }),
  /** actual ≥ perMonth × months of the period. */
  z.object({ kind: z.literal("frequency"), actual: Operand, perMonth: z.number().positive() }),
  perCapita,
  /** numerator / denominator × 100 ≥ goal (a percentage), never prorated. */
  z.object({
    kind: z.literal("rate"),
    numerator: Operand,
    denominator: Operand,
    goal: z.number().positive(),
  }),
  /** Each person of these roles on the roster gives ≥ minSessions; without a roster, the fallback. */
  z.object({
    kind: z.literal("perPerson"),
    roles: z.array(RosterRole).min(1),
    minSessions: z.number().positive(),
    fallback: perCapita,
  }),
]);

export const Target = z.object({
  id: z.string().min(1),
  label: LocalText,
  /** The period kind the goal is stated for. */
  per: z.enum(["year"]).default("year"),
  measure: TargetMeasure,
  /** Where the target comes from (a resolution, a plan, a seed report). */
  source: z.string().optional(),
});

export const RosterColumnRole = z.enum(["stt", "name", "unit", "role", "sessions", "listeners", "note"]);

export const RosterDefinition = z.object({
  /** Words in a sheet's name or title that mark it as the roster. */
  titles: z.array(z.string()).min(1),
  columns: z.array(z.object({ role: RosterColumnRole, headers: z.array(z.string()).min(1) })),
  roles: z.array(z.object({ role: RosterRole, labels: z.array(z.string()).min(1) })),
  /** Agreement between the roster and the form: count, sessions or listeners of these roles = indicator. */
  checks: z.array(
    z.object({
      roles: z.array(RosterRole).min(1),
      measure: z.enum(["count", "sessions", "listeners"]),
      indicator: IndicatorCode,
    }),
  ),
});

export const FormDefinition = z.object({
  id: z.string().min(1),
  version: z.string().default("1"),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** Words of the title that identify a sheet of this form. */
  titleWords: z.array(z.string()).default([]),
  sections: z.array(Section),
  indicators: z.array(Indicator).min(1),
  columns: z.array(Column).min(1),
  rules: z.array(Rule).default([]),
  targets: z.array(Target).default([]),
  roster: RosterDefinition.optional(),
});

export type IndicatorKind = z.infer<typeof IndicatorKind>;
export type ParentRelation = z.infer<typeof ParentRelation>;
export type UnitAggregation = z.infer<typeof UnitAggregation>;
export type TimeAggregation = z.infer<typeof TimeAggregation>;
export type Derivation = z.infer<typeof Derivation>;
export type ColumnRole = z.infer<typeof ColumnRole>;
export type Column = z.infer<typeof Column>;
export type Operand = z.infer<typeof Operand>;
export type Comparison = z.infer<typeof Comparison>;
export type MissingValueStrategy = z.infer<typeof MissingValueStrategy>;
export type Rule = z.infer<typeof Rule>;
export type RosterRole = z.infer<typeof RosterRole>;
export type RosterDefinition = z.infer<typeof RosterDefinition>;
export type TargetMeasure = z.infer<typeof TargetMeasure>;
export type Target = z.infer<typeof Target>;
export type TargetInput = z.input<typeof Target>;
export type Section = z.infer<typeof Section>;
export type FormInput = z.input<typeof FormDefinition>;

/** An indicator after defineForm: aggregation filled in from its kind. */
export type Indicator = z.infer<typeof Indicator> & {
  readonly aggregate: { units: UnitAggregation; time: TimeAggregation };
};

export interface Form extends Omit<z.infer<typeof FormDefinition>, "indicators"> {
  readonly indicators: readonly Indicator[];
}
