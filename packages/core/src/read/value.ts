import type { CellValue } from "../grid/index.js";
import { createIssue, type Issue } from "../issue/index.js";
import { formatViNumber, parseViNumber } from "../number/index.js";
import type { ReportValue } from "../report/index.js";
import type { SheetView } from "./sheet.js";
import type { Where } from "./title.js";

/** The text Excel shows for a formula that failed (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!). */
const EXCEL_ERROR =
  /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

export const isExcelError = (text: string): boolean => EXCEL_ERROR.test(text.trim());

/**
 * A value as entered, built as one literal of fixed shape, not by spreading: a report keeps every
 * value it reads, and spread-built objects took several times the memory (3,321 workbooks: ~80 MB more).
 * The literal holds null where the cell's content and value go, stored just after: V8 lays a field
 * out for the values it first holds, and fields that first held numbers were laid out as doubles,
 * each value boxed in a heap object of its own (two for each value a report keeps: 2.5 KB a
 * report). A field that first held null keeps a whole number in place.
 */
function enteredValue(
  cell: string,
  raw: CellValue,
  formula: string | undefined,
  value: number | null,
  approximate: boolean,
): ReportValue {
  const entered: { -readonly [K in keyof ReportValue]: ReportValue[K] } =
    formula === undefined
      ? { cell, raw: null, source: "entered", value: null, approximate }
      : { cell, raw: null, source: "entered", formula, value: null, approximate };
  entered.raw = raw;
  entered.value = value;
  return entered;
}

/** What a cell holds, for a message: "Kết quả, 1 Tổng số báo cáo viên". */
export type CellDescription = string | ((col: number) => string);

/**
 * Reads one number cell: a number as it is, text as a Vietnamese numeral ("1.061", "trên 14.000"),
 * an Excel error or unreadable text as null with an issue, saying what to do, pushed to `issues`.
 * Returns the value with where it came from (cell, raw content, formula), or undefined for an
 * empty cell: a missing value, not zero. `describe` says what the cell holds for a message (called
 * with its column only when there is an issue); `indicator` is the issue's. Nothing is made for a
 * reading but the value itself: a report keeps each, and a consolidation reads hundreds of thousands.
 */
export function readCell(
  view: SheetView,
  row: number,
  col: number,
  where: Where,
  describe: CellDescription,
  issues: Issue[],
  indicator?: string,
): ReportValue | undefined {
  const raw = view.value(row, col);
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return undefined;
  const cell = view.address(row, col);
  const formula = view.formula(row, col);
  // Nearly every cell holds a number within bounds: read as it is (parseViNumber of a number).
  if (typeof raw === "number" && Number.isFinite(raw) && Math.abs(raw) <= Number.MAX_SAFE_INTEGER) {
    return enteredValue(cell, raw, formula, raw === 0 ? 0 : raw, false);
  }
  const text = typeof raw === "string" ? view.text(row, col) : String(raw);
  // The issue's location and the cell's description are built only for a cell with an issue:
  // nearly every cell has none, and building them for each took a third of reading a value.
  const described = () => ({
    what: typeof describe === "string" ? describe : describe(col),
    location: { ...where, cell, ...(indicator === undefined ? {} : { indicator }) },
  });
  if (isExcelError(text)) {
    const { what, location } = described();
    issues.push(
      createIssue({
        code: "VALUE.FORMULA_ERROR",
        severity: "error",
        ...location,
        vi: `Ô ${cell} (${what}) có lỗi công thức “${text}”: không có số liệu. Hãy sửa công thức hoặc nhập số trực tiếp.`,
        en: `Cell ${cell} (${what}) shows the formula error “${text}”: there is no value. Fix the formula or type the number.`,
      }),
    );
    return enteredValue(cell, raw, formula, null, false);
  }
  const parsed =
    typeof raw === "boolean"
      ? { value: null, approximate: false }
      : parseViNumber(typeof raw === "number" ? raw : text);
  if (parsed.value === null) {
    const { what, location } = described();
    issues.push(
      createIssue({
        code: "VALUE.UNREADABLE",
        severity: "warning",
        ...location,
        vi: `Ô ${cell} (${what}) ghi “${text}”, không đọc được thành số. Hãy ghi một số (ví dụ 1.061 hoặc “trên 14.000”), hoặc để trống nếu không có số liệu.`,
        en: `Cell ${cell} (${what}) holds “${text}”, which is not a number. Write a number (e.g. 1.061 or “trên 14.000”), or leave it empty when there is no figure.`,
      }),
    );
    return enteredValue(cell, raw, formula, null, false);
  }
  if (!Number.isFinite(parsed.value) || Math.abs(parsed.value) > Number.MAX_SAFE_INTEGER) {
    // No figure of a report comes near 2^53; past it a sum is no longer exact and one typo would
    // swamp every total it enters, so it is not read as a number at all.
    const shown =
      typeof raw === "string"
        ? `“${text}”`
        : Math.abs(parsed.value) < 1e21
          ? formatViNumber(parsed.value)
          : text;
    const { what, location } = described();
    issues.push(
      createIssue({
        code: "VALUE.TOO_LARGE",
        severity: "error",
        ...location,
        vi: `Ô ${cell} (${what}) ghi ${shown}: số quá lớn (trên ${formatViNumber(Number.MAX_SAFE_INTEGER)}), không thể là số liệu thật nên không được tính. Hãy kiểm tra và ghi lại số đúng.`,
        en: `Cell ${cell} (${what}) holds ${shown}: too large (over ${Number.MAX_SAFE_INTEGER}) to be a real figure, so it is not counted. Check it and enter the right number.`,
      }),
    );
    return enteredValue(cell, raw, formula, null, false);
  }
  return enteredValue(cell, raw, formula, parsed.value, parsed.approximate);
}
