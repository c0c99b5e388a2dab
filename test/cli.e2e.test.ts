/**
 * End-to-end: the built `tonghop` command (packages/cli/dist/main.js; `pnpm test` builds it first)
 * on the example workbooks, regenerated from examples/data.ts into a temporary folder. Expected
 * numbers are computed from the generator's data, never from the CLI.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "@tonghop/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MISSING_UNITS, OTHERS, PERIOD, PROVINCE, UNITS } from "../examples/data.js";
import { writeExamples } from "../examples/generate.js";
import { runCli, STACK_LINE } from "./helpers/cli.js";
import { expectedTotals, takenUnits } from "./helpers/expected.js";
import { hashTree } from "./helpers/files.js";

let dir: string;
let units: string;
let hierarchy: string;
/** The examples as the generator wrote them, before any command ran. */
let generated: Record<string, string>;
const file = (path: string) => join(dir, path);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-e2e-"));
  await writeExamples(dir);
  units = join(dir, "units");
  hierarchy = join(dir, "hierarchy.csv");
  generated = {
    ...hashTree(units),
    ...hashTree(join(dir, "other")),
    hierarchy: hashTree(dir)["hierarchy.csv"]!,
  };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface ValidateJson {
  files: {
    file: string;
    unit: string | null;
    period: string | null;
    values: Record<string, number>;
    issues: {
      code: string;
      severity: string;
      message: string;
      sheet?: string;
      cell?: string;
      indicator?: string;
    }[];
  }[];
}

interface ConsolidateJson {
  unit: string;
  period: string;
  submitted: string[];
  missing: string[];
  duplicates: string[];
  wrongPeriod: string[];
  totals: Record<string, number>;
  targets: {
    id: string;
    actual: number | null;
    expected: number | null;
    percent: string | null;
    status: string;
  }[];
  issues: { code: string; severity: string; message: string; file?: string; cell?: string; unit?: string }[];
}

describe("tonghop validate", () => {
  it("prints one JSON document with each file's unit, period, values and issues, and exits 1 on errors in the data", () => {
    const run = runCli(["validate", units, "--json"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.files).toHaveLength(UNITS.length);
    for (const f of doc.files) {
      expect(Object.keys(f).sort()).toEqual(
        expect.arrayContaining(["file", "unit", "period", "values", "issues"]),
      );
      for (const issue of f.issues) {
        expect(typeof issue.code).toBe("string");
        expect(["error", "warning", "info"]).toContain(issue.severity);
        expect(issue.message.length).toBeGreaterThan(10);
      }
    }
    const ccq = doc.files.find((f) => f.file.endsWith("khoi-ccq-2022.xlsx"))!;
    // Seed 000: 240 / 199 / 516 / 104 sessions, "trên 14.000", "trên 8.700", 3.768 listeners.
    expect(ccq.period).toBe("2022");
    expect(ccq.values).toMatchObject({
      BUOI_BCV: 240,
      NGHE_BCV: 14000,
      BUOI_TTVCC: 199,
      NGHE_TTVCC: 8700,
      BUOI_CAPUY: 516,
      BUOI_TTVCS: 104,
      NGHE_TTVCS: 3768,
    });
    const quarter = doc.files.find((f) => f.file.endsWith("thanh-uy-lang-son-quy-1-2022.xlsx"))!;
    // Seed 004: 350 integrated sessions, more than 12.000 listeners, 4 relayed conferences.
    expect(quarter.period).toBe("2022Q1");
    expect(quarter.values).toMatchObject({ LG_BUOI: 350, LG_NGHE: 12000, HN_TIEPSONG: 4 });
  });

  it("names the planted error with its cell: 75 listeners for 86 reporter sessions (R1)", () => {
    const run = runCli(["validate", file("units/chi-lang-2022.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const [chiLang] = (JSON.parse(run.stdout) as ValidateJson).files;
    const r1 = chiLang!.issues.filter((i) => i.code === "TTM.R1");
    expect(r1).toHaveLength(1);
    expect(r1[0]).toMatchObject({ severity: "error", indicator: "NGHE_BCV" });
    expect(r1[0]!.cell).toMatch(/^E\d+$/);
    expect(r1[0]!.message).toContain("75");
  });

  it("finds the SUM one row short (R10)", () => {
    const run = runCli(["validate", file("units/loc-binh-2022.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    const [locBinh] = (JSON.parse(run.stdout) as ValidateJson).files;
    expect(locBinh!.issues.map((i) => i.code)).toContain("TTM.R10");
  });

  it("reads the messy sheets (TCVN3, NFD, no code column) completely and exits 0 when nothing is wrong", () => {
    const messy = [
      "bac-son-2022-tcvn3.xlsx",
      "trang-dinh-2022.xlsx",
      "huu-lung-2022.xlsx",
      "khoi-doanh-nghiep-2022.xlsx",
    ];
    const run = runCli(["validate", ...messy.map((m) => file(`units/${m}`)), "--json"]);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    for (const name of messy) {
      const f = doc.files.find((x) => x.file.endsWith(name))!;
      const data = UNITS.find((u) => u.file.endsWith(name))!;
      expect(
        f.issues.filter((i) => i.severity === "error"),
        name,
      ).toEqual([]);
      for (const [code, value] of Object.entries(data.values))
        expect(f.values[code], `${name} ${code}`).toBe(value);
    }
    expect(run.code).toBe(0);
  });

  it("reads seeds 002 and 003 as their own units", () => {
    const run = runCli(["validate", join(dir, "other"), "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const tayNinh = doc.files.find((f) => f.file.endsWith("ban-tuyen-giao-tay-ninh-2020.xlsx"))!;
    expect(tayNinh.period).toBe("2020");
    expect(tayNinh.values).toMatchObject({
      HNBCV: 9,
      DIEMCAU: 11,
      HNBCV_LUOT: 7156,
      BT_KY: 12,
      BT_CUON: 37320,
    });
    const city = doc.files.find((f) => f.file.endsWith("trung-tam-chinh-tri-thanh-pho-2022.xlsx"))!;
    expect(city.values).toMatchObject({
      HNTTTS: 8,
      HNCD: 2,
      HNTT_LUOT: 1700,
      TTV: 189,
      KT_TAPTHE: 3,
      KT_CANHAN: 5,
    });
    expect(doc.files).toHaveLength(OTHERS.length);
  });

  it("prints a human summary in Vietnamese, and in English with --lang en", () => {
    const vi = runCli(["validate", file("units/chi-lang-2022.xlsx")]);
    expect(vi.stdout).toContain("1 lỗi");
    expect(vi.stdout).toContain("TTM.R1");
    const en = runCli(["--lang", "en", "validate", file("units/chi-lang-2022.xlsx")]);
    expect(en.stdout, en.stderr).toContain("1 errors");
    const env = runCli(["validate", file("units/chi-lang-2022.xlsx")], { env: { TONGHOP_LANG: "en" } });
    expect(env.stdout).toContain("1 errors");
  });
});

describe("tonghop consolidate", () => {
  let doc: ConsolidateJson;
  let code: number;
  let stderr: string;
  let before: Record<string, string>;
  let after: Record<string, string>;
  const out = () => join(dir, "out", "tong-hop.xlsx");

  beforeAll(() => {
    before = hashTree(units);
    const run = runCli([
      "consolidate",
      units,
      "--hierarchy",
      hierarchy,
      "--unit",
      PROVINCE,
      "--period",
      PERIOD,
      "--out",
      out(),
      "--json",
    ]);
    after = hashTree(units);
    code = run.code;
    stderr = run.stderr;
    doc = JSON.parse(run.stdout) as ConsolidateJson;
  });

  it("exits 1 because the data holds errors, and writes the workbook", () => {
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(existsSync(out())).toBe(true);
    expect(readWorkbook(new Uint8Array(readFileSync(out()))).sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Chi tiết",
      "Nộp báo cáo",
      "Chỉ tiêu",
      "Kiểm tra",
    ]);
  });

  it("gives the province totals the units' numbers add up to", () => {
    expect(doc.unit).toBe(PROVINCE);
    expect(doc.period).toBe(PERIOD);
    const expected = expectedTotals();
    for (const [indicator, value] of Object.entries(expected)) {
      expect(doc.totals[indicator], indicator).toBe(value);
    }
    // Every entered indicator that some unit gave is totalled.
    expect(Object.keys(doc.totals).sort()).toEqual(Object.keys(expected).sort());
  });

  it("keeps seed 000's numbers in the Khối CCQ column and relayed conferences as a maximum", () => {
    const ccq = takenUnits().find((u) => u.code === "KCCQ")!;
    expect(ccq.values.BUOI_BCV).toBe(240);
    const relayed = takenUnits().map((u) => u.values.HN_TIEPSONG ?? 0);
    expect(doc.totals.HN_TIEPSONG).toBe(Math.max(...relayed));
    expect(doc.totals.BUOI_BCV).toBe(takenUnits().reduce((s, u) => s + (u.values.BUOI_BCV ?? 0), 0));
  });

  it("names who is missing, who sent twice and who sent the wrong period", () => {
    expect(doc.missing).toEqual([...MISSING_UNITS]);
    expect(doc.duplicates).toEqual(["CAOLOC"]);
    expect(doc.wrongPeriod).toEqual(["TPLS"]);
    expect(doc.submitted.sort()).toEqual(
      takenUnits()
        .map((u) => u.code)
        .sort(),
    );
    const wrong = doc.issues.find((i) => i.code === "CONSOLIDATE.WRONG_PERIOD")!;
    expect(wrong.file).toMatch(/thanh-uy-lang-son-quy-1-2022\.xlsx$/);
    const missing = doc.issues.find((i) => i.code === "CONSOLIDATE.MISSING_UNIT")!;
    expect(missing.message).toContain("Đình Lập");
  });

  it("reports the data errors with file and cell", () => {
    const errors = doc.issues.filter((i) => i.severity === "error");
    expect(errors.find((i) => i.code === "TTM.R1")).toMatchObject({ cell: expect.stringMatching(/^E\d+$/) });
    expect(errors.find((i) => i.code === "TTM.R1")!.file).toMatch(/chi-lang-2022\.xlsx$/);
    expect(errors.find((i) => i.code === "TTM.R10")!.file).toMatch(/loc-binh-2022\.xlsx$/);
  });

  it("evaluates the targets T1–T6 on the province's totals", () => {
    expect(doc.targets.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
    const t5 = doc.targets.find((t) => t.id === "T5")!;
    expect(t5.actual).toBe(expectedTotals().HNTTTS);
  });

  it("never writes to its inputs", () => {
    expect(after).toEqual(before);
  });

  it("prints a human table of totals, completeness and targets, and the path written", () => {
    const run = runCli([
      "consolidate",
      units,
      "--hierarchy",
      hierarchy,
      "--unit",
      PROVINCE,
      "--period",
      PERIOD,
      "--out",
      join(dir, "out", "human.xlsx"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Đã nộp: 12/13");
    expect(run.stdout).toContain("Huyện ủy Đình Lập (DINHLAP)");
    expect(run.stdout).toContain(expectedTotals().BUOI!.toLocaleString("vi-VN"));
    expect(run.stdout).toContain("Chưa đạt");
    expect(run.stdout).toContain(join(dir, "out", "human.xlsx"));
  });

  it("writes Tổng hợp as a TTM-01 that tonghop reads back with the same unit, period and totals", () => {
    const run = runCli(["validate", out(), "--json"]);
    const [back] = (JSON.parse(run.stdout) as ValidateJson).files;
    expect(back).toMatchObject({ unit: PROVINCE, period: PERIOD });
    for (const [indicator, value] of Object.entries(doc.totals)) {
      expect(back!.values[indicator], indicator).toBeCloseTo(value, 6);
    }
  });

  it("without a hierarchy consolidates what it finds and says it cannot tell who is missing", () => {
    const run = runCli([
      "consolidate",
      file("units/van-lang-2022.xlsx"),
      file("units/binh-gia-2022.xlsx"),
      "--out",
      join(dir, "out", "two.xlsx"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const two = JSON.parse(run.stdout) as ConsolidateJson;
    expect(two.missing).toEqual([]);
    expect(two.issues.map((i) => i.code)).toContain("CONSOLIDATE.NO_HIERARCHY");
    const a = UNITS.find((u) => u.code === "VANLANG")!.values.BUOI_BCV!;
    const b = UNITS.find((u) => u.code === "BINHGIA")!.values.BUOI_BCV!;
    expect(two.totals.BUOI_BCV).toBe(a + b);
  });

  it("refuses to write its output over an input", () => {
    const input = file("units/van-lang-2022.xlsx");
    const hash = hashTree(units)["van-lang-2022.xlsx"];
    const run = runCli(["consolidate", units, "--hierarchy", hierarchy, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không ghi đè");
    expect(run.stdout).toBe("");
    expect(hashTree(units)["van-lang-2022.xlsx"]).toBe(hash);
  });
});

describe("bad input", () => {
  it("exits 2 for a missing file, with a Vietnamese message and no stack trace", () => {
    const run = runCli(["validate", file("units/khong-co.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Không tìm thấy");
    expect(run.stderr).toContain("khong-co.xlsx");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 for a file that is not a workbook, naming the file; --json still prints one document", () => {
    const bad = file("not-a-zip.xlsx");
    writeFileSync(bad, "Đây không phải tệp Excel");
    const run = runCli(["validate", bad, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not-a-zip.xlsx");
    expect(run.stderr).not.toMatch(STACK_LINE);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.files[0]!.issues[0]!.code).toBe("FILE.UNREADABLE");
    const en = runCli(["validate", bad], { env: { TONGHOP_LANG: "en" } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("not-a-zip.xlsx");
  });

  it("exits 2 for a usage mistake, in Vietnamese", () => {
    const run = runCli(["consolidate", units]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("thiếu tùy chọn bắt buộc");
    const unknown = runCli(["validate", "--khong-co"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("tùy chọn không hợp lệ");
  });

  it("exits 2 for a hierarchy with a cycle, naming the units", () => {
    const bad = file("cycle.csv");
    writeFileSync(bad, "Mã,Tên đơn vị,Loại,Mã cấp trên\nA,Huyện ủy A,Huyện ủy,B\nB,Huyện ủy B,Huyện ủy,A\n");
    const run = runCli(["consolidate", units, "--hierarchy", bad, "--out", join(dir, "out", "cycle.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cycle.csv");
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "out", "cycle.xlsx"))).toBe(false);
  });

  it("exits 2 for a period that does not parse", () => {
    const run = runCli([
      "template",
      "--unit",
      "KDN",
      "--period",
      "quý 5 năm 2024",
      "--out",
      join(dir, "out", "x.xlsx"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Kỳ báo cáo");
  });

  it("consolidates what it can read, names the file it cannot, writes the workbook and exits 2", () => {
    const folder = file("with-bad");
    mkdirSync(folder);
    copyFileSync(file("units/van-lang-2022.xlsx"), join(folder, "van-lang.xlsx"));
    writeFileSync(join(folder, "hong.xlsx"), "PK\u0003\u0004 not really a zip");
    const out = join(dir, "out", "with-bad.xlsx");
    const run = runCli([
      "consolidate",
      folder,
      "--hierarchy",
      hierarchy,
      "--unit",
      PROVINCE,
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("hong.xlsx");
    expect(run.stderr).not.toMatch(STACK_LINE);
    const doc = JSON.parse(run.stdout) as ConsolidateJson & { unreadable: string[] };
    expect(doc.unreadable).toEqual([join(folder, "hong.xlsx")]);
    expect(doc.submitted).toEqual(["VANLANG"]);
    expect(existsSync(out)).toBe(true);
  });

  it("walks a folder for .xlsx only, skipping Excel lock files, hidden files and links out of it", () => {
    const folder = file("walk");
    mkdirSync(folder);
    copyFileSync(file("units/van-lang-2022.xlsx"), join(folder, "van-lang.xlsx"));
    writeFileSync(join(folder, "~$van-lang.xlsx"), "lock");
    writeFileSync(join(folder, ".an.xlsx"), "hidden");
    writeFileSync(join(folder, "ghi-chu.txt"), "not a report");
    symlinkSync(file("not-a-zip.xlsx"), join(folder, "link-out.xlsx"));
    const run = runCli(["validate", folder, "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ValidateJson).files.map((f) => f.file)).toEqual([
      join(folder, "van-lang.xlsx"),
    ]);
  });
});

describe("tonghop total, evaluate, template", () => {
  it("total writes a copy with the short SUM corrected, and leaves the input alone", () => {
    const input = file("units/loc-binh-2022.xlsx");
    const before = hashTree(units)["loc-binh-2022.xlsx"];
    const out = join(dir, "out", "loc-binh-tong.xlsx");
    const run = runCli(["total", input, "--out", out]);
    expect(run.code).toBe(1);
    expect(hashTree(units)["loc-binh-2022.xlsx"]).toBe(before);
    const sheet = readWorkbook(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === "TTM-01")!;
    const formulas = sheet.grid.formulas!.flat().filter((f): f is string => f !== null);
    expect(formulas).toContain("=SUM(E22:E25)");
    const refuse = runCli(["total", input, "--out", input]);
    expect(refuse.code).toBe(2);
  });

  it("total --values writes numbers", () => {
    const out = join(dir, "out", "loc-binh-values.xlsx");
    const run = runCli(["total", file("units/loc-binh-2022.xlsx"), "--out", out, "--values"]);
    expect(run.code).toBe(1);
    const sheet = readWorkbook(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === "TTM-01")!;
    const locBinh = UNITS.find((u) => u.code === "LOCBINH")!.values;
    const sessions = ["BUOI_BCV", "BUOI_TTVCC", "BUOI_CAPUY", "BUOI_TTVCS"].reduce(
      (s, c) => s + locBinh[c]!,
      0,
    );
    expect(sheet.grid.values.flat()).toContain(sessions);
  });

  it("evaluate: seed 002's eight briefings against a monthly target are 66,7 %, not met", () => {
    const run = runCli(["evaluate", file("other/trung-tam-chinh-tri-thanh-pho-2022.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { targets: { id: string; percent: string; status: string }[] };
    expect(doc.targets.find((t) => t.id === "T5")).toMatchObject({ percent: "66,7", status: "notMet" });
  });

  it("evaluate --targets checks the user's targets against the schema", () => {
    const good = file("targets.json");
    writeFileSync(
      good,
      JSON.stringify([
        {
          id: "BT12",
          label: { vi: "Bản tin hằng tháng", en: "A bulletin every month" },
          measure: { kind: "count", actual: "BT_KY", goal: 12 },
        },
      ]),
    );
    const run = runCli([
      "evaluate",
      file("other/ban-tuyen-giao-tay-ninh-2020.xlsx"),
      "--targets",
      good,
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).targets).toEqual([
      expect.objectContaining({ id: "BT12", actual: 12, expected: 12, status: "met" }),
    ]);
    const bad = file("bad-targets.json");
    writeFileSync(bad, JSON.stringify([{ id: "X", measure: { kind: "count", goal: -1 } }]));
    const refused = runCli(["evaluate", file("other/ban-tuyen-giao-tay-ninh-2020.xlsx"), "--targets", bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("bad-targets.json");
  });

  it("template writes a blank TTM-01 that validate reads back with its unit and period", () => {
    const out = join(dir, "out", "mau-kdn.xlsx");
    const made = runCli([
      "template",
      "--unit",
      "KDN",
      "--period",
      "2024S1",
      "--hierarchy",
      hierarchy,
      "--out",
      out,
    ]);
    expect(made.code).toBe(0);
    const run = runCli(["validate", out, "--json"]);
    const [blank] = (JSON.parse(run.stdout) as ValidateJson).files;
    expect(blank).toMatchObject({ unit: "KDN", period: "2024S1" });
    expect(blank!.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe("inputs", () => {
  // Runs last (vitest keeps the order of a file): every command above only read them.
  it("are byte-identical after every command of this file", () => {
    expect({
      ...hashTree(units),
      ...hashTree(join(dir, "other")),
      hierarchy: hashTree(dir)["hierarchy.csv"]!,
    }).toEqual(generated);
  });
});
