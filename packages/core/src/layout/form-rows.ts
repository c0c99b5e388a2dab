import type { Form, Indicator } from "../form/index.js";
import type { Period } from "../period/index.js";

export type FormRow =
  | { readonly kind: "section"; readonly id: string; readonly label: string }
  | { readonly kind: "indicator"; readonly indicator: Indicator };

/**
 * The rows of a form as its template prints them: each section heading, then its indicators.
 * Indicators the form no longer asks for in the period (district reporters after 1/7/2025) are
 * left out.
 */
export function formRows(form: Form, period?: Period): FormRow[] {
  const start = period?.range().start;
  const rows: FormRow[] = [];
  for (const section of form.sections) {
    const indicators = form.indicators.filter(
      (i) =>
        i.section === section.id &&
        !(start !== undefined && i.validUntil !== undefined && start >= i.validUntil),
    );
    if (indicators.length === 0) continue;
    rows.push({ kind: "section", id: section.id, label: section.label });
    for (const indicator of indicators) rows.push({ kind: "indicator", indicator });
  }
  return rows;
}

/** Children are indented under their parent, as the template prints them. */
export const indentOf = (indicator: Indicator): number => (indicator.parent === undefined ? 0 : 1);
