import { TonghopError } from "../issue/error.js";
import { memoizeText } from "../text/memoize.js";
import { findPeriodSpec } from "./find-period.js";
import {
  kindForMonths,
  monthCountOf,
  monthsOf,
  type PeriodKind,
  periodKinds,
  periodsPerYear,
} from "./kinds.js";
import { labelEn, labelVi, periodId } from "./labels.js";
import { parsePeriodSpec, readPeriodSpec } from "./parse-period.js";
import { type DateConvention, type DateRange, monthsRange } from "./range.js";
import { maxYear, minYear } from "./scan-periods.js";

const ALL_DIGITS = /^\d+$/;

/**
 * The period a text names, or null, remembered: the ids thousands of reports carry are read once.
 * Periods are immutable, so one instance serves every caller. (A map cleared when full forgot the
 * ids with the dates of every title, and clearing it the first time made V8 throw away and compile
 * again each reader it had inlined Period.tryParse into.)
 */
const periodOfText = memoizeText((text: string): Period | null => {
  const spec = readPeriodSpec(text);
  return "unreadable" in spec ? null : Period.of(spec.kind, spec.year, spec.index);
}, 1024);

/** The period Period.find finds in a text, or null, remembered: titles repeat from sheet to sheet. */
const periodFoundIn = memoizeText((text: string): Period | null => {
  const spec = findPeriodSpec(text);
  return spec ? Period.of(spec.kind, spec.year, spec.index) : null;
}, 1024);

/**
 * A reporting period (kỳ báo cáo): a month, quarter, half-year, the first nine months or a year,
 * always inside one calendar year. Immutable; compare with `equals`, not `===`.
 */
export class Period {
  /** "2024M04", "2024Q2", "2024S1", "2024S2", "2024N9", "2024". */
  readonly id: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine months and for the year. */
  readonly index: number;
  /** Vietnamese label: "Tháng 4/2024", "Quý II/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "Năm 2024". */
  readonly label: string;
  /** English label: "April 2024", "Q2 2024", "First half of 2024", "Nine months of 2024", "Year 2024". */
  readonly labelEn: string;
  /** Calendar months covered, ascending. */
  readonly months: readonly number[];
  /** Ranges already computed: a consolidation asks each report's period for its dates many times. */
  readonly #ranges: { calendar?: DateRange; cutoff?: DateRange } = {};

  private constructor(kind: PeriodKind, year: number, index: number) {
    this.kind = kind;
    this.year = year;
    this.index = index;
    this.id = periodId(kind, year, index);
    this.label = labelVi(kind, year, index);
    this.labelEn = labelEn(kind, year, index);
    this.months = Object.freeze(monthsOf(kind, index));
    Object.freeze(this);
  }

  /** Throws TonghopError "PERIOD.UNREADABLE" for an index or year that does not exist. */
  static of(kind: PeriodKind, year: number, index = 1): Period {
    if (!periodKinds.includes(kind)) {
      throw new TonghopError(
        "PERIOD.UNREADABLE",
        `Loại kỳ báo cáo không hợp lệ: "${kind}".`,
        `Unknown kind of period: "${kind}".`,
      );
    }
    const okIndex = Number.isInteger(index) && index >= 1 && index <= periodsPerYear[kind];
    const okYear = Number.isInteger(year) && year >= minYear && year <= maxYear;
    if (!okIndex || !okYear) {
      throw new TonghopError(
        "PERIOD.UNREADABLE",
        `Kỳ báo cáo không tồn tại: ${kind} ${index} năm ${year} (năm từ ${minYear} đến ${maxYear}).`,
        `No such period: ${kind} ${index} of ${year} (years ${minYear} to ${maxYear}).`,
      );
    }
    return new Period(kind, year, index);
  }

  /** Reads an identifier or a Vietnamese label; throws TonghopError "PERIOD.UNREADABLE". */
  static parse(text: string): Period {
    const period = periodOfText(text);
    if (period !== null) return period;
    // Not a period: parsePeriodSpec throws, saying why.
    const spec = parsePeriodSpec(text);
    return Period.of(spec.kind, spec.year, spec.index);
  }

  static tryParse(text: string): Period | undefined {
    // Digits alone are a period only as a year ("2024"): the figures of a sheet, asked about by
    // header and title searches, are answered without reading each one.
    if (text.length !== 4 && ALL_DIGITS.test(text)) return undefined;
    return periodOfText(text) ?? undefined;
  }

  /** The period a title reports on; see findPeriodSpec for the rules when a title names several. */
  static find(text: string): Period | undefined {
    return periodFoundIn(text) ?? undefined;
  }

  /**
   * The one period exactly covered by the given ones, without overlap or gap (Q1+Q2 → S1,
   * S1+S2 → year, Q1+Q2+Q3 → N9, M01..M03 → Q1), else undefined.
   */
  static rollUp(periods: readonly Period[]): Period | undefined {
    const [first] = periods;
    if (!first || periods.some((p) => p.year !== first.year)) return undefined;
    const months = periods.flatMap((p) => p.months).sort((a, b) => a - b);
    const contiguous = months.every((m, i) => i === 0 || m === months[i - 1]! + 1);
    const found = contiguous ? kindForMonths(months[0]!, months[months.length - 1]!) : undefined;
    return found && Period.of(found.kind, first.year, found.index);
  }

  get monthCount(): number {
    return monthCountOf[this.kind];
  }

  /** Starts in January, so its figures are year to date (lũy kế từ đầu năm): M01, Q1, S1, N9, the year. */
  get isYearToDate(): boolean {
    return this.months[0] === 1;
  }

  /** First and last day, ISO and inclusive, under the calendar (default) or the Decree 09/2019 cut-off. */
  range(convention: DateConvention = "calendar"): DateRange {
    const known = this.#ranges[convention];
    if (known) return known;
    const range = Object.freeze(
      monthsRange(this.year, this.months[0]!, this.months[this.months.length - 1]!, convention),
    );
    this.#ranges[convention] = range;
    return range;
  }

  contains(other: Period): boolean {
    return other.year === this.year && other.months.every((m) => this.months.includes(m));
  }

  equals(other: Period): boolean {
    return other.id === this.id;
  }

  /**
   * The periods of a finer (or the same) kind that tile this one: 2024S1.parts("quarter") is
   * [2024Q1, 2024Q2]. Throws TonghopError "PERIOD.NO_PARTS" where they do not tile it exactly
   * (2024N9.parts("half"), 2024Q2.parts("year")).
   */
  parts(kind: PeriodKind): Period[] {
    const parts: Period[] = [];
    for (let index = 1; index <= periodsPerYear[kind]; index++) {
      const part = Period.of(kind, this.year, index);
      if (this.contains(part)) parts.push(part);
    }
    if (parts.length * monthCountOf[kind] !== this.monthCount) {
      throw new TonghopError(
        "PERIOD.NO_PARTS",
        `${this.label} không chia đúng thành các kỳ loại "${kind}".`,
        `${this.labelEn} does not divide into periods of kind "${kind}".`,
      );
    }
    return parts;
  }

  /** The period of the same kind just before: 2024Q1 → 2023Q4, 2024S1 → 2023S2, 2024N9 → 2023N9. */
  previous(): Period {
    return this.index > 1
      ? Period.of(this.kind, this.year, this.index - 1)
      : Period.of(this.kind, this.year - 1, periodsPerYear[this.kind]);
  }

  toString(): string {
    return this.id;
  }

  toJSON(): string {
    return this.id;
  }
}
