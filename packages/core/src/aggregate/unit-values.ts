import type { Form } from "../form/schema.js";
import type { ReportValue } from "../report/report.js";
import { deriveValues } from "../total/index.js";

/**
 * A unit's values as consolidation uses them: parents of gồm from their children where the unit
 * gives the children (DESIGN §6: the children's sum is what counts), derived indicators computed.
 * `period` tells which children the form still expects (BCV_HUYEN ends 1/7/2025).
 */
export function unitValues(
  form: Form,
  values: Readonly<Record<string, ReportValue>>,
  period?: string,
): Readonly<Record<string, ReportValue>> {
  return deriveValues(form, values, period === undefined ? {} : { period });
}
