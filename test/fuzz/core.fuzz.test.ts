/**
 * Fuzzing the core engine (issue 8): over random Grids, messy and hostile, and over numeral
 * strings, `readGrid`, `validate`, `computeTotals`, `evaluateTargets` and `consolidate` never throw
 * anything but the documented TonghopError, and consolidation is deterministic.
 *
 * `pnpm test` runs a CI-sized run; `pnpm fuzz` sets FUZZ_RUNS for a long one.
 */
import {
  type CellValue,
  computeTotals,
  consolidate,
  evaluateTargets,
  type Grid,
  Hierarchy,
  type Issue,
  isTonghopError,
  parseHierarchyCsv,
  parseViNumber,
  type Report,
  readGrid,
  ttm01,
  validate,
} from "@tonghop/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullValues, TCVN3, templateRows } from "../../packages/core/src/read/__fixtures__/grids.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Long runs get the time they need; the CI run must stay well under 30 s in all. */
const TIMEOUT = Math.max(60_000, RUNS * 50);

/** Runs `body`; anything thrown that is not a TonghopError fails the property, with what it was. */
function onlyTonghopErrors<T>(body: () => T): T | undefined {
  try {
    return body();
  } catch (error) {
    if (isTonghopError(error)) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Cells

const fragments: readonly string[] = [
  ...ttm01.indicators.flatMap((i) => [i.label, i.code, i.stt, `${i.stt}.`, i.unit]),
  ...ttm01.sections.flatMap((s) => [s.id, `${s.id}.`, s.label]),
  "STT",
  "Mã",
  "Chỉ tiêu",
  "Nội dung",
  "Kết quả",
  "Số lượng",
  "Thực hiện",
  "Số liệu",
  "Kế hoạch năm",
  "So với kế hoạch (%)",
  "Cùng kỳ năm trước",
  "So với cùng kỳ (%)",
  "Ghi chú",
  "ĐVT",
  "Trong đó:",
  "- Trực tiếp",
  "+ Trực tuyến",
  "a)",
  "Mã đơn vị:",
  "Kỳ báo cáo:",
  "Đơn vị tính: đồng",
  "ĐẢNG CỘNG SẢN VIỆT NAM",
  "ĐẢNG BỘ TỈNH LẠNG SƠN",
  "ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH",
  "Lạng Sơn, ngày 15 tháng 12 năm 2022",
  "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG 6 THÁNG ĐẦU NĂM 2024",
  "Năm 2022",
  "Quý II/2024",
  "Quý V/2024",
  "2024S1",
  "2024M13",
  "9 tháng năm 2024",
  "TPLS",
  "CAOLOC",
  "Nơi nhận:",
  "TM. BAN THƯỜNG VỤ",
  "1.061",
  "14.000",
  "3,5",
  "2.439.812",
  "1 061",
  "trên 14.000",
  "gần 1.250",
  "khoảng 1,2 triệu",
  "hàng nghìn",
  "-",
  "–",
  "12 kỳ",
  "99999999999999999999",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#N/A",
  "=SUM(E12:E15)",
  '=HYPERLINK("http://x","bấm")',
  "@SUM(A1)",
  "+cmd|' /C calc'!A0",
  "Do ba\u0301o ca\u0301o viên",
  "Hoà Bình, uỷ ban",
  TCVN3.totalSessions,
  "\u00ad\u00ad",
  "\u0000",
  "\uFFFD",
  "\uD800",
  "",
  "   ",
  "\n",
];

const numberCell: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 100_000 }),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    0.5,
    1.061,
    12.5,
    -5,
    2 ** 53,
    2 ** 53 + 2,
    1e20,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MIN_VALUE,
  ),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.string({ maxLength: 16, unit: "binary" }) },
  { weight: 3, arbitrary: numberCell },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 4, arbitrary: fc.constant(null) },
);

const a1 = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 120 }))
  .map(([c, r]) => `${String.fromCharCode(65 + (c % 26))}${c >= 26 ? "A" : ""}${r}`);

const merge: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(a1, a1).map(([a, b]) => `${a}:${b}`),
  a1,
  fc.constantFrom("A1:XFD1048576", "E1:E1048576", ":", "", "ZZZZ0:A-1", "1:1", "A:A"),
  fc.string({ maxLength: 8 }),
);

const formula: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }))
      .map(([a, b]) => `=SUM(E${a}:E${b})`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "=SUM(E12:E15)",
      "=E12+E13+E14",
      "=SUM(E12,E13,E14,E15)",
      "=SUM(#REF!)",
      "=E24/E19",
      "=SUM(",
      "=",
      "SUM(E1:E2)",
      "=SUM(E1:E1048576)",
      "=SUM(XFD1:XFD1048576)",
      "=SUM('Sheet 2'!E1:E9)",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const font = fc.constantFrom(null, ".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "", "\u0000");
const numberFormat = fc.constantFrom(
  null,
  "General",
  "#,##0",
  "0.0",
  "0.0%",
  "#,##0.00",
  "@",
  "",
  "[Red]0;;;",
);

/** A matrix of `rows` × `cols` drawn from `arb`, ragged on purpose now and then. */
const matrix = <T>(arb: fc.Arbitrary<T>, rows: number, cols: number) =>
  fc.array(fc.array(arb, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Layers that every Grid may carry, over `rows` × `cols`. */
const layers = (rows: number, cols: number) =>
  fc.record(
    {
      formulas: matrix(formula, rows, cols),
      numberFormats: matrix(numberFormat, rows, cols),
      fonts: matrix(font, rows, cols),
      merges: fc.array(merge, { maxLength: 12 }),
      hiddenRows: fc.array(fc.integer({ min: -3, max: rows + 3 }), { maxLength: 6 }),
      origin: fc.oneof(
        { weight: 6, arbitrary: fc.constant("A1") },
        { weight: 2, arbitrary: a1 },
        { weight: 1, arbitrary: fc.constantFrom("", "ZZZ", "A0", "XFD1048576", "a1") },
      ),
      sheet: fc.constantFrom("TTM-01", "Sheet1", "BC TTM", ""),
    },
    { requiredKeys: ["origin"] },
  );

/** Any grid: random size and content. */
const randomGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }))
  .chain(([rows, cols]) => fc.tuple(matrix(cell, rows, cols), layers(rows, cols)))
  .map(([values, extra]) => ({ ...extra, values }));

/** The TTM-01 template, filled in, then damaged: the reader goes deep into matching and rules. */
const templateGrid: fc.Arbitrary<Grid> = fc
  .record({
    unit: fc.constantFrom("TPLS", "CAOLOC", "VANLANG", "", "=1+1", "@SUM(A1)"),
    period: fc.constantFrom("Năm 2022", "Quý I/2022", "6 tháng đầu năm 2022", "Quý V/2024", "", "hàng năm"),
    keep: fc.double({ min: 0, max: 1, noNaN: true }),
    edits: fc.array(fc.tuple(fc.nat(80), fc.nat(12), cell), { maxLength: 25 }),
    drop: fc.array(fc.nat(80), { maxLength: 6 }),
    swap: fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 4 }),
  })
  .chain((spec) => {
    const values = Object.fromEntries(
      Object.entries(fullValues).filter((_, i) => (i * 0.6180339887) % 1 < spec.keep + 0.2),
    );
    const rows: CellValue[][] = templateRows({
      values,
      title: [
        ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["THÀNH ỦY LẠNG SƠN"],
        ["Mã đơn vị:", spec.unit],
        ["Kỳ báo cáo:", spec.period],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG"],
      ],
    }).map((row) => [...row]);
    for (const [a, b] of spec.swap) {
      if (rows[a] && rows[b]) [rows[a], rows[b]] = [rows[b]!, rows[a]!];
    }
    for (const [r, c, v] of spec.edits) {
      const row = rows[r];
      if (row) row[c] = v;
    }
    const kept = rows.filter((_, i) => !spec.drop.includes(i));
    const cols = Math.max(0, ...kept.map((r) => r.length));
    return layers(kept.length, cols).map((extra) => ({ ...extra, values: kept }) as Grid);
  });

const anyGrid = fc.oneof(randomGrid, templateGrid, templateGrid);

// ---------------------------------------------------------------------------------------------
// Properties

const wellFormed = (issues: readonly Issue[]) => {
  for (const issue of issues) {
    expect(typeof issue.code).toBe("string");
    expect(["error", "warning", "info"]).toContain(issue.severity);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.messageEn.length).toBeGreaterThan(0);
  }
};

/** A formula tonghop writes is its own: functions, cell references, numbers; never a unit's text. */
const OWN_FORMULA = /^=[A-Z0-9$:(),.+\-*/<>=" ]*$/;

describe("core never throws anything but TonghopError on any grid", () => {
  it(
    "readGrid, validate, computeTotals (both modes), evaluateTargets",
    () => {
      fc.assert(
        fc.property(anyGrid, fc.option(anyGrid, { nil: undefined }), (grid, previousGrid) => {
          const read = onlyTonghopErrors(() => readGrid(ttm01, grid, { file: "don-vi.xlsx" }));
          if (!read) return;
          wellFormed(read.issues);
          const previous =
            previousGrid === undefined
              ? undefined
              : onlyTonghopErrors(() => readGrid(ttm01, previousGrid, { file: "ky-truoc.xlsx" }))?.report;
          const issues = onlyTonghopErrors(() =>
            validate(ttm01, read.report, previous === undefined ? {} : { previous }),
          );
          if (issues) wellFormed(issues);
          for (const mode of ["formulas", "values"] as const) {
            const totals = onlyTonghopErrors(() => computeTotals(ttm01, read.report, { mode }));
            for (const edit of totals?.edits ?? []) {
              expect(edit.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
              if (edit.formula !== undefined) expect(edit.formula).toMatch(OWN_FORMULA);
            }
          }
          const results = onlyTonghopErrors(() =>
            evaluateTargets(ttm01.targets, read.report, { form: ttm01 }),
          );
          for (const r of results ?? [])
            expect(["exceeded", "met", "notMet", "missingData"]).toContain(r.status);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "consolidate, with and without a hierarchy, unit and period",
    () => {
      const hierarchy = Hierarchy.build([
        { code: "TULS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
        { code: "TPLS", name: "Thành ủy Lạng Sơn", kind: "Thành ủy", parent: "TULS" },
        { code: "CAOLOC", name: "Huyện ủy Cao Lộc", kind: "Huyện ủy", parent: "TULS" },
        {
          code: "VANLANG",
          name: "Huyện ủy Văn Lãng",
          kind: "Huyện ủy",
          parent: "TULS",
          validTo: "2022-06-30",
        },
      ]);
      fc.assert(
        fc.property(
          fc.array(templateGrid, { maxLength: 5 }),
          fc.boolean(),
          fc.constantFrom(undefined, "TULS", "TPLS", "KHONGCO"),
          fc.constantFrom(undefined, "2022", "2022Q1", "2024S1", "Quý V/2024"),
          (grids, withHierarchy, unit, period) => {
            const reports = grids.flatMap((grid, i) => {
              const read = onlyTonghopErrors(() => readGrid(ttm01, grid, { file: `u${i}.xlsx` }));
              return read ? [read.report] : [];
            });
            const result = onlyTonghopErrors(() =>
              consolidate(ttm01, reports, {
                ...(withHierarchy ? { hierarchy } : {}),
                ...(unit === undefined ? {} : { unit }),
                ...(period === undefined ? {} : { period }),
              }),
            );
            if (!result) return;
            wellFormed(result.issues);
            for (const v of Object.values(result.report.values)) {
              if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
            }
          },
        ),
        { numRuns: Math.max(20, Math.floor(RUNS / 2)) },
      );
    },
    TIMEOUT,
  );

  it("hierarchy files of any content: parseHierarchyCsv and Hierarchy.build, then consolidate with it", () => {
    const code = fc.constantFrom("TULS", "TPLS", "CAOLOC", "A", "B", "", " ", "tpls", "X;Y", '"');
    const date = fc.constantFrom(
      "",
      "01/07/2025",
      "30/06/2025",
      "2025-07-01",
      "31/02/2024",
      "hôm nay",
      "1/1/1",
    );
    const row = fc
      .tuple(
        code,
        fc.constantFrom(...fragments),
        fc.constantFrom("Tỉnh ủy", "", "x"),
        code,
        date,
        date,
        fc.string(),
      )
      .map((fields) => fields.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(","));
    const csv = fc.oneof(
      fc
        .array(row, { maxLength: 12 })
        .map((rows) =>
          ["Mã,Tên đơn vị,Loại,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Tên khác", ...rows].join("\n"),
        ),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(csv, templateGrid, (text, grid) => {
        const units = onlyTonghopErrors(() => parseHierarchyCsv(text, { file: "don-vi.csv" }));
        if (!units) return;
        const hierarchy = onlyTonghopErrors(() => Hierarchy.build(units));
        if (!hierarchy) return;
        const report = readGrid(ttm01, grid, { file: "u.xlsx", hierarchy }).report;
        const root = hierarchy.roots()[0]?.code;
        const result = onlyTonghopErrors(() =>
          consolidate(ttm01, [report], { hierarchy, ...(root === undefined ? {} : { unit: root }) }),
        );
        if (result) wellFormed(result.issues);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseViNumber reads any string to a finite number or null, never a NaN", () => {
    const numeral = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ maxLength: 24, unit: "binary" }),
      fc
        .tuple(
          fc.constantFrom("", "trên ", "hơn ", "gần ", "khoảng ", "xấp xỉ ", "ước ", "-", "+", "~"),
          fc.stringMatching(/^[0-9][0-9., \u00a0]{0,20}$/),
          fc.constantFrom("", " triệu", " nghìn", " ngàn", " tỷ", " buổi", " kỳ", "%", "e5", "e999"),
        )
        .map(([a, b, c]) => a + b + c),
    );
    fc.assert(
      fc.property(numeral, (text) => {
        const parsed = onlyTonghopErrors(() => parseViNumber(text));
        if (!parsed) return;
        expect(typeof parsed.approximate).toBe("boolean");
        if (parsed.value !== null) expect(Number.isNaN(parsed.value)).toBe(false);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Determinism

/** A clean unit report whose numbers vary: TTM-01 filled in for `unit`, some rows changed. */
const unitGrid = (unit: string) =>
  fc
    .record({
      scale: fc.integer({ min: 1, max: 5 }),
      blank: fc.subarray(Object.keys(fullValues), { maxLength: 6 }),
      period: fc.constantFrom("Năm 2022", "Năm 2022", "Năm 2022", "Quý I/2022"),
    })
    .map(({ scale, blank, period }) => {
      const values = Object.fromEntries(
        Object.entries(fullValues).map(([code, v]) => [code, blank.includes(code) ? null : v * scale]),
      );
      return {
        unit,
        grid: { origin: "A1", values: templateRows({ values, title: title(unit, period) }) } as Grid,
      };
    });

const title = (unit: string, period: string): CellValue[][] => [
  ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
  [`ĐƠN VỊ ${unit}`],
  ["Mã đơn vị:", unit],
  ["Kỳ báo cáo:", period],
  ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG"],
];

describe("consolidation is deterministic", () => {
  const hierarchy = Hierarchy.build([
    { code: "TULS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
    ...["TPLS", "CAOLOC", "VANLANG", "BINHGIA", "KHAC"].map((code) => ({
      code,
      name: `Đơn vị ${code}`,
      kind: "Huyện ủy",
      parent: "TULS",
    })),
  ]);
  const units = fc
    .subarray(["TPLS", "CAOLOC", "VANLANG", "BINHGIA", "KHAC", "NGOAI"], { minLength: 1 })
    .chain((codes) => fc.tuple(...codes.map(unitGrid)));

  it(
    "the same inputs twice, and in any order with the same file names, give the same values and the same issues in the same order",
    () => {
      fc.assert(
        fc.property(units, fc.boolean(), fc.func(fc.integer()), (grids, withHierarchy, order) => {
          const reports: Report[] = grids.map(
            ({ unit, grid }) => readGrid(ttm01, grid, { file: `${unit.toLowerCase()}.xlsx` }).report,
          );
          const options = withHierarchy ? { hierarchy, unit: "TULS" } : {};
          const once = consolidate(ttm01, reports, options);
          const twice = consolidate(ttm01, reports, options);
          expect(twice).toEqual(once);
          const shuffled = [...reports].sort((a, b) => order(a.file) - order(b.file) || 0);
          const again = consolidate(ttm01, shuffled, options);
          expect(again.report).toEqual(once.report);
          expect(again.issues).toEqual(once.issues);
          expect(again.completeness).toEqual(once.completeness);
          expect(again.matrix).toEqual(once.matrix);
        }),
        { numRuns: Math.max(30, Math.floor(RUNS / 4)) },
      );
    },
    TIMEOUT,
  );
});
