import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PeriodKind, periodKinds, periodsPerYear } from "./kinds.js";
import { Period } from "./period.js";
import type { DateConvention } from "./range.js";

const periodArb = (minYear = 2000, maxYear = 2099) =>
  fc
    .record({ kind: fc.constantFrom(...periodKinds), year: fc.integer({ min: minYear, max: maxYear }) })
    .chain(({ kind, year }) =>
      fc.integer({ min: 1, max: periodsPerYear[kind] }).map((index) => Period.of(kind, year, index)),
    );

/** Kinds whose periods tile a period of `kind`. */
const finerKinds: Record<PeriodKind, PeriodKind[]> = {
  month: ["month"],
  quarter: ["month", "quarter"],
  half: ["month", "quarter", "half"],
  nine: ["month", "quarter", "nine"],
  year: ["month", "quarter", "half", "year"],
};

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe("Period properties", () => {
  it("parse(label) and parse(id) give the period back", () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        expect(Period.parse(period.label).id).toBe(period.id);
        expect(Period.parse(period.label.toUpperCase()).id).toBe(period.id);
        expect(Period.parse(period.label.normalize("NFD")).id).toBe(period.id);
        expect(Period.parse(period.id).id).toBe(period.id);
        expect(Period.find(`BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG ${period.label}`)?.id).toBe(
          period.id,
        );
      }),
    );
  });

  it("parts are contained in the period and roll up to it", () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        for (const kind of finerKinds[period.kind]) {
          const parts = period.parts(kind);
          expect(parts.every((part) => period.contains(part))).toBe(true);
          expect(Period.rollUp(parts)?.id).toBe(period.id);
        }
      }),
    );
  });

  it("ranges of parts tile the period's range under both conventions", () => {
    fc.assert(
      fc.property(
        periodArb(),
        fc.constantFrom<DateConvention>("calendar", "cutoff"),
        (period, convention) => {
          for (const kind of finerKinds[period.kind]) {
            const ranges = period.parts(kind).map((part) => part.range(convention));
            const whole = period.range(convention);
            expect(ranges[0]?.start).toBe(whole.start);
            expect(ranges[ranges.length - 1]?.end).toBe(whole.end);
            ranges.slice(1).forEach((range, i) => {
              expect(range.start).toBe(nextDay(ranges[i]!.end));
            });
          }
        },
      ),
    );
  });

  it("contains is reflexive and transitive", () => {
    fc.assert(
      fc.property(periodArb(2020, 2022), periodArb(2020, 2022), periodArb(2020, 2022), (a, b, c) => {
        expect(a.contains(a)).toBe(true);
        if (a.contains(b) && b.contains(c)) expect(a.contains(c)).toBe(true);
      }),
    );
  });

  it("the previous period is of the same kind, ends the day before this one starts, and does not overlap", () => {
    fc.assert(
      fc.property(periodArb(2001, 2099), (period) => {
        const previous = period.previous();
        expect(previous.kind).toBe(period.kind);
        expect(previous.contains(period) || period.contains(previous)).toBe(false);
        expect(previous.months.some((m) => period.year === previous.year && period.months.includes(m))).toBe(
          false,
        );
        if (period.kind !== "nine") expect(nextDay(previous.range().end)).toBe(period.range().start);
      }),
    );
  });
});
