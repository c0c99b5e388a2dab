import { TonghopError } from "../issue/error.js";
import type { Issue } from "../issue/issue.js";
import { Period } from "../period/period.js";
import type { DateConvention } from "../period/range.js";
import { checkUnits } from "./check-units.js";
import { toIsoDate } from "./iso-date.js";
import { matchUnits, type NameKeys, nameKeys } from "./match-units.js";
import { isValidOn, type Unit, type UnitInput } from "./unit.js";
import { unitsFromJson } from "./units-from-json.js";
import { type RecordsOptions, unitsFromRecords } from "./units-from-records.js";

/** A date as given to the queries: an ISO or dd/mm/yyyy date, or a period (its last calendar day). */
export type UnitDate = Period | string;

function isoOf(at: UnitDate): string {
  if (at instanceof Period) return at.range().end;
  const iso = toIsoDate(at);
  if (iso === undefined) {
    throw new TonghopError("HIERARCHY.BAD_DATE", `Ngày không hợp lệ: "${at}".`, `Not a date: "${at}".`);
  }
  return iso;
}

function toUnit(input: UnitInput): Unit {
  const unit: Record<string, unknown> = { code: input.code, name: input.name, kind: input.kind };
  for (const key of ["parent", "validFrom", "validTo", "successor"] as const) {
    if (input[key] !== undefined && input[key] !== "") unit[key] = input[key];
  }
  unit.aliases = Object.freeze([...(input.aliases ?? [])]);
  return Object.freeze(unit) as unknown as Unit;
}

/**
 * The tree of units that report to one another (cấp trên – cấp dưới), with the dates each unit
 * exists, so that who must report depends on the period: after the reform of 1/7/2025, district
 * committees ended and their communes were merged into new ones. Immutable; build with
 * `Hierarchy.build`, which refuses duplicate codes, unknown parents and cycles.
 */
export class Hierarchy {
  readonly units: readonly Unit[];
  readonly #byCode: ReadonlyMap<string, Unit>;
  readonly #children: ReadonlyMap<string, readonly Unit[]>;
  /** Normalised names, built on the first match. */
  #names: NameKeys | undefined;

  private constructor(units: readonly Unit[]) {
    this.units = Object.freeze([...units]);
    this.#byCode = new Map(units.map((u) => [u.code, u]));
    const children = new Map<string, Unit[]>();
    for (const unit of units) {
      if (unit.parent === undefined) continue;
      const siblings = children.get(unit.parent);
      if (siblings) siblings.push(unit);
      else children.set(unit.parent, [unit]);
    }
    this.#children = children;
  }

  /** Throws TonghopError "HIERARCHY.INVALID" whose `issues` name every problem (see `check`). */
  static build(units: readonly UnitInput[]): Hierarchy {
    const normalized = units.map(toUnit);
    const issues = checkUnits(normalized);
    if (issues.length > 0) {
      throw new TonghopError(
        "HIERARCHY.INVALID",
        `Danh sách đơn vị không hợp lệ (${issues.length} lỗi), hãy sửa rồi chạy lại: ${firstFew(
          issues.map((i) => i.message),
          (n) => `… (và ${n} lỗi khác)`,
        )}`,
        `The list of units is not a valid hierarchy (${issues.length} errors); correct it and run again: ${firstFew(
          issues.map((i) => i.messageEn),
          (n) => `… (and ${n} more)`,
        )}`,
        issues,
      );
    }
    return new Hierarchy(normalized);
  }

  /** The problems `build` would throw for, without throwing. */
  static check(units: readonly UnitInput[]): Issue[] {
    return checkUnits(units.map(toUnit));
  }

  /** Units from spreadsheet or CSV records with Vietnamese headers; see unitsFromRecords. */
  static fromRecords(
    rows: readonly Readonly<Record<string, string>>[],
    options?: RecordsOptions,
  ): UnitInput[] {
    return unitsFromRecords(rows, options);
  }

  /** Units from a parsed JSON hierarchy file; see unitsFromJson. */
  static fromJson(value: unknown): UnitInput[] {
    return unitsFromJson(value);
  }

  unit(code: string): Unit | undefined {
    return this.#byCode.get(code);
  }

  roots(): Unit[] {
    return this.units.filter((u) => u.parent === undefined);
  }

  /** Direct subordinates, in file order; with `at`, only those that exist on that date (a period: its last day). */
  children(code: string, at?: UnitDate): Unit[] {
    const children = this.#children.get(code) ?? [];
    if (at === undefined) return [...children];
    const date = isoOf(at);
    return children.filter((u) => isValidOn(u, date));
  }

  /** The superiors of a unit, nearest first, up to its root; empty for a root or an unknown code. */
  ancestors(code: string): Unit[] {
    const ancestors: Unit[] = [];
    for (let unit = this.unit(this.unit(code)?.parent ?? ""); unit; unit = this.unit(unit.parent ?? "")) {
      ancestors.push(unit);
    }
    return ancestors;
  }

  /** Every unit below, depth first in file order, not the unit itself. */
  descendants(code: string): Unit[] {
    // Pre-order, with a stack of its own: a chain thousands deep must not overflow the call stack.
    const out: Unit[] = [];
    const stack: Unit[] = [];
    const pushChildren = (parent: string) => {
      const children = this.children(parent);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    };
    pushChildren(code);
    for (let unit = stack.pop(); unit !== undefined; unit = stack.pop()) {
      out.push(unit);
      pushChildren(unit.code);
    }
    return out;
  }

  /** 0 for a root, 1 for its children…; undefined for an unknown code. */
  depth(code: string): number | undefined {
    return this.unit(code) ? this.ancestors(code).length : undefined;
  }

  /**
   * The direct subordinates expected to report to `parent` for a period: those that exist on the
   * period's last day (under the calendar, or the Decree 09/2019 cut-off).
   */
  due(parent: string, period: Period, convention: DateConvention = "calendar"): Unit[] {
    return this.children(parent, period.range(convention).end);
  }

  isDue(code: string, period: Period, convention: DateConvention = "calendar"): boolean {
    const unit = this.unit(code);
    return unit !== undefined && isValidOn(unit, period.range(convention).end);
  }

  /** Units a name from a sheet may mean (see matchUnits); with `at`, only units that exist then. */
  match(name: string, at?: UnitDate): Unit[] {
    const date = at === undefined ? undefined : isoOf(at);
    this.#names ??= nameKeys(this.units);
    return matchUnits(this, name, this.#names, date === undefined ? undefined : (u) => isValidOn(u, date));
  }

  /**
   * The unit that carries on `code` on a date: itself while it exists, else the unit it merged
   * into, followed along the chain; undefined when the chain ends in a unit that does not exist then.
   */
  successorOf(code: string, at: UnitDate): Unit | undefined {
    const date = isoOf(at);
    const seen = new Set<string>();
    let unit = this.unit(code);
    while (
      unit?.validTo !== undefined &&
      unit.validTo < date &&
      unit.successor !== undefined &&
      !seen.has(unit.code)
    ) {
      seen.add(unit.code);
      unit = this.unit(unit.successor);
    }
    return unit && isValidOn(unit, date) ? unit : undefined;
  }
}

/** The first ten messages, and how many more: a broken file of 50,000 rows gives a message one can read. */
function firstFew(messages: readonly string[], more: (n: number) => string): string {
  const shown = messages.slice(0, 10).join(" ");
  return messages.length > 10 ? `${shown} ${more(messages.length - 10)}` : shown;
}
