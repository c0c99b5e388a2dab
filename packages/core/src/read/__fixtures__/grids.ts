/**
 * Sheets of the form TTM-01 as Grids, built in code for the reader's tests: the clean template,
 * the seed reports as units would send them, and messy sheets as they arrive.
 */
import type { Form } from "../../form/schema.js";
import { ttm01 } from "../../form/ttm01.js";
import { type CellValue, fromA1, type Grid } from "../../grid/index.js";
import { Hierarchy } from "../../hierarchy/index.js";

export type Row = CellValue[];

export interface SheetSpec {
  readonly rows: readonly Row[];
  readonly origin?: string;
  readonly sheet?: string;
  /** Formulas by sheet address ("E12": "=SUM(E13:E16)"). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Fonts by sheet address. */
  readonly fonts?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
}

function byAddress<T>(rows: readonly Row[], origin: string, map: Readonly<Record<string, T>> | undefined) {
  if (!map) return undefined;
  const start = fromA1(origin);
  const out: (T | null)[][] = rows.map((row) => row.map(() => null));
  for (const [address, value] of Object.entries(map)) {
    const { row, col } = fromA1(address);
    const line = out[row - start.row];
    if (line) line[col - start.col] = value;
  }
  return out;
}

export function gridOf(spec: SheetSpec): Grid {
  const origin = spec.origin ?? "A1";
  const formulas = byAddress(spec.rows, origin, spec.formulas);
  const fonts = byAddress(spec.rows, origin, spec.fonts);
  return {
    origin,
    values: spec.rows,
    ...(spec.sheet === undefined ? {} : { sheet: spec.sheet }),
    ...(formulas ? { formulas } : {}),
    ...(fonts ? { fonts } : {}),
    ...(spec.merges ? { merges: spec.merges } : {}),
  };
}

export const TEMPLATE_HEADER: Row = [
  "STT",
  "Mã",
  "Chỉ tiêu",
  "ĐVT",
  "Kết quả",
  "Kế hoạch năm",
  "So với kế hoạch (%)",
  "Cùng kỳ năm trước",
  "So với cùng kỳ (%)",
  "Ghi chú",
];

export interface TemplateOptions {
  readonly values?: Readonly<Record<string, CellValue>>;
  readonly plan?: Readonly<Record<string, CellValue>>;
  readonly lastYear?: Readonly<Record<string, CellValue>>;
  /** Rows above the header. */
  readonly title?: readonly Row[];
  /** Indicator rows left out. */
  readonly without?: readonly string[];
  readonly origin?: string;
  readonly formulas?: Readonly<Record<string, string>>;
  readonly form?: Form;
}

/** The template's title block: who in "Mã đơn vị:", when in "Kỳ báo cáo:". */
export const templateTitle = (unit: string, period: string): Row[] => [
  ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
  ["THÀNH ỦY LẠNG SƠN", null, null, null, null, null, "Lạng Sơn, ngày 05 tháng 4 năm 2022"],
  ["Mã đơn vị:", unit],
  ["Kỳ báo cáo:", period],
  ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN"],
  [],
];

/** The TTM-01 template: title, header, seven section rows and the 44 indicator rows with codes. */
export function templateRows(options: TemplateOptions = {}): Row[] {
  const form = options.form ?? ttm01;
  const rows: Row[] = [...(options.title ?? templateTitle("TP_LS", "Quý I/2022")), TEMPLATE_HEADER];
  for (const section of form.sections) {
    rows.push([section.id, null, section.label]);
    for (const i of form.indicators.filter((i) => i.section === section.id)) {
      if (options.without?.includes(i.code)) continue;
      rows.push([
        i.stt,
        i.code,
        i.label,
        i.unit,
        options.values?.[i.code] ?? null,
        options.plan?.[i.code] ?? null,
        null,
        options.lastYear?.[i.code] ?? null,
        null,
        null,
      ]);
    }
  }
  return rows;
}

export const templateGrid = (options: TemplateOptions = {}): Grid =>
  gridOf({
    rows: templateRows(options),
    origin: options.origin ?? "A1",
    sheet: "TTM-01",
    ...(options.formulas ? { formulas: options.formulas } : {}),
  });

/** Every indicator of TTM-01 with a plausible figure: the clean template fully filled in. */
export const fullValues: Readonly<Record<string, number>> = {
  BCV: 20,
  BCV_TW: 1,
  BCV_TINH: 4,
  BCV_HUYEN: 5,
  BCV_CS: 10,
  TTV: 120,
  TTV_CC: 30,
  TCCS: 40,
  TCCS_DUYTRI: 38,
  BUOI: 1059,
  BUOI_BCV: 240,
  BUOI_TTVCC: 199,
  BUOI_CAPUY: 516,
  BUOI_TTVCS: 104,
  NGHE: 46468,
  NGHE_BCV: 14000,
  NGHE_TTVCC: 8700,
  NGHE_CAPUY: 20000,
  NGHE_TTVCS: 3768,
  NGHE_CBDV: 30000,
  NGHE_QC: 16468,
  LG_BUOI: 350,
  LG_NGHE: 12000,
  SHCB: 559,
  HNBCV: 9,
  HNBCV_TRUCTIEP: 3,
  HNBCV_TRUCTUYEN: 6,
  HN_TIEPSONG: 4,
  DIEMCAU: 11,
  HNBCV_LUOT: 7156,
  HNTTTS: 8,
  HNCD: 2,
  HNTT_LUOT: 1700,
  BT_KY: 12,
  BT_CUON: 37320,
  TL_DECUONG: 15,
  DLXH_BC: 12,
  DLXH_CTV: 25,
  KT_TAPTHE: 3,
  KT_CANHAN: 5,
  NGHE_TB: 43.9,
  TCCS_DUYTRI_TL: 95,
  BUOI_TTVCC_TB: 6.6,
  BT_CUON_TB: 3110,
};

/** Vietnamese text as Unikey's "tổ hợp" mode types it. */
const nfd = (text: string) => text.normalize("NFD");

/**
 * Seed 000 as the sheet Đảng ủy Khối các cơ quan tỉnh Lạng Sơn would send for 2022: no code
 * column, labels in NFD with the old tone placement (uỷ), numerals typed as text, the listeners
 * of grassroots committees as a formula adding cadres (trên 11.800) and the public (gần 8.200).
 */
export function seed000Grid(): Grid {
  const rows: Row[] = [
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [nfd("ĐẢNG UỶ KHỐI CÁC CƠ QUAN TỈNH"), null, null, "Lạng Sơn, ngày 15 tháng 12 năm 2022"],
    ["*"],
    ["BÁO CÁO"],
    [nfd("Tổng kết công tác tuyên truyền miệng năm 2022")],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Ghi chú"],
    ["II", nfd("HOẠT ĐỘNG TUYÊN TRUYỀN MIỆNG")],
    ["4", nfd("Tổng số buổi tuyên truyền miệng"), "buổi", 1059],
    ["4.1", nfd("Do báo cáo viên thực hiện"), "buổi", "240"],
    ["4.2", nfd("Do tuyên truyền viên cốt cán thực hiện"), "buổi", "199"],
    ["4.3", nfd("Do cấp uỷ cơ sở tổ chức tuyên truyền, quán triệt"), "buổi", "516"],
    ["4.4", nfd("Do tuyên truyền viên cơ sở thực hiện"), "buổi", "104"],
    ["5", nfd("Tổng số lượt người nghe"), "lượt người", null],
    ["5.1", nfd("Nghe báo cáo viên"), "lượt người", "trên 14.000"],
    ["5.2", nfd("Nghe tuyên truyền viên cốt cán"), "lượt người", "trên 8.700"],
    [
      "5.3",
      nfd("Nghe cấp uỷ cơ sở tuyên truyền, quán triệt"),
      "lượt người",
      20000,
      "Trên 11.800 lượt cán bộ, đảng viên và gần 8.200 lượt quần chúng",
    ],
    ["5.4", nfd("Nghe tuyên truyền viên cơ sở"), "lượt người", "3.768"],
  ];
  return gridOf({
    rows,
    sheet: "Năm 2022",
    formulas: { D9: "=SUM(D10:D13)", D17: "=11800+8200" },
    merges: ["A4:E4", "A5:E5"],
  });
}

/** TCVN3 bytes as a .VnTime cell holds them (made with glibc `iconv -t TCVN5712-1`). */
export const TCVN3 = {
  totalSessions: "T\u00e6ng s\u00e8 bu\u00e6i tuy\u00aan truy\u00d2n mi\u00d6ng",
  byCore: "Do tuy\u00aan truy\u00d2n vi\u00aan c\u00e8t c\u00b8n th\u00f9c hi\u00d6n",
  byReporters: "Do b\u00b8o c\u00b8o vi\u00aan th\u00f9c hi\u00d6n",
  sessions: "bu\u00e6i",
} as const;

/**
 * A messy quarter sheet of Huyện ủy Văn Quan: "Nội dung" / "Số lượng" headers, a merged title,
 * blank and note rows, core propagandists above their total, a section heading merged across
 * the row, bare children under their parents, rows 4.1 and 4.2 swapped, TCVN3 labels in .VnTime,
 * a row that matches nothing, a formula error, unreadable text, and the signature block.
 */
export function messyGrid(): Grid {
  const rows: Row[] = [
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["HUYỆN UỶ VĂN QUAN", null, null, "Văn Quan, ngày 05 tháng 7 năm 2024"],
    ["*"],
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG QUÝ II/2024"],
    [],
    ["TT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"],
    ["I. ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN"],
    ["1.", "Tổng số báo cáo viên", "người", 12],
    [],
    ["-", "Báo cáo viên cấp tỉnh", "người", 2],
    ["-", "BCV cơ sở", "người", "10"],
    ["2.1.", "Trong đó: TTV cốt cán", "người", 15],
    ["2.", "Tổng số tuyên truyền viên", "người", 40],
    [null, "(Số liệu tính đến ngày 14/6/2024)"],
    ["II", "HOẠT ĐỘNG TUYÊN TRUYỀN MIỆNG"],
    ["4", TCVN3.totalSessions, TCVN3.sessions, 30],
    ["4.2", TCVN3.byCore, TCVN3.sessions, 12],
    ["4.1", TCVN3.byReporters, TCVN3.sessions, 18],
    ["5", "Tổng số lượt người nghe", "lượt người", "1.500"],
    ["a)", "Báo cáo viên", null, "900"],
    ["b)", "Tuyên truyền viên cốt cán", null, "khoảng 600"],
    ["+", "Số buổi chiếu phim lưu động", "buổi", 5],
    ["III", "HỘI NGHỊ"],
    ["8", "Hội nghị báo cáo viên do đơn vị tổ chức", "hội nghị", 3],
    [null, "Trực tiếp", null, 2],
    [null, "Trực tuyến", null, 1],
    ["9", "Tiếp sóng hội nghị báo cáo viên cấp trên", null, "#REF!"],
    ["12", "Hội nghị thông tin thời sự", null, "hàng tháng"],
    [],
    [null, "Nơi nhận:", null, "TM. BAN THƯỜNG VỤ"],
    [null, "- Ban Tuyên giáo Tỉnh ủy;"],
  ];
  return gridOf({
    rows,
    sheet: "Quý II",
    merges: ["A4:E4", "A7:E7"],
    fonts: { B16: ".VnTime", C16: ".VnTime", B17: ".VnTime", C17: ".VnTime", B18: ".VnTime", C18: ".VnTime" },
  });
}

/**
 * Seed 004 in the template with its code column: Thành ủy Lạng Sơn, quý I/2022, 350 integrated
 * sessions for "hơn 12.000" listeners and four relayed conferences; the other rows left empty.
 * The heading names the unit (no "Mã đơn vị:" cell) and the title the period; the date line
 * (8 April) is another quarter.
 */
export function seed004Grid(): Grid {
  return templateGrid({
    title: [
      ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
      ["THÀNH UỶ LẠNG SƠN", null, null, null, null, null, "Lạng Sơn, ngày 08 tháng 4 năm 2022"],
      ["*", null, null, null, null, null, "Số 125-BC/TU"],
      ["BÁO CÁO GIAO BAN CÔNG TÁC TUYÊN GIÁO QUÝ I/2022"],
      ["Kết quả công tác tuyên truyền miệng và hoạt động báo cáo viên"],
      [],
    ],
    values: { LG_BUOI: 350, LG_NGHE: "hơn 12.000", HN_TIEPSONG: 4 },
  });
}

/** Lạng Sơn's units as the seeds name them. */
export const langSon = (): Hierarchy =>
  Hierarchy.build([
    { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy", aliases: ["Đảng bộ tỉnh Lạng Sơn"] },
    {
      code: "DUK",
      name: "Đảng ủy Khối các cơ quan tỉnh",
      kind: "Đảng ủy Khối",
      parent: "LS",
      aliases: ["Đảng ủy Khối CCQ tỉnh"],
    },
    { code: "TP_LS", name: "Thành ủy Lạng Sơn", kind: "Thành ủy", parent: "LS" },
    { code: "HU_VQ", name: "Huyện ủy Văn Quan", kind: "Huyện ủy", parent: "LS", validTo: "2025-06-30" },
  ]);

export const ROSTER_HEADER: Row = [
  "STT",
  "Họ và tên",
  "Đơn vị",
  "Loại",
  "Số buổi",
  "Lượt người nghe",
  "Ghi chú",
];

export function rosterGrid(people: readonly Row[], title: readonly Row[] = []): Grid {
  return gridOf({
    rows: [...title, ROSTER_HEADER, ...people],
    sheet: "Danh sách BCV, TTV",
  });
}
