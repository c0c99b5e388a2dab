/**
 * End-to-end: the built `tonghop` command (packages/cli/dist/main.js; `pnpm test` builds it first)
 * on every case of the bad-input corpus (test/bad/generate.ts), generated into a temporary folder.
 * Each case's outcome is exact (test/bad/expected.ts): exit code, the Vietnamese message naming the
 * file (and cell) with what to do, no stack trace, bounded time; inputs are byte-identical after
 * every command; outputs write unit text as text.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "@tonghop/xlsx";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli, STACK_LINE } from "../helpers/cli.js";
import { hashTree } from "../helpers/files.js";
import { OUTCOMES, WORKBOOK_CASES } from "./expected.js";
import {
  BAD,
  type BadCase,
  CORPUS_UNITS,
  generateBadCorpus,
  TRAVERSAL_MARKER,
  TRAVERSAL_VALUE,
} from "./generate.js";

let dir: string;
let input: string;
let output: string;
let before: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-bad-cli-"));
  input = join(dir, "in");
  output = join(dir, "out");
  mkdirSync(output);
  await generateBadCorpus(input);
  // Where a reader that resolved ../../evil.xml against the file system would land.
  writeFileSync(join(dir, "evil.xml"), TRAVERSAL_MARKER);
  before = hashTree(input);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  // No command ever writes to, renames or adds a file among its inputs.
  expect(hashTree(input)).toEqual(before);
});

interface JsonIssue {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** Runs the CLI in the corpus folder, with the time it took. */
function tonghop(...args: string[]): CliRun & { ms: number } {
  const started = performance.now();
  const run = runCli(args, { cwd: input });
  return { ...run, ms: performance.now() - started };
}

/** What every run must be: no stack trace, no secret from outside the archive, in bounded time. */
function sane(run: CliRun & { ms: number }, bound = 30_000) {
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(`${run.stdout}${run.stderr}`).not.toContain(TRAVERSAL_MARKER);
  expect(run.ms).toBeLessThan(bound);
}

const oldXlsMessage = (file: string) => {
  const outcome = OUTCOMES.oldXls;
  if (!("refused" in outcome)) throw new Error("oldXls is refused");
  return outcome.refused.message(file);
};

const findings = (issues: readonly JsonIssue[]) =>
  issues
    .filter((i) => i.severity !== "info")
    .map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`)
    .sort();

/** Every cell of every sheet of an output workbook whose text begins as a formula would. */
function formulaLikeText(path: string) {
  const workbook = readWorkbook(new Uint8Array(readFileSync(path)));
  const texts: { sheet: string; text: string; formula: string | null }[] = [];
  const formulas: string[] = [];
  for (const sheet of workbook.sheets) {
    sheet.grid.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = sheet.grid.formulas?.[r]?.[c] ?? null;
        if (formula !== null) formulas.push(formula);
        if (typeof value === "string" && /^[=+\-@]/.test(value))
          texts.push({ sheet: sheet.name, text: value, formula });
      });
    });
  }
  return { workbook, texts, formulas };
}

/** Text the corpus's units wrote that a spreadsheet would take for a formula. */
const UNIT_FORMULA_TEXT = [
  "@ĐẢNG ỦY XÃ CÔNG THỨC",
  '=HYPERLINK("http://x","bấm")',
  "+84 912 345 678",
  "-2+3 buổi ghép",
  "@SUM(A1)",
  "=1+1",
  "+cmd|' /C calc'!A0",
  '-HYPERLINK("http://x")',
];

describe("tonghop validate --json on each corpus workbook", () => {
  it.each(WORKBOOK_CASES)("%s", (c) => {
    const outcome = OUTCOMES[c];
    const run = tonghop("validate", BAD[c], "--json");
    sane(run);
    expect(run.code).toBe(outcome.exit);
    const json = JSON.parse(run.stdout) as {
      files: { file: string; unit: string | null; period: string | null; issues: JsonIssue[] }[];
    };
    expect(json.files.map((f) => f.file)).toEqual([BAD[c]]);
    const issues = json.files[0]!.issues;
    if ("refused" in outcome) {
      const message = outcome.refused.message(BAD[c]);
      expect(issues).toEqual([
        expect.objectContaining({ code: "FILE.UNREADABLE", severity: "error", message, file: BAD[c] }),
      ]);
      // Nothing but JSON on stdout; the reason, with what to do, on stderr.
      expect(run.stderr).toContain(message);
    } else {
      expect(findings(issues)).toEqual([...outcome.findings].sort());
      for (const issue of issues.filter((i) => i.cell !== undefined && i.severity !== "info")) {
        expect(issue.file).toBe(BAD[c]);
        expect(issue.message).toMatch(
          new RegExp(`ô ${issue.cell}|Ô ${issue.cell}|ô kết quả ${issue.cell}|Ô kết quả ${issue.cell}`, "i"),
        );
        expect(issue.message).toMatch(/Hãy /);
      }
    }
  });
});

describe("tonghop validate (human) on each corpus workbook", () => {
  it.each(WORKBOOK_CASES)("%s", (c) => {
    const outcome = OUTCOMES[c];
    const run = tonghop("validate", BAD[c]);
    sane(run);
    expect(run.code).toBe(outcome.exit);
    expect(run.stdout).toContain(BAD[c]);
    if ("refused" in outcome) {
      expect(run.stderr.trim()).toBe(outcome.refused.message(BAD[c]));
    } else {
      for (const finding of outcome.findings) {
        const cell = finding.split(" ")[2]!;
        if (cell !== "-") expect(run.stdout).toContain(`!${cell}`);
        expect(run.stdout).toContain(finding.split(" ")[1]!);
      }
    }
  });
});

describe("tonghop evaluate --json on each corpus workbook", () => {
  it.each(WORKBOOK_CASES)("%s", (c) => {
    const outcome = OUTCOMES[c];
    const run = tonghop("evaluate", BAD[c], "--json");
    sane(run);
    expect(run.code).toBe(outcome.exit);
    if ("refused" in outcome) {
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(outcome.refused.message(BAD[c]));
    } else {
      const json = JSON.parse(run.stdout) as { targets: { id: string; status: string }[] };
      expect(json.targets.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
      // Errors in the data are said, with the command that shows them.
      if (outcome.exit === 1) expect(run.stderr).toContain(`tonghop validate "${BAD[c]}"`);
    }
  });
});

describe("tonghop consolidate", () => {
  it("two files for one unit with different figures: exit 1, the later (by save date) counts, both named", () => {
    const out = join(output, "trung.xlsx");
    const run = tonghop(
      "consolidate",
      "trung",
      "--hierarchy",
      BAD.hierarchy,
      "--unit",
      "TULS",
      "--out",
      out,
      "--json",
    );
    sane(run);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      submitted: string[];
      duplicates: string[];
      missing: string[];
      totals: Record<string, number>;
      issues: JsonIssue[];
    };
    expect(json.submitted).toEqual([CORPUS_UNITS.duplicate]);
    expect(json.duplicates).toEqual([CORPUS_UNITS.duplicate]);
    expect(json.missing).toEqual(["VANLANG"]);
    expect(json.totals.BUOI_CAPUY).toBe(600);
    expect(json.totals.BUOI).toBe(1143);
    expect(json.issues.find((i) => i.code === "CONSOLIDATE.DUPLICATE")).toMatchObject({
      severity: "error",
      file: BAD.duplicateB,
      message: `Đơn vị ${CORPUS_UNITS.duplicate} nộp hai báo cáo kỳ Năm 2022 với số liệu khác nhau ở 2 chỉ tiêu (như BUOI: 1059 và 1143): ${BAD.duplicateA} và ${BAD.duplicateB}; lấy ${BAD.duplicateB} (nộp sau). Hãy hỏi đơn vị bản nào đúng và giữ lại một báo cáo.`,
    });
    expect(existsSync(out)).toBe(true);

    const human = tonghop(
      "consolidate",
      "trung",
      "--hierarchy",
      BAD.hierarchy,
      "--unit",
      "TULS",
      "--out",
      out,
    );
    sane(human);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain("Nộp trùng: Huyện ủy Cao Lộc (CAOLOC)");
    expect(human.stdout).toContain(BAD.duplicateA);
  });

  it("never writes over an input: --out naming a unit's file or the hierarchy is refused", () => {
    for (const args of [
      ["consolidate", "trung", "--out", BAD.duplicateA],
      ["consolidate", "trung", "--hierarchy", BAD.hierarchy, "--out", BAD.hierarchy],
      ["total", BAD.macro, "--out", `./${BAD.macro}`],
    ]) {
      const run = tonghop(...args);
      sane(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        "trùng với tệp đầu vào; tonghop không ghi đè báo cáo của đơn vị. Hãy chọn tên khác cho --out.",
      );
    }
  });

  it("never follows a link out of the folder it was given", () => {
    const folder = join(output, "co-lien-ket");
    mkdirSync(folder);
    copyFileSync(join(input, BAD.duplicateA), join(folder, "cao-loc.xlsx"));
    // A workbook outside the folder (the unit's resubmission) and the whole corpus, both by link.
    symlinkSync(join(input, BAD.duplicateB), join(folder, "ngoai.xlsx"));
    symlinkSync(input, join(folder, "thu-muc-ngoai"));
    const out = join(output, "lien-ket.xlsx");
    const run = tonghop("consolidate", folder, "--out", out, "--json");
    sane(run);
    const json = JSON.parse(run.stdout) as {
      submitted: string[];
      duplicates: string[];
      totals: Record<string, number>;
    };
    expect(json.submitted).toEqual([CORPUS_UNITS.duplicate]);
    expect(json.duplicates).toEqual([]);
    expect(json.totals.BUOI_CAPUY).toBe(516);
  });

  it("is deterministic: the same files twice, and named in another order, give the same JSON", () => {
    const files = [BAD.formulaText, BAD.badPeriod, BAD.mergedValues, BAD.hidden, BAD.duplicateA, BAD.budget];
    const out = join(output, "lap-lai.xlsx");
    const run = (names: readonly string[]) => {
      const result = tonghop("consolidate", ...names, "--out", out, "--json");
      sane(result);
      expect(result.code).toBe(1);
      return result.stdout;
    };
    const first = run(files);
    expect(run(files)).toBe(first);
    expect(run([...files].reverse())).toBe(first);
  });

  it("a hierarchy with a duplicate code, an unknown parent and a cycle: exit 2, each problem named, nothing written", () => {
    const out = join(output, "khong-ghi.xlsx");
    for (const json of [true, false]) {
      const run = tonghop(
        "consolidate",
        "trung",
        "--hierarchy",
        BAD.badHierarchy,
        "--out",
        out,
        ...(json ? ["--json"] : []),
      );
      sane(run);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`"${BAD.badHierarchy}"`);
      expect(run.stderr).toContain(
        'Mã đơn vị "CAOLOC" bị trùng: 2 đơn vị dùng mã này (Huyện ủy Cao Lộc; Huyện ủy Cao Lộc (trùng)). Hãy đặt cho mỗi đơn vị một mã riêng, hoặc xóa dòng trùng.',
      );
      expect(run.stderr).toContain(
        'Đơn vị "VANLANG" (Huyện ủy Văn Lãng) có mã cấp trên "KHONGCO" không có trong danh sách. Hãy sửa mã cấp trên, hoặc thêm đơn vị cấp trên vào danh sách.',
      );
      expect(run.stderr).toContain("Quan hệ cấp trên tạo thành vòng lặp: XA_A → XA_B → XA_A.");
      expect(existsSync(out)).toBe(false);
    }
  });

  it("the whole corpus folder: every unreadable file named, the rest consolidated, unit text written as text", () => {
    const out = join(output, "tat-ca.xlsx");
    const run = tonghop(
      "consolidate",
      ".",
      "--hierarchy",
      BAD.hierarchy,
      "--unit",
      "TULS",
      "--out",
      out,
      "--json",
    );
    sane(run, 90_000);
    // Some files cannot be read at all: the command says so with exit 2, after writing what it could.
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout) as {
      submitted: string[];
      unreadable: string[];
      unidentified: string[];
      totals: Record<string, number>;
      issues: JsonIssue[];
    };
    const refused = WORKBOOK_CASES.filter((c) => "refused" in OUTCOMES[c]);
    expect(json.unreadable).toEqual(refused.map((c) => BAD[c]).sort((a, b) => a.localeCompare(b)));
    // An old .xls in the folder is named unreadable with what to do, not left for its unit to show as missing.
    expect(BAD.oldXls.endsWith(".xls")).toBe(true);
    expect(json.unreadable).toContain(BAD.oldXls);
    expect(json.issues).toContainEqual(
      expect.objectContaining({
        code: "FILE.UNREADABLE",
        file: BAD.oldXls,
        message: oldXlsMessage(BAD.oldXls),
      }),
    );
    for (const c of refused) {
      const outcome = OUTCOMES[c];
      if (!("refused" in outcome)) continue;
      expect(run.stderr).toContain(outcome.refused.message(BAD[c]));
    }
    expect(json.unidentified).toEqual([BAD.budget, BAD.empty]);
    expect(json.submitted).toEqual([CORPUS_UNITS.duplicate]);
    expect(Object.values(json.totals)).not.toContain(TRAVERSAL_VALUE);

    const { workbook, texts, formulas } = formulaLikeText(out);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Chi tiết",
      "Nộp báo cáo",
      "Chỉ tiêu",
      "Kiểm tra",
    ]);
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["@ĐẢNG ỦY XÃ CÔNG THỨC"]));
    expect(texts.every((t) => t.formula === null)).toBe(true);
    for (const formula of formulas) {
      for (const text of UNIT_FORMULA_TEXT) expect(formula).not.toContain(text.slice(1));
    }
    const cells = workbook.sheets.flatMap((s) => s.grid.values.flat());
    expect(cells).not.toContain(TRAVERSAL_MARKER);
    expect(cells).not.toContain(TRAVERSAL_VALUE);
  });
});

describe("tonghop total", () => {
  it("keeps a unit's text that begins with =, +, - or @ as text in the workbook it writes", () => {
    const out = join(output, "tong-cong-thuc.xlsx");
    const run = tonghop("total", BAD.formulaText, "--out", out);
    sane(run);
    expect(run.code).toBe(0);
    const { texts, formulas } = formulaLikeText(out);
    expect(texts.map((t) => t.text).sort()).toEqual([...UNIT_FORMULA_TEXT, "@SUM(A1)"].sort());
    expect(texts.every((t) => t.formula === null)).toBe(true);
    // The formulas are tonghop's own totals.
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).toMatch(/^=[A-Z0-9$:(),.+\-*/<>=" ]*$/);
  });

  it.each(["notZip", "bomb", "externalEntity", "encrypted"] as const satisfies readonly BadCase[])(
    "refuses %s with exit 2 and writes nothing",
    (c) => {
      const out = join(output, `tong-${c}.xlsx`);
      const run = tonghop("total", BAD[c], "--out", out);
      sane(run);
      expect(run.code).toBe(2);
      const outcome = OUTCOMES[c];
      if ("refused" in outcome) expect(run.stderr).toContain(outcome.refused.message(BAD[c]));
      expect(existsSync(out)).toBe(false);
    },
  );

  it("refuses to copy a workbook formatted down 200,000 rows, which it can still check: exit 2, in bounded time", () => {
    const out = join(output, "tong-dinh-dang.xlsx");
    const run = tonghop("total", BAD.longFormatted, "--out", out);
    sane(run);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `tonghop: Tệp "${BAD.longFormatted}" có 2000254 ô (kể cả ô trống đã định dạng), quá nhiều để tạo bản sao có sửa đổi (giới hạn 1000000). Hãy xóa các hàng, cột thừa (cả định dạng của chúng) rồi lưu lại và chạy lại; việc kiểm tra và tổng hợp vẫn đọc được tệp này.`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("marks the bad counts and exits 1", () => {
    const out = join(output, "tong-so-am.xlsx");
    const run = tonghop("total", BAD.badCounts, "--out", out);
    sane(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("VALUE.TOO_LARGE");
    expect(existsSync(out)).toBe(true);
  });
});

describe("files tonghop refuses before reading them", () => {
  it("a 3 GB file named by mistake: exit 2 in Vietnamese, naming the file and what to do, without reading it", () => {
    // Outside the corpus folder, whose files every test hashes; sparse, so it costs no disk.
    const folder = join(dir, "qua-lon");
    mkdirSync(folder);
    const big = join(folder, "bao-cao-3gb.xlsx");
    closeSync(openSync(big, "w"));
    truncateSync(big, 3 * 1024 * 1024 * 1024);
    const message = `Tệp "${big}" quá lớn (3.072,0 MB, giới hạn 50 MB); tonghop không đọc tệp này. Hãy kiểm tra đã chọn đúng tệp báo cáo; nếu đúng, hãy xóa các trang tính, hình ảnh thừa rồi lưu lại.`;
    const run = tonghop("validate", big);
    sane(run, 5_000);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);

    const en = tonghop("validate", big, "--lang", "en");
    sane(en, 5_000);
    expect(en.stderr.trim()).toBe(
      `"${big}" is too large (3072.0 MB, limit 50 MB); tonghop does not read it. Check that it is the right report; if it is, delete unneeded sheets and pictures and save it again.`,
    );

    // In a folder with an .ods and a good report: both bad files named unreadable, the report consolidated.
    copyFileSync(join(input, BAD.duplicateA), join(folder, "cao-loc.xlsx"));
    copyFileSync(join(input, BAD.notZip), join(folder, "bao-cao.ods"));
    const out = join(output, "qua-lon.xlsx");
    const consolidated = tonghop("consolidate", folder, "--out", out, "--json");
    sane(consolidated, 10_000);
    expect(consolidated.code).toBe(2);
    const json = JSON.parse(consolidated.stdout) as { submitted: string[]; unreadable: string[] };
    expect(json.unreadable).toEqual([join(folder, "bao-cao-3gb.xlsx"), join(folder, "bao-cao.ods")]);
    expect(json.submitted).toEqual([CORPUS_UNITS.duplicate]);
    expect(consolidated.stderr).toContain(message);

    const total = tonghop("total", big, "--out", join(output, "tong-qua-lon.xlsx"));
    sane(total, 5_000);
    expect(total.code).toBe(2);
    expect(total.stderr.trim()).toBe(`tonghop: ${message}`);
  });

  it("a hierarchy over 20 MB: exit 2, naming the file and the option", () => {
    const big = join(dir, "don-vi-qua-lon.csv");
    closeSync(openSync(big, "w"));
    truncateSync(big, 25 * 1024 * 1024);
    const run = tonghop("consolidate", "trung", "--hierarchy", big, "--out", join(output, "khong.xlsx"));
    sane(run, 10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Tệp "${big}" quá lớn (25,0 MB, giới hạn 20 MB); tonghop không đọc tệp này. Hãy kiểm tra đã chọn đúng tệp danh sách đơn vị (--hierarchy).`,
    );
  });
});

describe("tonghop evaluate --targets with a wrong targets file", () => {
  const targets = () => {
    const path = join(dir, "chi-tieu-sai.json");
    writeFileSync(
      path,
      JSON.stringify({
        targets: [{ id: "T1", label: { vi: "Buổi" }, measure: { kind: "count", goal: "12" } }],
      }),
    );
    return path;
  };

  it("says where each problem is and what is expected, in Vietnamese", () => {
    const path = targets();
    const run = tonghop("evaluate", BAD.duplicateA, "--targets", path);
    sane(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe(
      [
        `tonghop: Tệp chỉ tiêu "${path}" không đúng cấu trúc:`,
        "  - [0].label.en: thiếu; cần một chuỗi chữ (trong dấu nháy kép)",
        "  - [0].measure.actual: thiếu; cần một số hoặc một chuỗi chữ (trong dấu nháy kép) hoặc một mảng […]",
        "  - [0].measure.goal: cần một số, không phải một chuỗi chữ",
        "Hãy sửa theo mẫu trong README (id, label {vi, en}, measure).",
      ].join("\n"),
    );
  });

  it("in English with --lang en, with no zod text", () => {
    const path = targets();
    const run = tonghop("evaluate", BAD.duplicateA, "--targets", path, "--lang", "en");
    sane(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`The targets file "${path}" is not valid:`);
    expect(run.stderr).toContain("  - [0].measure.goal: expected a number, not a string");
    expect(run.stderr).not.toMatch(/Invalid input|received|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });
});
