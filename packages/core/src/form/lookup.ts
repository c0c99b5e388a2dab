import type { Form, Indicator } from "./schema.js";

/** The lookups every check and total makes, built once per form: forms are immutable data. */
interface FormIndex {
  readonly byCode: ReadonlyMap<string, Indicator>;
  /** Children by parent code, in form order: all, gồm (sum) and trong đó (partOf). */
  readonly children: ReadonlyMap<string, readonly Indicator[]>;
  readonly sumChildren: ReadonlyMap<string, readonly Indicator[]>;
  readonly partChildren: ReadonlyMap<string, readonly Indicator[]>;
  readonly entered: readonly Indicator[];
  /** gồm parents (indicators with sum children), in form order. */
  readonly sumParents: readonly Indicator[];
  /** gồm parents deeper first (each after the parents among its children), with their children. */
  readonly sumOrder: readonly { readonly code: string; readonly children: readonly Indicator[] }[];
  /** Derived indicators, in form order. */
  readonly derived: readonly Indicator[];
}

const indexes = new WeakMap<Form, FormIndex>();

function add(map: Map<string, Indicator[]>, parent: string, indicator: Indicator): void {
  const list = map.get(parent);
  if (list) list.push(indicator);
  else map.set(parent, [indicator]);
}

/** The gồm parents in the order totals must be taken: a parent after every parent below it. */
function sumOrder(
  form: Form,
  sumChildren: ReadonlyMap<string, readonly Indicator[]>,
): { code: string; children: readonly Indicator[] }[] {
  const order: { code: string; children: readonly Indicator[] }[] = [];
  const done = new Set<string>();
  const visit = (code: string) => {
    if (done.has(code)) return;
    done.add(code);
    const children = sumChildren.get(code);
    if (children === undefined) return;
    for (const child of children) visit(child.code);
    order.push({ code, children });
  };
  for (const i of form.indicators) if (sumChildren.has(i.code)) visit(i.code);
  return order;
}

/**
 * The form's index, built on first use. Consolidating thousands of reports asks for the same
 * children and codes once per unit: a scan of the indicators each time made it quadratic in practice.
 */
export function formIndex(form: Form): FormIndex {
  let index = indexes.get(form);
  if (index === undefined) {
    const byCode = new Map<string, Indicator>();
    const children = new Map<string, Indicator[]>();
    const sumChildren = new Map<string, Indicator[]>();
    const partChildren = new Map<string, Indicator[]>();
    for (const i of form.indicators) {
      if (!byCode.has(i.code)) byCode.set(i.code, i);
      if (i.parent === undefined) continue;
      add(children, i.parent, i);
      if (i.relation === "sum") add(sumChildren, i.parent, i);
      if (i.relation === "partOf") add(partChildren, i.parent, i);
    }
    index = {
      byCode,
      children,
      sumChildren,
      partChildren,
      entered: form.indicators.filter((i) => i.kind !== "derived"),
      sumParents: form.indicators.filter((i) => sumChildren.has(i.code)),
      sumOrder: sumOrder(form, sumChildren),
      derived: form.indicators.filter((i) => i.kind === "derived"),
    };
    indexes.set(form, index);
  }
  return index;
}

/** The indicator with this code; undefined when the form has none. */
export function indicatorOf(form: Form, code: string): Indicator | undefined {
  return formIndex(form).byCode.get(code);
}

/** Children of a parent, in form order, optionally only those of one relation. */
export function childrenOf(form: Form, parent: string, relation?: "sum" | "partOf"): Indicator[] {
  return [...sharedChildrenOf(form, parent, relation)];
}

/** childrenOf without the copy, for core's hot loops: the array is the index's own, never to be changed. */
export function sharedChildrenOf(
  form: Form,
  parent: string,
  relation?: "sum" | "partOf",
): readonly Indicator[] {
  const index = formIndex(form);
  const map =
    relation === undefined ? index.children : relation === "sum" ? index.sumChildren : index.partChildren;
  return map.get(parent) ?? [];
}

/** The column headers of the form's template, in order: each column's first header word. */
export function templateHeaders(form: Form): string[] {
  return form.columns.map((column) => column.headers[0]!);
}

/** Indicators a unit enters (stock and flow), in form order. */
export function enteredIndicators(form: Form): Indicator[] {
  return [...formIndex(form).entered];
}
