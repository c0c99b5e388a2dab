import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import { Hierarchy } from "../hierarchy/index.js";
import { Period } from "../period/index.js";
import type { Report, ReportValue } from "../report/report.js";
import { validate } from "../validate/index.js";
import { consolidate } from "./consolidate.js";
import { consolidateOverTime } from "./consolidate-over-time.js";

/**
 * Unit reports that are consistent as TTM-01 wants (every error rule holds), each family of
 * indicators given whole, given as its total only, or left out, values sometimes approximate.
 */
const small = (max: number) => fc.integer({ min: 0, max });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
type Values = Record<string, ReportValue>;

const entered = (value: number, approximate = false): ReportValue => ({
  value,
  approximate,
  source: "entered",
});

const performers = ["BCV", "TTVCC", "CAPUY", "TTVCS"] as const;

const sessionsArb = fc.oneof(
  fc.constant<Values>({}),
  fc
    .record({
      buoi: fc.tuple(small(300), small(300), small(300), small(300)),
      extra: fc.tuple(small(3000), small(3000), small(3000), small(3000)),
      approximate: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
      cadres: fc.double({ min: 0, max: 1, noNaN: true }),
      shape: fc.constantFrom("children", "parentOnly", "someChildren"),
    })
    .map(({ buoi, extra, approximate, cadres, shape }) => {
      const nghe = buoi.map((b, i) => b + extra[i]!);
      const total = nghe.reduce((a, b) => a + b, 0);
      const cbdv = Math.floor(total * cadres);
      const v: Values = { NGHE_CBDV: entered(cbdv), NGHE_QC: entered(total - cbdv) };
      if (shape === "parentOnly") {
        v.BUOI = entered(buoi.reduce((a, b) => a + b, 0));
        v.NGHE = entered(total, approximate[0]);
      } else {
        performers.forEach((p, i) => {
          // Some children only: the first performer's row left out, no total given.
          if (shape === "someChildren" && i === 0) return;
          v[`BUOI_${p}`] = entered(buoi[i]!);
          v[`NGHE_${p}`] = entered(nghe[i]!, approximate[i]);
        });
        if (shape === "someChildren") {
          delete v.NGHE_CBDV;
          delete v.NGHE_QC;
        }
      }
      return v;
    }),
);

const unitValuesArb: fc.Arbitrary<Values> = fc
  .record({
    bcv: maybe(fc.tuple(small(5), small(20), small(50), small(100))),
    ttv: fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true })),
    tccs: maybe(fc.tuple(small(200), fc.double({ min: 0, max: 1, noNaN: true }))),
    sessions: sessionsArb,
    lg: maybe(fc.tuple(small(400), small(20_000), fc.boolean())),
    shcb: maybe(small(600)),
    hn: maybe(fc.tuple(small(10), small(10), small(6), small(5000), small(12), small(6), small(5000))),
    bt: maybe(fc.tuple(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 5000 }))),
    dl: maybe(fc.tuple(small(50), small(100))),
  })
  .map(({ bcv, ttv, tccs, sessions, lg, shcb, hn, bt, dl }) => {
    const v: Values = { ...sessions };
    if (bcv) {
      ["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS"].forEach((code, i) => {
        v[code] = entered(bcv[i]!);
      });
    }
    // A core propagandist at least, so that R6 holds whatever sessions are given.
    v.TTV = entered(ttv[0]);
    v.TTV_CC = entered(Math.max(1, Math.floor(ttv[0] * ttv[1])));
    if (tccs) {
      v.TCCS = entered(tccs[0]);
      v.TCCS_DUYTRI = entered(Math.floor(tccs[0] * tccs[1]));
    }
    if (lg) {
      v.LG_BUOI = entered(lg[0]);
      v.LG_NGHE = entered(lg[0] + lg[1], lg[2]);
    }
    if (shcb !== undefined) v.SHCB = entered(shcb);
    if (hn) {
      const [direct, online, relayed, luot, briefings, thematic, ttLuot] = hn;
      v.HNBCV_TRUCTIEP = entered(direct);
      v.HNBCV_TRUCTUYEN = entered(online);
      v.HN_TIEPSONG = entered(relayed);
      v.DIEMCAU = entered(online + relayed > 0 ? 1 + relayed : 0);
      v.HNBCV_LUOT = entered(luot);
      v.HNTTTS = entered(briefings);
      v.HNCD = entered(thematic);
      v.HNTT_LUOT = entered(ttLuot);
    }
    if (bt) {
      v.BT_KY = entered(bt[0]);
      v.BT_CUON = entered(bt[0] * bt[1]);
    }
    if (dl) {
      v.DLXH_BC = entered(dl[0]);
      v.DLXH_CTV = entered(dl[1]);
    }
    return v;
  });

const asReport = (unit: string, values: Values, period = "2024"): Report => ({
  form: ttm01.id,
  unit: { code: unit, foundBy: "cell" },
  period: { id: period, foundBy: "title" },
  values,
});

const unitsArb = (max: number) =>
  fc
    .array(unitValuesArb, { minLength: 1, maxLength: max })
    .map((list) => list.map((v, i) => asReport(`U${i}`, v)));

const quick = { validateInputs: false } as const;
const totals = (reports: readonly Report[]) => consolidate(ttm01, reports, quick).report.values;

describe("laws of consolidation", () => {
  it("any order gives the same totals", () => {
    fc.assert(
      fc.property(
        unitsArb(8).chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })),
        ),
        ([units, shuffled]) => {
          expect(totals(shuffled)).toEqual(totals(units));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("any grouping gives the same totals (relayed conferences by max included)", () => {
    fc.assert(
      fc.property(
        unitsArb(9).chain((units) =>
          fc.tuple(
            fc.constant(units),
            fc.array(small(3), { minLength: units.length, maxLength: units.length }),
          ),
        ),
        ([units, groupOf]) => {
          const groups = new Map<number, Report[]>();
          units.forEach((u, i) => {
            groups.set(groupOf[i]!, [...(groups.get(groupOf[i]!) ?? []), u]);
          });
          const intermediate = [...groups.entries()].map(
            ([g, members]) => consolidate(ttm01, members, { ...quick, unit: `G${g}` }).report,
          );
          expect(totals(intermediate)).toEqual(totals(units));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a tree consolidated level by level equals its leaves consolidated at once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(unitValuesArb, small(3)), { minLength: 1, maxLength: 10 }), (leaves) => {
        const hierarchy = Hierarchy.build([
          { code: "ROOT", name: "Tỉnh ủy", kind: "Tỉnh ủy" },
          ...[0, 1, 2, 3].map((m) => ({
            code: `M${m}`,
            name: `Huyện ủy ${m}`,
            kind: "Huyện ủy",
            parent: "ROOT",
          })),
          ...leaves.map((_, i) => ({
            code: `L${i}`,
            name: `Đảng ủy xã ${i}`,
            kind: "Đảng ủy xã",
            parent: `M${leaves[i]![1]}`,
          })),
        ]);
        const reports = leaves.map(([values], i) => asReport(`L${i}`, values));
        const direct = consolidate(ttm01, reports, { ...quick, hierarchy, unit: "ROOT", period: "2024" });
        const middle = [0, 1, 2, 3].flatMap((m) => {
          const mine = reports.filter((_, i) => leaves[i]![1] === m);
          return mine.length === 0
            ? []
            : [consolidate(ttm01, mine, { ...quick, hierarchy, unit: `M${m}`, period: "2024" }).report];
        });
        const stepwise = consolidate(ttm01, middle, { ...quick, hierarchy, unit: "ROOT", period: "2024" });
        expect(stepwise.report.values).toEqual(direct.report.values);
        expect(direct.completeness.submitted).toHaveLength(reports.length);
      }),
      { numRuns: 60 },
    );
  });

  it("the totals of consistent reports pass validate with no error", () => {
    fc.assert(
      fc.property(unitsArb(6), (units) => {
        const { report } = consolidate(ttm01, units, { unit: "PARENT" });
        const errors = validate(ttm01, report).filter((i) => i.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it("months → quarters → year equals months → year", () => {
    fc.assert(
      fc.property(fc.array(maybe(unitValuesArb), { minLength: 12, maxLength: 12 }), (series) => {
        const months = series.flatMap((values, i) =>
          values === undefined ? [] : [asReport("U", values, `2024M${String(i + 1).padStart(2, "0")}`)],
        );
        fc.pre(months.length > 0);
        const year = Period.parse("2024");
        const quarters = year
          .parts("quarter")
          .map(
            (q) =>
              consolidateOverTime(
                ttm01,
                months.filter((m) => q.contains(Period.parse(m.period.id!))),
                q,
              ).report,
          )
          .filter((q) => Object.keys(q.values).length > 0);
        expect(consolidateOverTime(ttm01, quarters, year).report.values).toEqual(
          consolidateOverTime(ttm01, months, year).report.values,
        );
      }),
      { numRuns: 60 },
    );
  });
});
