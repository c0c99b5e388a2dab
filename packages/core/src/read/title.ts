import type { Hierarchy } from "../hierarchy/index.js";
import { createIssue, type Issue } from "../issue/index.js";
import { Period } from "../period/index.js";
import type { ReportPeriod, ReportUnit } from "../report/index.js";
import { foldDiacritics } from "../text/index.js";
import { memoizeText } from "../text/memoize.js";
import type { SheetView } from "./sheet.js";

/** Where issues of one sheet point. */
export interface Where {
  readonly file?: string;
  readonly sheet?: string;
}

interface Line {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly kind: LineKind;
}

type LineKind = "skip" | "unitCode" | "periodCell" | "unitCell" | "title" | "text";

/** Lines of a Party document's heading that name neither the unit nor the period. */
const SKIP = [
  /dang cong san viet nam|cong hoa xa hoi chu nghia|doc lap\s*-?\s*tu do/,
  // The place and date line: "Lạng Sơn, ngày 15 tháng 12 năm 2022" is when it was signed, not the period.
  /\bngay\b.*\bthang\b.*\bnam\b/,
  /^so\s*[:.]?\s*\d|-bc\//,
  /^(?:bieu|mau)(?:\s+so)?\b/,
  /^kinh gui\b/,
  // "Đơn vị tính: đồng" is the unit of measure of a table, not the unit that reports.
  /^\(?\s*(?:don vi tinh|dvt)\s*[:.]/,
];

function kindOf(folded: string): LineKind {
  if (!/[a-z0-9]/.test(folded)) return "skip";
  if (/^ma (?:don vi|dv)\b/.test(folded)) return "unitCode";
  if (/^ky bao cao\b/.test(folded)) return "periodCell";
  if (/^don vi(?: bao cao)?\s*:/.test(folded)) return "unitCell";
  if (SKIP.some((re) => re.test(folded))) return "skip";
  if (/^bao cao\b/.test(folded)) return "title";
  return "text";
}

/** The kind of a line's text, remembered: the title rows of every unit's sheet repeat the same headings. */
const kindOfText = memoizeText((text) => kindOf(foldDiacritics(text).replace(/\s+/g, " ").trim()));

function linesOf(view: SheetView, endRow: number): Line[] {
  const lines: Line[] = [];
  for (let row = 0; row < endRow; row++) {
    for (let col = 0; col < view.colCount; col++) {
      const cell = view.text(row, col);
      // A cell's text is already trimmed: only one of several lines needs splitting.
      if (!cell.includes("\n")) {
        if (cell !== "") lines.push({ row, col, text: cell, kind: kindOfText(cell) });
        continue;
      }
      for (const part of cell.split(/\r?\n/)) {
        const text = part.trim();
        if (text !== "") lines.push({ row, col, text, kind: kindOfText(text) });
      }
    }
  }
  return lines;
}

/** "Mã đơn vị: DUK" → "DUK"; "Mã đơn vị:" with the value in the next cell to the right. */
function markerValue(line: Line, lines: readonly Line[]): { text: string; line: Line } | undefined {
  const colon = line.text.indexOf(":");
  const own = colon >= 0 ? line.text.slice(colon + 1).trim() : "";
  if (own !== "") return { text: own, line };
  const next = lines.find((l) => l.row === line.row && l.col > line.col);
  return next ? { text: next.text, line: next } : undefined;
}

const stem = (file: string) =>
  (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, "").replace(/[_]+/g, " ");

export interface TitleFacts {
  readonly unit: ReportUnit;
  readonly period: ReportPeriod;
  readonly issues: Issue[];
}

export interface TitleOptions {
  readonly hierarchy?: Hierarchy;
  readonly period?: string;
  readonly file?: string;
  /**
   * Whether to say so when the unit or the period is not found or not known (not for a sheet that
   * is not a report: a roster or notes sheet names no unit, and its cells are no unit's name).
   */
  readonly warn: boolean;
}

/** The value of a "Kỳ báo cáo:" cell that is not a period ("Quý V/2024"), where the sheet has one. */
function unreadablePeriodCell(lines: readonly Line[]): { text: string; line: Line } | undefined {
  for (const line of lines) {
    if (line.kind !== "periodCell") continue;
    const value = markerValue(line, lines);
    if (value && !Period.tryParse(value.text) && !Period.find(value.text)) return value;
  }
  return undefined;
}

function readPeriod(lines: readonly Line[], titleRow: number) {
  for (const line of lines) {
    if (line.kind !== "periodCell") continue;
    const value = markerValue(line, lines);
    const period = value && (Period.tryParse(value.text) ?? Period.find(value.text));
    if (value && period) {
      return {
        found: { id: period.id, text: value.text, foundBy: "cell" as const },
        period,
        cell: value.line,
      };
    }
  }
  // A "Kỳ báo cáo:" cell that is not a period is not overruled by a year somewhere in the title.
  if (unreadablePeriodCell(lines)) return undefined;
  const usable = lines.filter((l) => l.kind === "title" || l.kind === "text");
  const title = usable.filter((l) => l.row >= titleRow);
  const candidates = [...title, ...usable.filter((l) => l.row < titleRow)];
  for (const line of candidates) {
    const period = Period.find(line.text);
    if (period)
      return { found: { id: period.id, text: line.text, foundBy: "title" as const }, period, cell: line };
  }
  const joined = title.map((l) => l.text).join(" ");
  const period = joined === "" ? undefined : Period.find(joined);
  if (period) {
    return { found: { id: period.id, text: joined, foundBy: "title" as const }, period, cell: title[0] };
  }
  return undefined;
}

/**
 * The unit and the period of a sheet, from the rows above its header (DESIGN §6 "Which unit,
 * which period"): the template's "Mã đơn vị:" and "Kỳ báo cáo:" cells; else the issuing unit, the
 * last line of the top-left block under the superior body, matched against the hierarchy (or kept
 * by name without one), then the file name; the period from the title ("BÁO CÁO … NĂM 2022"),
 * never from the date line. A period given by the caller wins, and a sheet that says otherwise is
 * reported.
 */
export function readTitle(view: SheetView, endRow: number, options: TitleOptions, where: Where): TitleFacts {
  const lines = linesOf(view, endRow);
  const issues: Issue[] = [];
  const titleLine = lines.find((l) => l.kind === "title");
  const titleRow = titleLine?.row ?? endRow;
  const at = (line: Line | undefined) => (line ? { cell: view.address(line.row, line.col) } : {});

  // Period first: units are matched as they were during it.
  const own = readPeriod(lines, titleRow);
  let period: ReportPeriod = own?.found ?? { foundBy: "none" };
  let when = own?.period;
  if (options.period !== undefined) {
    const given = Period.tryParse(options.period);
    if (given) {
      period = { id: given.id, text: options.period, foundBy: "given" };
      when = given;
      if (own && own.period.id !== given.id) {
        issues.push(
          createIssue({
            code: "READ.PERIOD_MISMATCH",
            severity: "warning",
            ...where,
            ...at(own.cell),
            vi: `Biểu ghi kỳ báo cáo “${own.found.text}” (${own.period.label}) nhưng đang được đọc là kỳ ${given.label}. Hãy kiểm tra đơn vị có gửi đúng kỳ không.`,
            en: `The sheet states the period “${own.found.text}” (${own.period.labelEn}) but is read as ${given.labelEn}. Check that the unit sent the right period.`,
          }),
        );
      }
    } else {
      issues.push(
        createIssue({
          code: "READ.PERIOD_INVALID",
          severity: "error",
          ...where,
          vi: `Kỳ báo cáo “${options.period}” không đọc được; dùng kỳ ghi trên biểu. Hãy ghi kỳ như 2024Q2, 2024S1, 2024 hoặc “Quý II/2024”.`,
          en: `The period “${options.period}” cannot be read; the sheet's own period is used. Write a period such as 2024Q2, 2024S1, 2024 or “Quý II/2024”.`,
        }),
      );
    }
  }
  const unreadable = period.foundBy === "none" ? unreadablePeriodCell(lines) : undefined;
  // Kept as text without an id: the sheet states a period, one that is not a period.
  if (unreadable) period = { text: unreadable.text, foundBy: "none" };
  if (unreadable && options.warn) {
    issues.push(
      createIssue({
        code: "READ.PERIOD_UNREADABLE",
        severity: "error",
        ...where,
        ...at(unreadable.line),
        vi: `Kỳ báo cáo “${unreadable.text}” (ô ${view.address(unreadable.line.row, unreadable.line.col)}) không phải là một kỳ báo cáo. Hãy ghi lại kỳ đúng, ví dụ “Quý II/2024”, “6 tháng đầu năm 2024”, “9 tháng năm 2024” hoặc “Năm 2024”.`,
        en: `The reporting period “${unreadable.text}” (cell ${view.address(unreadable.line.row, unreadable.line.col)}) is not a period. Write the right one, e.g. “Quý II/2024”, “6 tháng đầu năm 2024”, “9 tháng năm 2024” or “Năm 2024”.`,
      }),
    );
  } else if (period.foundBy === "none" && options.warn) {
    issues.push(
      createIssue({
        code: "READ.PERIOD_UNKNOWN",
        severity: "warning",
        ...where,
        vi: "Không tìm thấy kỳ báo cáo trong tiêu đề biểu. Hãy ghi kỳ vào tiêu đề (ví dụ “BÁO CÁO … 6 THÁNG ĐẦU NĂM 2024”) hoặc vào ô “Kỳ báo cáo:”.",
        en: "No reporting period was found in the sheet's title. Put it in the title (e.g. “BÁO CÁO … 6 THÁNG ĐẦU NĂM 2024”) or in a “Kỳ báo cáo:” cell.",
      }),
    );
  }

  const hierarchy = options.hierarchy;
  const unknown = (name: string, line: Line | undefined) =>
    createIssue({
      code: "READ.UNIT_UNKNOWN",
      severity: "warning",
      ...where,
      ...at(line),
      vi: `Đơn vị “${name}” không có trong danh sách đơn vị. Hãy sửa tên (hoặc mã) đơn vị trên biểu, hoặc thêm tên này vào cột “Tên khác” của danh sách đơn vị.`,
      en: `The unit “${name}” is not in the list of units. Correct the unit's name (or code) on the sheet, or add this name to the “Tên khác” column of the list of units.`,
    });

  // Values of the "Mã đơn vị:" / "Kỳ báo cáo:" cells are not the unit's name. (A loop, not
  // filter(map(…)): map's array is packed or holey by the tier that ran it, and the filter
  // inlined after it was compiled again when it met the other.)
  const markerValues = new Set<Line>();
  for (const l of lines) {
    if (l.kind !== "unitCode" && l.kind !== "periodCell" && l.kind !== "unitCell") continue;
    const value = markerValue(l, lines)?.line;
    if (value !== undefined) markerValues.add(value);
  }
  const codeLine = lines.find((l) => l.kind === "unitCode");
  const code = codeLine && markerValue(codeLine, lines);
  const nameLine =
    lines.find((l) => l.kind === "unitCell") ??
    // The issuing unit is the last line of the top-left block; the superior body is above it.
    lines
      .filter(
        (l) =>
          l.row < titleRow &&
          l.kind === "text" &&
          // A number ("200") is a value, never the name of a unit.
          /\p{L}/u.test(l.text) &&
          !markerValues.has(l) &&
          l.col <= firstSkipCol(lines, l.row),
      )
      .at(-1);
  const named = nameLine && (nameLine.kind === "unitCell" ? markerValue(nameLine, lines) : undefined);
  const name = (named?.text ?? nameLine?.text)?.replace(/^[*\s]+|[*\s]+$/g, "");

  let unit: ReportUnit;
  if (code) {
    const known = hierarchy?.unit(code.text);
    unit = { code: code.text, name: known?.name ?? name, foundBy: "cell" };
    if (hierarchy && !known && options.warn) issues.push(unknown(code.text, code.line));
  } else if (name && hierarchy) {
    const matches = hierarchy.match(name, when);
    const byFile = matches.length === 0 && options.file ? hierarchy.match(stem(options.file), when) : [];
    if (matches.length === 1) {
      unit = { code: matches[0]!.code, name: matches[0]!.name, foundBy: "hierarchy" };
    } else if (byFile.length === 1) {
      unit = { code: byFile[0]!.code, name: byFile[0]!.name, foundBy: "file" };
    } else if (matches.length > 1) {
      unit = { name, foundBy: "title" };
      const list = matches.map((u) => `${u.code} (${u.name})`).join(", ");
      if (options.warn)
        issues.push(
          createIssue({
            code: "READ.UNIT_AMBIGUOUS",
            severity: "warning",
            ...where,
            ...at(nameLine),
            vi: `Tên đơn vị “${name}” ứng với nhiều đơn vị: ${list}. Hãy ghi mã đơn vị vào ô “Mã đơn vị:” hoặc ghi rõ tên đơn vị.`,
            en: `The unit name “${name}” fits several units: ${list}. Put the unit's code in a “Mã đơn vị:” cell or write the unit's full name.`,
          }),
        );
    } else {
      unit = { name, foundBy: "title" };
      if (options.warn) issues.push(unknown(name, nameLine));
    }
  } else if (name) {
    unit = { name, foundBy: "title" };
  } else {
    const byFile = hierarchy && options.file ? hierarchy.match(stem(options.file), when) : [];
    if (byFile.length === 1) {
      unit = { code: byFile[0]!.code, name: byFile[0]!.name, foundBy: "file" };
    } else {
      unit = { foundBy: "none" };
      if (options.warn) {
        issues.push(
          createIssue({
            code: "READ.UNIT_UNKNOWN",
            severity: "warning",
            ...where,
            vi: "Không xác định được đơn vị báo cáo: tiêu đề biểu không ghi tên đơn vị. Hãy ghi tên đơn vị ở góc trên bên trái, hoặc mã đơn vị vào ô “Mã đơn vị:”.",
            en: "The reporting unit cannot be told: the sheet's heading names no unit. Write the unit's name at the top left, or its code in a “Mã đơn vị:” cell.",
          }),
        );
      }
    }
  }
  return { unit, period, issues };
}

/** The column of the first right-hand heading line (national motto, date) in a row: the unit block is left of it. */
function firstSkipCol(lines: readonly Line[], row: number): number {
  const right = lines.filter((l) => l.row === row && l.col > 0 && l.kind === "skip");
  return right.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...right.map((l) => l.col)) - 1;
}
