import { mapPacked } from "../array/map-packed.js";
import { formIndex } from "../form/lookup.js";
import type { Form, Indicator } from "../form/schema.js";
import { ratioValue } from "../number/index.js";
import { Period } from "../period/index.js";
import type { ReportValue } from "../report/report.js";
import type { UnitValues } from "./combine-units.js";

/** The entry's values hold the indicator. */
const GIVEN = 1;
/** …as a finite number (else it is unreadable: text, or a broken formula). */
const READABLE = 2;
/** …that is a floor or an estimate. */
const APPROXIMATE = 4;

/**
 * The values of many entries (units, or the periods of a roll-up) laid out indicator by
 * indicator: per indicator one Float64Array of numbers and one Uint8Array of flags, one slot per
 * entry. Totalling reads each indicator down the entries; from per-entry records keyed by code
 * that was a dictionary lookup per value, most of the cost of consolidating 10,000 units.
 * Read-only once built.
 */
export interface UnitColumns {
  /** Entry names (unit codes, or period ids), in input order. */
  readonly entries: readonly string[];
  /** Column of each indicator of the form, by code. */
  readonly column: ReadonlyMap<string, number>;
  readonly numbers: readonly Float64Array[];
  readonly flags: readonly Uint8Array[];
}

function emptyColumns(form: Form, entries: readonly string[]): UnitColumns {
  const column = new Map(form.indicators.map((i, c) => [i.code, c]));
  const n = entries.length;
  // One buffer of each kind, each column a view of it: allocating two buffers per indicator
  // cost as much as filling them.
  const numbers = new Float64Array(n * form.indicators.length);
  const flags = new Uint8Array(n * form.indicators.length);
  return {
    entries,
    column,
    numbers: mapPacked(form.indicators, (_, c) => numbers.subarray(c * n, (c + 1) * n)),
    flags: mapPacked(form.indicators, (_, c) => flags.subarray(c * n, (c + 1) * n)),
  };
}

function put(columns: UnitColumns, c: number, e: number, v: ReportValue | undefined): void {
  if (v === undefined) return;
  const value = v.value;
  // Anything but a finite number is unreadable (readableValues' rule): it never enters a sum.
  if (typeof value === "number" && Number.isFinite(value)) {
    columns.numbers[c]![e] = value;
    columns.flags[c]![e] = GIVEN | READABLE | (v.approximate ? APPROXIMATE : 0);
  } else {
    columns.flags[c]![e] = GIVEN;
  }
}

/** Entries whose records are final (parents and derived values already in them), as columns. */
export function columnsOf(form: Form, entries: readonly UnitValues[]): UnitColumns {
  const columns = emptyColumns(
    form,
    entries.map((e) => e.unit),
  );
  const codes = form.indicators.map((i) => i.code);
  entries.forEach(({ values }, e) => {
    for (let c = 0; c < codes.length; c++) put(columns, c, e, values[codes[c]!]);
  });
  return columns;
}

/**
 * Whether {@link unitColumns} can lay the form's units out without deriving each unit's rates:
 * true unless a derived indicator takes part in a gồm or trong đó relation (totalling then needs
 * each unit's own derived value).
 */
export function totalsNeedNoRates(form: Form): boolean {
  const derived = new Set(formIndex(form).derived.map((i) => i.code));
  return !form.indicators.some(
    (i) => i.parent !== undefined && (derived.has(i.code) || derived.has(i.parent)),
  );
}

/**
 * Units' entered values as consolidation totals them, straight from their reports: each gồm
 * parent taken from its children by deriveValues' rule (deeper parents first; the children's sum
 * where every child the period expects is given, or where the unit gave no readable parent; else
 * the unit's own parent; approximate where a child is, or a child is missing), here down whole
 * columns at once. Derived indicators (rates) are left empty unless `rates` asks for each unit's
 * own (deriveRatio's rule, in form order): totals recompute them from the totals. Use only where
 * {@link totalsNeedNoRates}; a property test holds this to deriveValues.
 */
export function unitColumns(
  form: Form,
  units: readonly { readonly unit: string; readonly values: Readonly<Record<string, ReportValue>> }[],
  period?: string,
  rates = false,
): UnitColumns {
  const index = formIndex(form);
  const columns = emptyColumns(
    form,
    units.map((u) => u.unit),
  );
  putEntered(columns, enteredColumns(form, columns), units);
  const start = period === undefined ? undefined : Period.tryParse(period)?.range().start;
  for (const { code, children } of index.sumOrder) {
    const p = columns.column.get(code)!;
    sumParts(
      columns.numbers[p]!,
      columns.flags[p]!,
      mapPacked(children, (child) => columns.numbers[columns.column.get(child.code)!]!),
      mapPacked(children, (child) => columns.flags[columns.column.get(child.code)!]!),
      // A child the form retired before the period began is not expected.
      mapPacked(
        children,
        (child) => start === undefined || child.validUntil === undefined || start < child.validUntil,
      ),
    );
  }
  if (rates) for (const indicator of index.derived) deriveRateColumn(columns, indicator);
  return columns;
}

/**
 * Each unit's entered values into their columns. The loops over the units are functions of their
 * own, called once per consolidation: V8 then optimises only them, not all of unitColumns (its
 * optimising compiler took longer over unitColumns, twice in each national consolidation, than the
 * loops run). Indexed loops: for-of and forEach with destructuring were left to slower code that
 * boxed every number it touched.
 */
function putEntered(
  columns: UnitColumns,
  entered: ReadonlyMap<string, number>,
  units: readonly { readonly values: Readonly<Record<string, ReportValue>> }[],
): void {
  for (let e = 0; e < units.length; e++) {
    const values = units[e]!.values;
    // The unit's own codes, each looked up once: cheaper than asking for every entered code.
    for (const code in values) {
      const c = entered.get(code);
      if (c !== undefined) put(columns, c, e, values[code]);
    }
  }
}

/**
 * A gồm parent's column from its children's, unit by unit: the children's sum where every child
 * expected is given or the unit gave no readable parent, approximate where a child is or is missing.
 */
function sumParts(
  parentNumbers: Float64Array,
  parentFlags: Uint8Array,
  partNumbers: readonly Float64Array[],
  partFlags: readonly Uint8Array[],
  expected: readonly boolean[],
): void {
  for (let e = 0; e < parentNumbers.length; e++) {
    let given = 0;
    let complete = true;
    let value = 0;
    let approximate = false;
    for (let c = 0; c < partFlags.length; c++) {
      const flags = partFlags[c]![e]!;
      if (flags & READABLE) {
        given++;
        value += partNumbers[c]![e]!;
        if (flags & APPROXIMATE) approximate = true;
      } else if (expected[c]) {
        complete = false;
      }
    }
    if (given === 0) continue;
    if (!complete && parentFlags[e]! & READABLE) continue;
    parentNumbers[e] = value;
    parentFlags[e] = GIVEN | READABLE | (approximate || !complete ? APPROXIMATE : 0);
  }
}

/**
 * A derived indicator's column from its terms' columns: numerator / denominator × scale, half up
 * (ratioValue); nothing where a term is missing or unreadable or the denominator is 0, even where
 * the unit stated a value; approximate where a term is.
 */
function deriveRateColumn(columns: UnitColumns, indicator: Indicator): void {
  const derive = indicator.derive;
  const at = (code: string | undefined) => (code === undefined ? undefined : columns.column.get(code));
  const c = at(indicator.code)!;
  const n = at(derive?.numerator);
  const d = at(derive?.denominator);
  const flags = columns.flags[c]!;
  flags.fill(0);
  if (derive === undefined || n === undefined || d === undefined) return;
  const numbers = columns.numbers[c]!;
  const [nNumbers, nFlags, dNumbers, dFlags] = [
    columns.numbers[n]!,
    columns.flags[n]!,
    columns.numbers[d]!,
    columns.flags[d]!,
  ];
  const options = { scale: derive.scale, decimals: derive.decimals };
  for (let e = 0; e < flags.length; e++) {
    if (!readableIn(nFlags[e]!) || !readableIn(dFlags[e]!) || dNumbers[e] === 0) continue;
    const value = ratioValue(nNumbers[e]!, dNumbers[e]!, options);
    if (value === null) continue;
    numbers[e] = value;
    flags[e] = GIVEN | READABLE | ((nFlags[e]! | dFlags[e]!) & APPROXIMATE);
  }
}

/** Whether a cell's flags hold a readable number. */
export const readableIn = (flags: number): boolean => (flags & READABLE) !== 0;

/** Whether a cell's flags mark its number approximate. */
export const approximateIn = (flags: number): boolean => (flags & APPROXIMATE) !== 0;

/** Column of each entered indicator, by code, remembered per form (columns are laid out in form order). */
const enteredByForm = new WeakMap<Form, ReadonlyMap<string, number>>();

function enteredColumns(form: Form, columns: UnitColumns): ReadonlyMap<string, number> {
  let entered = enteredByForm.get(form);
  if (entered === undefined) {
    entered = new Map(formIndex(form).entered.map((i) => [i.code, columns.column.get(i.code)!]));
    enteredByForm.set(form, entered);
  }
  return entered;
}

/** Whether entry `e` gives a readable value of the indicator. */
export function gives(columns: UnitColumns, code: string, e: number): boolean {
  const c = columns.column.get(code);
  return c !== undefined && (columns.flags[c]![e]! & READABLE) !== 0;
}

/** The entry's readable value of the indicator, else undefined. */
export function numberAt(columns: UnitColumns, code: string, e: number): number | undefined {
  const c = columns.column.get(code);
  return c !== undefined && columns.flags[c]![e]! & READABLE ? columns.numbers[c]![e]! : undefined;
}

/** Whether the entry's value of the indicator is approximate. */
export function isApproximateAt(columns: UnitColumns, code: string, e: number): boolean {
  const c = columns.column.get(code);
  return c !== undefined && (columns.flags[c]![e]! & APPROXIMATE) !== 0;
}
