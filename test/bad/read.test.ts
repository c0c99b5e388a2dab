/**
 * Every case of the bad-input corpus (test/bad/generate.ts) through @tonghop/xlsx's readWorkbook
 * and core's readGrid / validate / consolidate: the exact outcome, in bounded time and memory.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  consolidate,
  Hierarchy,
  type Issue,
  isTonghopError,
  parseHierarchyCsv,
  readGrid,
  ttm01,
  validate,
} from "@tonghop/core";
import { isXlsxError, readWorkbook, type Workbook, type XlsxError } from "@tonghop/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTCOMES, WORKBOOK_CASES } from "./expected.js";
import {
  BAD,
  type BadCase,
  BOMB_BYTES,
  CORPUS_UNITS,
  generateBadCorpus,
  resultCell,
  TRAVERSAL_MARKER,
  TRAVERSAL_VALUE,
} from "./generate.js";

let dir: string;
let paths: Record<BadCase, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-bad-"));
  paths = await generateBadCorpus(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (c: BadCase) => new Uint8Array(readFileSync(paths[c]));
/**
 * Reads a case as a reader of its texts does: the workbook, then each sheet's fonts and number
 * formats (laid out on demand), one row of them per row of values.
 */
function read(c: BadCase, limits?: Parameters<typeof readWorkbook>[1]): Workbook {
  const workbook = readWorkbook(bytesOf(c), { file: BAD[c], ...limits });
  for (const { grid } of workbook.sheets) {
    expect(grid.fonts?.length ?? 0).toBe(grid.values.length);
    expect(grid.numberFormats?.length ?? 0).toBe(grid.values.length);
  }
  return workbook;
}

/** The XlsxError reading a case throws; fails when it reads or throws anything else. */
function refusal(c: BadCase, limits?: Parameters<typeof readWorkbook>[1]): XlsxError {
  try {
    read(c, limits);
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error(`${BAD[c]} was read`);
}

/** The form sheet of a workbook read as TTM-01, with the issues of reading and of validation. */
function judge(c: BadCase, workbook: Workbook = read(c), sheet = workbook.sheets.length - 1) {
  const data = workbook.sheets[sheet]!;
  const { report, issues } = readGrid(ttm01, data.grid, { file: BAD[c], sheet: data.name });
  return { report, issues: [...issues, ...validate(ttm01, report, { file: BAD[c] })] };
}

const summary = (issues: readonly Issue[]) =>
  issues.filter((i) => i.severity !== "info").map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`);

describe("every workbook of the corpus: its exact outcome", () => {
  it.each(WORKBOOK_CASES)("%s", (c) => {
    const outcome = OUTCOMES[c];
    const started = performance.now();
    if ("refused" in outcome) {
      const e = refusal(c);
      expect([e.code, e.file, e.message]).toEqual([
        outcome.refused.code,
        BAD[c],
        outcome.refused.message(BAD[c]),
      ]);
    } else {
      expect(summary(judge(c).issues).sort()).toEqual([...outcome.findings].sort());
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("hostile XML", () => {
  it("a DOCTYPE, an external entity, entity expansion: refused at once, nothing resolved", () => {
    for (const c of ["doctype", "externalEntity", "entityExpansion", "stylesDoctype"] as const) {
      const started = performance.now();
      const e = refusal(c);
      expect(performance.now() - started).toBeLessThan(500);
      expect(e.code).toBe("XLSX.DTD");
      expect(e.message).not.toMatch(/root:|lollol/);
    }
  });
});

describe("a zip bomb is refused in bounded time and memory", () => {
  it("whose directory tells the size: at once, before inflating", () => {
    const bytes = bytesOf("bomb");
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    let error: unknown;
    try {
      readWorkbook(bytes, { file: BAD.bomb });
    } catch (e) {
      error = e;
    }
    expect(performance.now() - started).toBeLessThan(200);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
    expect(isXlsxError(error) && error.code).toBe("XLSX.TOO_LARGE");
  });

  it("whose directory lies: while inflating, at the bound", () => {
    expect(bytesOf("bombLying").length * 200).toBeLessThan(BOMB_BYTES);
    const started = performance.now();
    expect(refusal("bombLying").code).toBe("XLSX.TOO_LARGE");
    expect(performance.now() - started).toBeLessThan(5_000);
    // With a small bound the memory spent follows the bound, not the 160 MB the bomb holds.
    const bound = 4 * 1024 * 1024;
    const before = process.memoryUsage().arrayBuffers;
    const e = refusal("bombLying", { limits: { maxEntryBytes: bound } });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * bound);
    expect(e.message).toBe(
      `Tệp "${BAD.bombLying}" quá lớn (xl/worksheets/sheet1.xml > 4 MB, giới hạn 4 MB); có thể là tệp hỏng hoặc tệp độc hại ("bom nén"). Hãy kiểm tra lại tệp; nếu đúng là báo cáo, hãy xóa các trang tính thừa rồi lưu lại.`,
    );
  });
});

describe("200,000 rows", () => {
  it("formatted but empty below the form: read as the form alone", () => {
    const started = performance.now();
    const workbook = read("longFormatted");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(workbook.sheets[0]!.grid.values).toHaveLength(60);
    // Every styled cell is counted, for what must carry them all (a copy with totals filled in).
    expect(workbook.sheets[0]!.cells).toBe(2_000_254);
    const { report, issues } = judge("longFormatted", workbook);
    expect(summary(issues)).toEqual([]);
    expect(Object.keys(report.values)).toHaveLength(44);
  });
});

describe("workbooks that read, judged by core", () => {
  it("a macro-enabled workbook is read like any other; its macros are only noted", () => {
    const workbook = read("macro");
    expect(workbook.macroEnabled).toBe(true);
    const { report, issues } = judge("macro", workbook);
    expect(issues).toEqual([]);
    expect(report.unit).toMatchObject({ code: CORPUS_UNITS.clean, foundBy: "cell" });
  });

  it("an empty workbook: one empty sheet, an error that says so", () => {
    const workbook = read("empty");
    expect(workbook.sheets.map((s) => [s.name, s.grid.values.length])).toEqual([["Sheet1", 0]]);
    const { issues } = judge("empty", workbook);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "READ.EMPTY_SHEET",
        severity: "error",
        file: BAD.empty,
        sheet: "Sheet1",
        message:
          "Trang tính “Sheet1” không có dữ liệu. Hãy kiểm tra đã gửi đúng tệp báo cáo TTM-01, hoặc điền số liệu vào mẫu biểu.",
      }),
    ]);
  });

  it("a budget, not the form: one error, no unit, no values", () => {
    const { report, issues } = judge("budget");
    expect(summary(issues)).toEqual(["error READ.NOT_FORM -"]);
    expect(issues.find((i) => i.code === "READ.NOT_FORM")?.message).toBe(
      "Trang tính “Dự toán 2024” không phải biểu TTM-01 (Báo cáo kết quả công tác tuyên truyền miệng và hoạt động báo cáo viên): không dòng nào (trong 7 dòng) ứng với chỉ tiêu của biểu. Hãy kiểm tra đã gửi đúng tệp báo cáo, hoặc chép số liệu vào mẫu biểu TTM-01.",
    );
    expect(report.values).toEqual({});
    expect(report.unit).toEqual({ foundBy: "none" });
  });

  it("formula error cells: each an error at its cell, no value", () => {
    const { report, issues } = judge("formulaErrors");
    const errors = issues.filter((i) => i.code === "VALUE.FORMULA_ERROR");
    expect(errors.map((i) => [i.cell, i.indicator])).toEqual([
      [resultCell("BUOI"), "BUOI"],
      [resultCell("BUOI_BCV"), "BUOI_BCV"],
      [resultCell("HNBCV_LUOT"), "HNBCV_LUOT"],
    ]);
    expect(errors[1]?.message).toBe(
      `Ô ${resultCell("BUOI_BCV")} (Kết quả, 4.1 Do báo cáo viên thực hiện) có lỗi công thức “#REF!”: không có số liệu. Hãy sửa công thức hoặc nhập số trực tiếp.`,
    );
    expect(errors[2]?.message).toContain("“#DIV/0!”");
    expect(report.values.BUOI_BCV?.value).toBeNull();
    expect(report.values.HNBCV_LUOT?.value).toBeNull();
  });

  it("negative, fractional and absurd counts", () => {
    const { report, issues } = judge("badCounts");
    const found = issues
      .filter((i) => i.code.startsWith("VALUE."))
      .map((i) => `${i.code} ${i.cell} ${i.indicator}`)
      .sort();
    expect(found).toEqual(
      [
        `VALUE.NEGATIVE ${resultCell("BUOI_BCV")} BUOI_BCV`,
        `VALUE.NOT_INTEGER ${resultCell("BUOI")} BUOI`,
        `VALUE.NOT_INTEGER ${resultCell("BUOI_TTVCC")} BUOI_TTVCC`,
        `VALUE.TOO_LARGE ${resultCell("NGHE_CAPUY")} NGHE_CAPUY`,
        `VALUE.TOO_LARGE ${resultCell("NGHE_TTVCS")} NGHE_TTVCS`,
      ].sort(),
    );
    expect(issues.find((i) => i.code === "VALUE.NOT_INTEGER" && i.indicator === "BUOI_TTVCC")?.message).toBe(
      `mục 4.2 «Do tuyên truyền viên cốt cán thực hiện» (BUOI_TTVCC) (ô ${resultCell("BUOI_TTVCC")}) là 12,5: số đếm phải là số nguyên. Hãy ghi lại số nguyên đúng.`,
    );
    expect(issues.find((i) => i.code === "VALUE.NEGATIVE")?.message).toBe(
      `mục 4.1 «Do báo cáo viên thực hiện» (BUOI_BCV) (ô ${resultCell("BUOI_BCV")}) ghi số âm -5: số đếm không thể âm. Hãy ghi lại số đúng (không có thì ghi 0).`,
    );
    expect(issues.find((i) => i.indicator === "NGHE_TTVCS")?.message).toBe(
      `Ô ${resultCell("NGHE_TTVCS")} (Kết quả, 5.4 Nghe tuyên truyền viên cơ sở) ghi “99999999999999999999”: số quá lớn (trên 9.007.199.254.740.991), không thể là số liệu thật nên không được tính. Hãy kiểm tra và ghi lại số đúng.`,
    );
    // An absurd figure never enters a total.
    expect(report.values.NGHE_CAPUY?.value).toBeNull();
    const total = consolidate(ttm01, [report]).report.values;
    for (const v of Object.values(total))
      if (v.value !== null) expect(Number.isSafeInteger(Math.round(v.value))).toBe(true);
  });

  it("a value cell merged over two indicators", () => {
    const { report, issues } = judge("mergedValues");
    expect(summary(issues)).toEqual([`warning READ.MERGED_VALUE ${resultCell("BUOI_BCV")}`]);
    expect(report.values.BUOI_BCV?.value).toBe(240);
    expect(report.values.BUOI_TTVCC).toBeUndefined();
  });

  it("a hidden old sheet and a hidden row: both read, the hidden row said", () => {
    const workbook = read("hidden");
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["TTM-01 (cũ)", true],
      ["TTM-01", false],
    ]);
    const { report, issues } = judge("hidden", workbook, 1);
    expect(summary(issues)).toEqual([]);
    expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual([`READ.HIDDEN_ROW ${resultCell("BUOI_TTVCS")}`]);
    expect(report.values.BUOI_TTVCS?.value).toBe(104);
    expect(report.period.id).toBe("2022");
  });

  it("unit text beginning with =, +, - or @ stays text: no formula is read from it", () => {
    const workbook = read("formulaText");
    const grid = workbook.sheets[0]!.grid;
    const texts = grid.values.flat().filter((v): v is string => typeof v === "string" && /^[=+\-@]/.test(v));
    expect(texts).toEqual(
      expect.arrayContaining([
        "@ĐẢNG ỦY XÃ CÔNG THỨC",
        '=HYPERLINK("http://x","bấm")',
        "+84 912 345 678",
        "@SUM(A1)",
        "=1+1",
        "+cmd|' /C calc'!A0",
      ]),
    );
    expect((grid.formulas ?? []).flat().every((f) => f === null)).toBe(true);
    const { report, issues } = judge("formulaText", workbook);
    expect(summary(issues)).toEqual([]);
    expect(report.unit).toMatchObject({ code: CORPUS_UNITS.formulaText, name: "@ĐẢNG ỦY XÃ CÔNG THỨC" });
    expect(report.unmatched?.map((u) => u.text)).toEqual(
      expect.arrayContaining(["@SUM(A1)", "+cmd|' /C calc'!A0"]),
    );
  });

  it("a period that does not parse: an error at its cell; consolidation leaves the file out", () => {
    const { report, issues } = judge("badPeriod");
    expect(summary(issues)).toEqual(["error READ.PERIOD_UNREADABLE D4"]);
    const other = judge("duplicateA").report;
    const result = consolidate(ttm01, [report, other]);
    expect(result.completeness.wrongPeriod).toEqual([CORPUS_UNITS.clean]);
    expect(result.completeness.submitted).toEqual([CORPUS_UNITS.duplicate]);
    expect(result.issues.find((i) => i.code === "CONSOLIDATE.PERIOD_UNREADABLE")?.message).toBe(
      `${BAD.badPeriod}: báo cáo ghi kỳ “Quý V/2024”, không phải là một kỳ báo cáo; không tổng hợp. Đề nghị đơn vị sửa kỳ báo cáo (kỳ Năm 2022) và gửi lại.`,
    );
  });

  it("two files for one unit with different figures: an error naming both; the later one counts", () => {
    const a = judge("duplicateA").report;
    const b = judge("duplicateB").report;
    const result = consolidate(ttm01, [a, b]);
    expect(result.completeness.duplicate).toEqual([CORPUS_UNITS.duplicate]);
    expect(result.report.values.BUOI_CAPUY?.value).toBe(600);
    const issue = result.issues.find((i) => i.code === "CONSOLIDATE.DUPLICATE");
    expect(issue?.severity).toBe("error");
    expect(issue?.message).toBe(
      `Đơn vị ${CORPUS_UNITS.duplicate} nộp hai báo cáo kỳ Năm 2022 với số liệu khác nhau ở 2 chỉ tiêu (như BUOI: 1059 và 1143): ${BAD.duplicateA} và ${BAD.duplicateB}; lấy ${BAD.duplicateB} (nộp sau). Hãy hỏi đơn vị bản nào đúng và giữ lại một báo cáo.`,
    );
    expect(read("duplicateA").properties.modified).toBe("2022-12-10T08:00:00Z");
    expect(read("duplicateB").properties.modified).toBe("2022-12-14T08:00:00Z");
  });

  it("a zip entry named ../../evil.xml is never read, even when a sheet points at it", () => {
    const workbook = read("pathTraversal");
    const cells = workbook.sheets.flatMap((s) => s.grid.values.flat());
    expect(cells).not.toContain(TRAVERSAL_MARKER);
    expect(cells).not.toContain(TRAVERSAL_VALUE);
    const form = workbook.sheets.find((s) => s.name === "TTM-01")!;
    const { issues } = readGrid(ttm01, form.grid, { file: BAD.pathTraversal });
    expect(summary(issues)).toEqual([]);
  });
});

describe("a hierarchy with a duplicate code, an unknown parent and a cycle", () => {
  it("is refused with each problem named", () => {
    const units = parseHierarchyCsv(readFileSync(paths.badHierarchy, "utf8"), { file: BAD.badHierarchy });
    let error: unknown;
    try {
      Hierarchy.build(units);
    } catch (e) {
      error = e;
    }
    expect(isTonghopError(error) && error.code).toBe("HIERARCHY.INVALID");
    if (!isTonghopError(error)) return;
    expect(error.issues.map((i) => [i.code, i.message])).toEqual([
      [
        "HIERARCHY.DUPLICATE_CODE",
        'Mã đơn vị "CAOLOC" bị trùng: 2 đơn vị dùng mã này (Huyện ủy Cao Lộc; Huyện ủy Cao Lộc (trùng)). Hãy đặt cho mỗi đơn vị một mã riêng, hoặc xóa dòng trùng.',
      ],
      [
        "HIERARCHY.UNKNOWN_PARENT",
        'Đơn vị "VANLANG" (Huyện ủy Văn Lãng) có mã cấp trên "KHONGCO" không có trong danh sách. Hãy sửa mã cấp trên, hoặc thêm đơn vị cấp trên vào danh sách.',
      ],
      [
        "HIERARCHY.CYCLE",
        "Quan hệ cấp trên tạo thành vòng lặp: XA_A → XA_B → XA_A. Hãy sửa cột “Mã cấp trên” để không đơn vị nào là cấp trên của chính nó.",
      ],
    ]);
  });
});
