import type { Form, Indicator } from "./schema.js";

/** The indicator with this code; undefined when the form has none. */
export function indicatorOf(form: Form, code: string): Indicator | undefined {
  return form.indicators.find((i) => i.code === code);
}

/** Children of a parent, in form order, optionally only those of one relation. */
export function childrenOf(form: Form, parent: string, relation?: "sum" | "partOf"): Indicator[] {
  return form.indicators.filter(
    (i) => i.parent === parent && (relation === undefined || i.relation === relation),
  );
}

/** Indicators a unit enters (stock and flow), in form order. */
export function enteredIndicators(form: Form): Indicator[] {
  return form.indicators.filter((i) => i.kind !== "derived");
}
