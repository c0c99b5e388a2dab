/**
 * The exact outcome of every workbook of the bad-input corpus (test/bad/generate.ts), written out
 * by hand: what reading the workbook (readWorkbook, then each sheet's fonts and number formats,
 * which it lays out on demand) refuses with, or what reading and validating the form sheet finds,
 * and the exit code of `tonghop validate`. The xlsx-level and CLI-level tests both hold to it.
 */
import { BAD, type BadCase, resultCell } from "./generate.js";

/** The workbook cases (the hierarchy files are not workbooks). */
export type WorkbookCase = Exclude<BadCase, "badHierarchy" | "hierarchy">;

export type Outcome =
  | {
      /** Reading throws this XlsxError; the CLI exits 2 with its message. */
      readonly refused: { readonly code: string; readonly message: (file: string) => string };
      readonly exit: 2;
    }
  | {
      /** Issues that are not information, as "severity CODE cell" ("-" without a cell), sorted. */
      readonly findings: readonly string[];
      readonly exit: 0 | 1;
    };

const dtd = (part: string) => (file: string) =>
  `Tệp "${file}" chứa khai báo DOCTYPE/ENTITY (trong ${part}), điều Excel không bao giờ tạo ra; tệp bị từ chối vì lý do an toàn. Hãy mở bằng Excel, lưu lại rồi gửi lại, hoặc xin đơn vị gửi lại tệp.`;
const oldXls = (file: string) =>
  `Tệp "${file}" là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) (Tệp → Lưu thành).`;
const bomb = (file: string) =>
  `Tệp "${file}" quá lớn (xl/worksheets/sheet1.xml > 100 MB, giới hạn 100 MB); có thể là tệp hỏng hoặc tệp độc hại ("bom nén"). Hãy kiểm tra lại tệp; nếu đúng là báo cáo, hãy xóa các trang tính thừa rồi lưu lại.`;

const at = (severity: string, code: string, cell = "-") => `${severity} ${code} ${cell}`;

export const OUTCOMES: Readonly<Record<WorkbookCase, Outcome>> = {
  notZip: {
    exit: 2,
    refused: {
      code: "XLSX.NOT_ZIP",
      message: (file) =>
        `Tệp "${file}" không phải là tệp Excel .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx), hoặc kiểm tra lại đã chọn đúng tệp.`,
    },
  },
  truncated: {
    exit: 2,
    refused: {
      code: "XLSX.CORRUPT",
      message: (file) =>
        `Tệp "${file}" bị hỏng hoặc không đầy đủ (có thể do tải về hay đính kèm bị lỗi). Hãy xin đơn vị gửi lại tệp.`,
    },
  },
  oldXls: { exit: 2, refused: { code: "XLSX.OLD_XLS", message: oldXls } },
  oldXlsRenamed: { exit: 2, refused: { code: "XLSX.OLD_XLS", message: oldXls } },
  encrypted: {
    exit: 2,
    refused: {
      code: "XLSX.ENCRYPTED",
      message: (file) =>
        `Tệp "${file}" được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại và gửi lại tệp.`,
    },
  },
  bomb: { exit: 2, refused: { code: "XLSX.TOO_LARGE", message: bomb } },
  bombLying: { exit: 2, refused: { code: "XLSX.TOO_LARGE", message: bomb } },
  doctype: { exit: 2, refused: { code: "XLSX.DTD", message: dtd("xl/worksheets/sheet1.xml") } },
  externalEntity: { exit: 2, refused: { code: "XLSX.DTD", message: dtd("xl/worksheets/sheet1.xml") } },
  entityExpansion: { exit: 2, refused: { code: "XLSX.DTD", message: dtd("xl/sharedStrings.xml") } },
  stylesDoctype: { exit: 2, refused: { code: "XLSX.DTD", message: dtd("xl/styles.xml") } },
  longSheet: {
    exit: 2,
    refused: {
      code: "XLSX.SHEET_TOO_LARGE",
      message: (file) =>
        `Trang tính "TTM-01" trong tệp "${file}" quá lớn (2000600 ô, giới hạn 1000000). Hãy xóa các hàng, cột thừa (kể cả ô trống đã định dạng) hoặc chép phần báo cáo sang một tệp mới.`,
    },
  },
  longFormatted: { exit: 0, findings: [] },
  macro: { exit: 0, findings: [] },
  empty: { exit: 1, findings: [at("error", "READ.EMPTY_SHEET")] },
  budget: { exit: 1, findings: [at("error", "READ.NOT_FORM")] },
  formulaErrors: {
    exit: 1,
    findings: [
      at("error", "VALUE.FORMULA_ERROR", resultCell("BUOI")),
      at("error", "VALUE.FORMULA_ERROR", resultCell("BUOI_BCV")),
      at("error", "VALUE.FORMULA_ERROR", resultCell("HNBCV_LUOT")),
      // The average of listeners per session, stated for the full figures, against what is left.
      at("warning", "DERIVED.MISMATCH", resultCell("NGHE_TB")),
    ],
  },
  badCounts: {
    exit: 1,
    findings: [
      at("error", "VALUE.NOT_INTEGER", resultCell("BUOI")),
      at("error", "VALUE.NEGATIVE", resultCell("BUOI_BCV")),
      at("error", "VALUE.NOT_INTEGER", resultCell("BUOI_TTVCC")),
      at("error", "VALUE.TOO_LARGE", resultCell("NGHE_CAPUY")),
      at("error", "VALUE.TOO_LARGE", resultCell("NGHE_TTVCS")),
      at("warning", "DERIVED.MISMATCH", resultCell("NGHE_TB")),
      at("warning", "DERIVED.MISMATCH", resultCell("BUOI_TTVCC_TB")),
    ],
  },
  mergedValues: { exit: 0, findings: [at("warning", "READ.MERGED_VALUE", resultCell("BUOI_BCV"))] },
  hidden: { exit: 0, findings: [] },
  formulaText: { exit: 0, findings: [] },
  duplicateA: { exit: 0, findings: [] },
  duplicateB: { exit: 0, findings: [at("warning", "DERIVED.MISMATCH", resultCell("NGHE_TB"))] },
  badPeriod: { exit: 1, findings: [at("error", "READ.PERIOD_UNREADABLE", "D4")] },
  pathTraversal: { exit: 0, findings: [] },
};

export const WORKBOOK_CASES = Object.keys(OUTCOMES) as WorkbookCase[];

/** The file name of a case, as the tests pass it. */
export const fileOf = (c: BadCase): string => BAD[c];
