import type { Operand } from "../form/schema.js";
import type { Report, ReportValue } from "./report.js";

/** The indicator codes an operand reads. */
export function operandCodes(operand: Operand): string[] {
  return typeof operand === "number" ? [] : typeof operand === "string" ? [operand] : [...operand];
}

/** A readable number of a report, or undefined when the indicator is absent or unreadable. */
export function numberOf(values: Readonly<Record<string, ReportValue>>, code: string): number | undefined {
  const v = values[code]?.value;
  return v === null || v === undefined ? undefined : v;
}

export interface OperandValue {
  /** The sum of the values present (0 when none are). */
  readonly value: number;
  readonly missing: readonly string[];
  readonly present: readonly string[];
  /** Some value it adds is a floor or an estimate. */
  readonly approximate: boolean;
}

/** Evaluates a number, one indicator or a sum of indicators against a report's values. */
export function evaluateOperand(
  values: Readonly<Record<string, ReportValue>>,
  operand: Operand,
): OperandValue {
  if (typeof operand === "number") return { value: operand, missing: [], present: [], approximate: false };
  const missing: string[] = [];
  const present: string[] = [];
  let value = 0;
  let approximate = false;
  for (const code of operandCodes(operand)) {
    const n = numberOf(values, code);
    if (n === undefined) {
      missing.push(code);
    } else {
      present.push(code);
      value += n;
      approximate ||= values[code]?.approximate ?? false;
    }
  }
  return { value, missing, present, approximate };
}

/**
 * evaluateOperand's value alone, added in the same order: a rule that holds needs nothing more,
 * and every report is checked against every rule.
 */
export function operandSum(values: Readonly<Record<string, ReportValue>>, operand: Operand): number {
  if (typeof operand === "number") return operand;
  if (typeof operand === "string") {
    const n = numberOf(values, operand);
    // Added to 0, as evaluateOperand adds it: −0 sums to 0.
    return n === undefined ? 0 : 0 + n;
  }
  let value = 0;
  for (const code of operand) {
    const n = numberOf(values, code);
    if (n !== undefined) value += n;
  }
  return value;
}

/** A copy of the report with these values set (reports are immutable). */
export function withValues(report: Report, values: Readonly<Record<string, ReportValue>>): Report {
  return { ...report, values: { ...report.values, ...values } };
}
