import type { Comparison, MissingValueStrategy } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { evaluateOperand, type OperandValue, operandCodes, operandSum } from "../report/values.js";

/** Sums of counts are exact; rates carry float noise (0.1 + 0.2), so equality allows for it. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `left op right` holds. */
export function holds(op: Comparison["op"], left: number, right: number): boolean {
  switch (op) {
    case "=":
      return same(left, right);
    case "!=":
      return !same(left, right);
    case ">":
      return left > right && !same(left, right);
    case ">=":
      return left > right || same(left, right);
    case "<":
      return left < right && !same(left, right);
    case "<=":
      return left < right || same(left, right);
  }
}

export interface ComparisonResult {
  readonly comparison: Comparison;
  readonly left: OperandValue;
  readonly right: OperandValue;
  readonly holds: boolean;
}

export type AssertionOutcome =
  /** A value it needs is missing under the rule's strategy, or a `when` condition does not hold. */
  | { readonly status: "skipped" }
  | { readonly status: "passed" }
  | {
      readonly status: "failed";
      readonly assertion: ComparisonResult;
      readonly when: readonly ComparisonResult[];
      /** Some value involved is an estimate. */
      readonly approximate: boolean;
      /** Codes involved that are missing and were counted as 0. */
      readonly missing: readonly string[];
    };

/** The outcomes that carry nothing of their own, made once: every report meets each rule. */
const SKIPPED: AssertionOutcome = Object.freeze({ status: "skipped" });
const PASSED: AssertionOutcome = Object.freeze({ status: "passed" });

function compare(values: Readonly<Record<string, ReportValue>>, comparison: Comparison): ComparisonResult {
  const left = evaluateOperand(values, comparison.left);
  const right = evaluateOperand(values, comparison.right);
  return { comparison, left, right, holds: holds(comparison.op, left.value, right.value) };
}

/** Whether the comparison holds: compare(…).holds without listing what each side read. */
const holdsFor = (values: Readonly<Record<string, ReportValue>>, comparison: Comparison): boolean =>
  holds(comparison.op, operandSum(values, comparison.left), operandSum(values, comparison.right));

/** The indicators an assertion and its conditions read, once per assertion of the form (forms are data that never change). */
const codesByAssertion = new WeakMap<Comparison, { when: readonly Comparison[]; codes: readonly string[] }>();

function codesOf(when: readonly Comparison[], assertion: Comparison): readonly string[] {
  const known = codesByAssertion.get(assertion);
  if (known !== undefined && known.when === when) return known.codes;
  const codes = [
    ...new Set([...when, assertion].flatMap((c) => [...operandCodes(c.left), ...operandCodes(c.right)])),
  ];
  codesByAssertion.set(assertion, { when, codes });
  return codes;
}

/**
 * One assertion of a compare rule, with its `when` conditions, under a DHIS2-style missing-value
 * strategy over every indicator the assertion and the conditions read:
 * skipIfAnyMissing skips when any is missing, skipIfAllMissing when all are (the others count 0),
 * missingAsZero never skips (missing counts 0). Unreadable values count as missing.
 */
export function evaluateAssertion(
  values: Readonly<Record<string, ReportValue>>,
  when: readonly Comparison[],
  assertion: Comparison,
  strategy: MissingValueStrategy,
): AssertionOutcome {
  const codes = codesOf(when, assertion);
  const isMissing = (code: string) => values[code] === undefined || values[code].value === null;
  let missingCount = 0;
  for (const code of codes) if (isMissing(code)) missingCount++;
  if (strategy === "skipIfAnyMissing" && missingCount > 0) return SKIPPED;
  if (strategy === "skipIfAllMissing" && codes.length > 0 && missingCount === codes.length) {
    return SKIPPED;
  }
  // Nearly every report meets nearly every rule: the sides are summed, and only a failure lists
  // what each side read.
  for (const c of when) if (!holdsFor(values, c)) return SKIPPED;
  if (holdsFor(values, assertion)) return PASSED;
  const conditions = when.map((c) => compare(values, c));
  const result = compare(values, assertion);
  const missing = codes.filter(isMissing);
  const approximate = [result, ...conditions].some((c) => c.left.approximate || c.right.approximate);
  return { status: "failed", assertion: result, when: conditions, approximate, missing };
}
