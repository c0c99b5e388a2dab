/**
 * The example units as data: who they are, what period they report, the numbers they report and how
 * their sheet is written. `generate.ts` turns this into workbooks; the end-to-end tests compute the
 * expected consolidation from this data, independently of the CLI.
 *
 * Numbers from the seed reports (/work/shared/seeds) are kept exactly where they belong:
 * seed 000 → Đảng ủy Khối các cơ quan tỉnh, năm 2022; seed 004 → Thành ủy Lạng Sơn, quý I/2022;
 * seed 001 → Đảng ủy Khối các cơ quan tỉnh, 6 tháng đầu năm 2024; seed 002 → Trung tâm Chính trị
 * thành phố, năm 2022; seed 003 → Ban Tuyên giáo Tỉnh ủy Tây Ninh, năm 2020.
 */

/** The province the examples consolidate, and the period. */
export const PROVINCE = "TULS";
export const PERIOD = "2022";

/** How a unit's sheet is written: the clean template, or one of the messy ways units really write. */
export type SheetStyle =
  /** the template: code column, `Mã đơn vị:` / `Kỳ báo cáo:` cells, parents as =SUM formulas */
  | "template"
  /** numbers typed as Vietnamese text: "trên 14.000", "1.059" */
  | "textNumerals"
  /** no code column, header "Nội dung" / "Số lượng", STT "1.", "-" bullets, note rows */
  | "noCode"
  /** Unicode in decomposed form (Unikey's tổ hợp) and the old tone placement (uỷ, toạ, hoà) */
  | "nfd"
  /** legacy TCVN3 (ABC) bytes shown through the .VnTime / .VnTimeH fonts */
  | "tcvn3"
  /** the template, but the total of sessions is =SUM one row short (R10) */
  | "sumShort";

export interface RosterPerson {
  readonly name: string;
  readonly role: "BCV tỉnh" | "BCV huyện" | "BCV cơ sở" | "TTV cốt cán";
  readonly sessions: number;
  readonly listeners: number;
}

export interface UnitSheet {
  /** Path under examples/. */
  readonly file: string;
  /** Hierarchy code; the sheet carries it only in the template's `Mã đơn vị:` cell. */
  readonly code: string;
  /** The issuing unit as its title row names it. */
  readonly name: string;
  /** The superior body, top left above the unit. */
  readonly superior: string;
  /** Period id the sheet reports, and the title line that says it. */
  readonly period: string;
  readonly periodTitle: string;
  /** Place and date line, top right. */
  readonly dateLine: string;
  readonly style: SheetStyle;
  /**
   * The numbers the unit reports, by indicator code: the leaves of every "gồm" parent (the parent is
   * written as their sum, or as a =SUM formula) and every other entered indicator it gives.
   * An absent code is a row left blank.
   */
  readonly values: Readonly<Record<string, number>>;
  /** Cells written as text instead of a number (text numerals): code → text. */
  readonly texts?: Readonly<Record<string, string>>;
  /** Ghi chú by code. */
  readonly notes?: Readonly<Record<string, string>>;
  /** A roster sheet (Danh sách báo cáo viên, tuyên truyền viên). */
  readonly roster?: readonly RosterPerson[];
  /** Sheets before the form (instructions), to check the form sheet is found among others. */
  readonly extraSheetFirst?: boolean;
  /** What this file shows, for examples/README.md. */
  readonly about: string;
}

/** "gồm" parents and their children, as TTM-01 defines them. */
export const SUM_PARENTS: Readonly<Record<string, readonly string[]>> = {
  BCV: ["BCV_TW", "BCV_TINH", "BCV_HUYEN", "BCV_CS"],
  BUOI: ["BUOI_BCV", "BUOI_TTVCC", "BUOI_CAPUY", "BUOI_TTVCS"],
  NGHE: ["NGHE_BCV", "NGHE_TTVCC", "NGHE_CAPUY", "NGHE_TTVCS"],
  HNBCV: ["HNBCV_TRUCTIEP", "HNBCV_TRUCTUYEN"],
};

/** Indicators consolidated by the maximum over units instead of the sum. */
export const MAX_OVER_UNITS: readonly string[] = ["HN_TIEPSONG"];

/** A small deterministic generator (mulberry32), so the committed workbooks are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A year of plausible numbers for a district-level committee, consistent with every rule of TTM-01
 * (a listener for every session, cadres + public = listeners, copies ≥ issues, …).
 */
function districtYear(seed: number, scale = 1): Record<string, number> {
  const r = random(seed);
  const int = (lo: number, hi: number) => Math.round((lo + (hi - lo) * r()) * scale);
  const v: Record<string, number> = {
    BCV_TW: 0,
    BCV_TINH: Math.max(1, Math.round(int(1, 3) / scale)),
    BCV_HUYEN: int(12, 24),
    BCV_CS: int(20, 44),
    TTV: int(180, 420),
    TTV_CC: int(30, 70),
    TCCS: int(38, 72),
    BUOI_BCV: int(90, 220),
    BUOI_TTVCC: int(150, 320),
    BUOI_CAPUY: int(300, 700),
    BUOI_TTVCS: int(200, 600),
    LG_BUOI: int(400, 1200),
    SHCB: int(1000, 2500),
    HNBCV_TRUCTIEP: Math.round(2 + 2 * r()),
    HNBCV_TRUCTUYEN: Math.round(1 + 2 * r()),
    HN_TIEPSONG: Math.round(10 + 8 * r()),
    DIEMCAU: int(15, 40),
    HNBCV_LUOT: int(800, 2500),
    HNTTTS: 12,
    HNCD: Math.round(1 + 3 * r()),
    HNTT_LUOT: int(1500, 4000),
    BT_KY: 12,
    TL_DECUONG: int(8, 20),
    DLXH_BC: Math.round(12 + 12 * r()),
    DLXH_CTV: int(15, 40),
    KT_TAPTHE: Math.round(2 + 4 * r()),
    KT_CANHAN: Math.round(5 + 10 * r()),
  };
  v.TCCS_DUYTRI = v.TCCS! - Math.round(3 * r());
  for (const who of ["BCV", "TTVCC", "CAPUY", "TTVCS"]) {
    v[`NGHE_${who}`] = v[`BUOI_${who}`]! * Math.round(38 + 50 * r());
  }
  v.LG_NGHE = v.LG_BUOI! * Math.round(28 + 16 * r());
  v.BT_CUON = 12 * Math.round(300 + 500 * r());
  return withAudience(v, 0.35 + 0.15 * r());
}

/** Splits the listeners into cadres/party members and the public, so that the two add up (R7). */
function withAudience(v: Record<string, number>, cadreShare: number): Record<string, number> {
  const total = ["NGHE_BCV", "NGHE_TTVCC", "NGHE_CAPUY", "NGHE_TTVCS"].reduce((s, c) => s + (v[c] ?? 0), 0);
  const cadres = Math.round(total * cadreShare);
  return { ...v, NGHE_CBDV: cadres, NGHE_QC: total - cadres };
}

const FAMILY = [
  "Nguyễn",
  "Hoàng",
  "Lương",
  "Vi",
  "Hà",
  "Lộc",
  "Nông",
  "Triệu",
  "Đinh",
  "Lăng",
  "Hoàng",
  "Chu",
];
const MIDDLE = ["Văn", "Thị", "Đức", "Thu", "Minh", "Thanh", "Ngọc", "Quang"];
const GIVEN = ["Hùng", "Lan", "Thắng", "Hương", "Tuấn", "Mai", "Dũng", "Hà", "Sơn", "Thảo", "Long", "Yến"];

/** Huyện ủy Văn Quan's roster: the form's reporter and core-propagandist rows are the roster's sums. */
function vanQuanRoster(): RosterPerson[] {
  const r = random(706);
  const people: RosterPerson[] = [];
  const roles: [RosterPerson["role"], number][] = [
    ["BCV tỉnh", 1],
    ["BCV huyện", 9],
    ["BCV cơ sở", 14],
    ["TTV cốt cán", 20],
  ];
  let n = 0;
  for (const [role, count] of roles) {
    for (let i = 0; i < count; i++, n++) {
      // One reporter gave a single session: the per-person target T1 is not met by everyone.
      const sessions = n === 7 ? 1 : 2 + Math.floor(5 * r());
      const name = `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;
      people.push({ name, role, sessions, listeners: sessions * (35 + Math.floor(40 * r())) });
    }
  }
  return people;
}

function rosterTotals(roster: readonly RosterPerson[]): Record<string, number> {
  const of = (roles: RosterPerson["role"][]) => roster.filter((p) => roles.includes(p.role));
  const bcv: RosterPerson["role"][] = ["BCV tỉnh", "BCV huyện", "BCV cơ sở"];
  const sum = (list: RosterPerson[], key: "sessions" | "listeners") => list.reduce((s, p) => s + p[key], 0);
  return {
    BCV_TW: 0,
    BCV_TINH: of(["BCV tỉnh"]).length,
    BCV_HUYEN: of(["BCV huyện"]).length,
    BCV_CS: of(["BCV cơ sở"]).length,
    TTV_CC: of(["TTV cốt cán"]).length,
    BUOI_BCV: sum(of(bcv), "sessions"),
    NGHE_BCV: sum(of(bcv), "listeners"),
    BUOI_TTVCC: sum(of(["TTV cốt cán"]), "sessions"),
    NGHE_TTVCC: sum(of(["TTV cốt cán"]), "listeners"),
  };
}

const LS = "ĐẢNG BỘ TỈNH LẠNG SƠN";
const YEAR = "NĂM 2022";
const dateLine = (day: number, month: number) => `Lạng Sơn, ngày ${day} tháng ${month} năm 2022`;

const roster = vanQuanRoster();
const caoLoc = districtYear(102);
const chiLang = districtYear(109, 0.9);

/** Seed 000: Đảng ủy Khối các cơ quan tỉnh, tổng kết năm 2022. */
const khoiCcq2022: Record<string, number> = {
  BCV_TW: 0,
  BCV_TINH: 9,
  BCV_HUYEN: 0,
  BCV_CS: 49,
  // 1.061 reporters and propagandists of all levels: 58 reporters + 1.003 propagandists.
  TTV: 1003,
  TTV_CC: 112,
  TCCS: 118,
  TCCS_DUYTRI: 118,
  BUOI_BCV: 240,
  NGHE_BCV: 14000,
  BUOI_TTVCC: 199,
  NGHE_TTVCC: 8700,
  BUOI_CAPUY: 516,
  // trên 11.800 lượt cán bộ, đảng viên và gần 8.200 lượt quần chúng
  NGHE_CAPUY: 20000,
  BUOI_TTVCS: 104,
  NGHE_TTVCS: 3768,
  LG_BUOI: 320,
  LG_NGHE: 9600,
  SHCB: 1104,
  HNBCV_TRUCTIEP: 3,
  HNBCV_TRUCTUYEN: 1,
  HN_TIEPSONG: 18,
  DIEMCAU: 22,
  HNBCV_LUOT: 1250,
  HNTTTS: 12,
  HNCD: 2,
  HNTT_LUOT: 2400,
  BT_KY: 0,
  BT_CUON: 0,
  TL_DECUONG: 14,
  DLXH_BC: 12,
  DLXH_CTV: 36,
  KT_TAPTHE: 4,
  KT_CANHAN: 11,
};

/** The unit workbooks of Tỉnh ủy Lạng Sơn's units for 2022, as emailed to the province. */
export const UNITS: readonly UnitSheet[] = [
  {
    file: "units/thanh-uy-lang-son-2022.xlsx",
    code: "TPLS",
    name: "THÀNH ỦY LẠNG SƠN",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "template",
    values: { ...districtYear(101, 1.2), LG_BUOI: 1436, LG_NGHE: 51280, HN_TIEPSONG: 16 },
    about:
      "Thành ủy Lạng Sơn, năm 2022: the template as it should be filled (code column, Mã đơn vị / Kỳ báo cáo cells, =SUM totals).",
  },
  {
    file: "units/thanh-uy-lang-son-quy-1-2022.xlsx",
    code: "TPLS",
    name: "THÀNH ỦY LẠNG SƠN",
    superior: LS,
    period: "2022Q1",
    periodTitle: "QUÝ I NĂM 2022",
    dateLine: "Lạng Sơn, ngày 8 tháng 4 năm 2022",
    style: "template",
    // Seed 004: 350 integrated sessions for more than 12.000 listeners, 4 relayed conferences.
    values: { LG_BUOI: 350, LG_NGHE: 12000, HN_TIEPSONG: 4 },
    texts: { LG_NGHE: "hơn 12.000" },
    notes: { HN_TIEPSONG: "Tiếp sóng hội nghị báo cáo viên cấp tỉnh và Trung ương" },
    about:
      "Seed 004, Thành ủy Lạng Sơn quý I/2022 (350 buổi lồng ghép, hơn 12.000 lượt, 4 hội nghị tiếp sóng): the wrong period in a year-2022 consolidation.",
  },
  {
    file: "units/cao-loc-2022.xlsx",
    code: "CAOLOC",
    name: "HUYỆN ỦY CAO LỘC",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(10, 12),
    style: "template",
    values: caoLoc,
    about: "Huyện ủy Cao Lộc, năm 2022, first submission.",
  },
  {
    file: "units/cao-loc-2022-nop-lai.xlsx",
    code: "CAOLOC",
    name: "HUYỆN ỦY CAO LỘC",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(14, 12),
    style: "template",
    values: withAudience(
      { ...caoLoc, BUOI_CAPUY: caoLoc.BUOI_CAPUY! + 12, NGHE_CAPUY: caoLoc.NGHE_CAPUY! + 540 },
      0.4,
    ),
    notes: { BUOI_CAPUY: "Bổ sung số liệu tháng 12" },
    about:
      "Huyện ủy Cao Lộc resubmitted with the December figures added: a duplicate for the same unit and period.",
  },
  {
    file: "units/van-lang-2022.xlsx",
    code: "VANLANG",
    name: "HUYỆN ỦY VĂN LÃNG",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(9, 12),
    style: "template",
    values: districtYear(103, 0.8),
    about: "Huyện ủy Văn Lãng, năm 2022, clean.",
  },
  {
    file: "units/trang-dinh-2022.xlsx",
    code: "TRANGDINH",
    name: "HUYỆN UỶ TRÀNG ĐỊNH",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(13, 12),
    style: "nfd",
    values: districtYear(104, 0.9),
    about:
      "Huyện uỷ Tràng Định: every text in decomposed Unicode (NFD, as Unikey's tổ hợp mode types it) with the old tone placement (uỷ, toạ).",
  },
  {
    file: "units/binh-gia-2022.xlsx",
    code: "BINHGIA",
    name: "HUYỆN ỦY BÌNH GIA",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "template",
    values: districtYear(105, 0.7),
    about: "Huyện ủy Bình Gia, năm 2022, clean.",
  },
  {
    file: "units/van-quan-2022.xlsx",
    code: "VANQUAN",
    name: "HUYỆN ỦY VĂN QUAN",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "template",
    values: withAudience({ ...districtYear(106, 0.7), ...rosterTotals(roster) }, 0.42),
    roster,
    about:
      "Huyện ủy Văn Quan with a second sheet, the roster of its reporters and core propagandists; the form's counts and sums agree with it, and one reporter gave a single session (per-person target T1).",
  },
  {
    file: "units/bac-son-2022-tcvn3.xlsx",
    code: "BACSON",
    name: "HUYỆN ỦY BẮC SƠN",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(11, 12),
    style: "tcvn3",
    values: districtYear(107, 0.8),
    about:
      "Huyện ủy Bắc Sơn: a legacy sheet typed in TCVN3 (ABC) with the .VnTime font, titles in .VnTimeH (lower-case bytes shown as capitals).",
  },
  {
    file: "units/huu-lung-2022.xlsx",
    code: "HUULUNG",
    name: "HUYỆN ỦY HỮU LŨNG",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "noCode",
    values: districtYear(108, 1.1),
    about:
      'Huyện ủy Hữu Lũng: no code column, header "Nội dung" / "Số lượng", STT written "1.", "-" bullets, a note row, parents typed as numbers.',
  },
  {
    file: "units/chi-lang-2022.xlsx",
    code: "CHILANG",
    name: "HUYỆN ỦY CHI LĂNG",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "template",
    // The planted error: 75 listeners for 86 reporter sessions (R1), a typing slip for 7.500.
    values: withAudience({ ...chiLang, BUOI_BCV: 86, NGHE_BCV: 75 }, 0.45),
    about:
      "Huyện ủy Chi Lăng with a planted error: 86 reporter sessions for 75 listeners (R1: NGHE_BCV < BUOI_BCV).",
  },
  {
    file: "units/loc-binh-2022.xlsx",
    code: "LOCBINH",
    name: "HUYỆN ỦY LỘC BÌNH",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(12, 12),
    style: "sumShort",
    values: districtYear(110, 0.9),
    about:
      "Huyện ủy Lộc Bình: the total of sessions is =SUM(...) one row short, leaving out 4.4 (R10); consolidation uses the children's sum.",
  },
  {
    file: "units/khoi-ccq-2022.xlsx",
    code: "KCCQ",
    name: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(15, 12),
    style: "textNumerals",
    values: khoiCcq2022,
    texts: {
      NGHE_BCV: "trên 14.000",
      NGHE_TTVCC: "trên 8.700",
      NGHE_CAPUY: "khoảng 20.000",
      NGHE_TTVCS: "3.768",
      TTV: "1.003",
      SHCB: "1.104",
      HNBCV_LUOT: "1.250",
      HNTT_LUOT: "2.400",
      LG_NGHE: "9.600",
      BT_KY: "-",
      BT_CUON: "-",
    },
    notes: {
      NGHE_CAPUY: "Trên 11.800 lượt cán bộ, đảng viên và gần 8.200 lượt quần chúng",
      TTV: "Tổng số 1.061 báo cáo viên, tuyên truyền viên các cấp",
    },
    about:
      'Seed 000, Đảng ủy Khối các cơ quan tỉnh, năm 2022 (240 / 199 / 516 / 104 buổi; 1.061 BCV và TTV): numbers typed as text ("trên 14.000", "3.768", "-").',
  },
  {
    file: "units/khoi-doanh-nghiep-2022.xlsx",
    code: "KDN",
    name: "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH",
    superior: LS,
    period: PERIOD,
    periodTitle: YEAR,
    dateLine: dateLine(14, 12),
    style: "template",
    values: { ...districtYear(111, 0.5), BCV_HUYEN: 0, BT_KY: 0, BT_CUON: 0 },
    extraSheetFirst: true,
    about:
      'Đảng ủy Khối doanh nghiệp tỉnh: the form is the second sheet, after a "Hướng dẫn" (instructions) sheet.',
  },
];

/** Units that report under other bodies: single-unit examples for validate and evaluate. */
export const OTHERS: readonly UnitSheet[] = [
  {
    file: "other/trung-tam-chinh-tri-thanh-pho-2022.xlsx",
    code: "TTCT_TP",
    name: "TRUNG TÂM CHÍNH TRỊ THÀNH PHỐ",
    superior: "THÀNH ỦY",
    period: "2022",
    periodTitle: YEAR,
    dateLine: "ngày 09 tháng 12 năm 2022",
    style: "template",
    // Seed 002: 08 briefings and 02 thematic conferences for more than 1.700; 19 reporters, 189 propagandists.
    values: {
      BCV_TW: 0,
      BCV_TINH: 0,
      BCV_HUYEN: 19,
      BCV_CS: 0,
      TTV: 189,
      HNTTTS: 8,
      HNCD: 2,
      HNTT_LUOT: 1700,
      KT_TAPTHE: 3,
      KT_CANHAN: 5,
    },
    texts: { HNTTTS: "08", HNCD: "02", HNTT_LUOT: "hơn 1.700" },
    about:
      "Seed 002, Trung tâm Chính trị thành phố, năm 2022: 8 current-affairs briefings against a monthly target (T5: 8/12 = 66,7 %, Chưa đạt).",
  },
  {
    file: "other/ban-tuyen-giao-tay-ninh-2020.xlsx",
    code: "BTG_TN",
    name: "BAN TUYÊN GIÁO TỈNH ỦY TÂY NINH",
    superior: "TỈNH ỦY TÂY NINH",
    period: "2020",
    periodTitle: "NĂM 2020",
    dateLine: "Tây Ninh, ngày 01 tháng 12 năm 2020",
    style: "template",
    // Seed 003: 9 reporter conferences (4 online from the centre at 11 bridge points, 2 online to the
    // districts, 3 in person) for 7.156; 12 bulletin issues of 3.110 copies each = 37.320.
    values: {
      HNBCV_TRUCTIEP: 3,
      HNBCV_TRUCTUYEN: 6,
      DIEMCAU: 11,
      HNBCV_LUOT: 7156,
      HNCD: 1,
      HNTT_LUOT: 356,
      BT_KY: 12,
      BT_CUON: 37320,
    },
    notes: {
      HNBCV_TRUCTUYEN: "4 hội nghị trực tuyến từ Trung ương về tỉnh, huyện; 2 hội nghị từ tỉnh về huyện",
      BT_CUON: "3.110 cuốn/kỳ",
    },
    about:
      "Seed 003, Ban Tuyên giáo Tỉnh ủy Tây Ninh, năm 2020: 9 reporter conferences, 11 bridge points, 7.156 attendances, 12 bulletin issues × 3.110 = 37.320 copies (BT_CUON_TB 3.110).",
  },
  {
    file: "other/khoi-ccq-6-thang-2024.xlsx",
    code: "KCCQ",
    name: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    superior: LS,
    period: "2024S1",
    periodTitle: "6 THÁNG ĐẦU NĂM 2024",
    dateLine: "Lạng Sơn, ngày 8 tháng 8 năm 2024",
    style: "textNumerals",
    // Seed 001: 109 online conferences relayed, 47 in person, 559 party-cell meetings, 14.600 cadres;
    // nearly 1.250 oral propaganda sessions for more than 41.000, given only as totals (no breakdown).
    values: {
      HN_TIEPSONG: 109,
      HNBCV_TRUCTIEP: 47,
      HNBCV_TRUCTUYEN: 0,
      SHCB: 559,
      HNBCV_LUOT: 14600,
      BUOI: 1250,
      NGHE: 41000,
      TCCS: 96,
      TCCS_DUYTRI: 96,
    },
    texts: { BUOI: "gần 1.250", NGHE: "trên 41.000", HNBCV_LUOT: "14.600", TCCS: "96", TCCS_DUYTRI: "96" },
    about:
      "Seed 001, Đảng ủy Khối các cơ quan tỉnh, 6 tháng đầu năm 2024 (109 hội nghị trực tuyến tiếp sóng, 47 trực tiếp, 559 kỳ sinh hoạt chi bộ, 14.600 lượt; gần 1.250 cuộc tuyên truyền miệng cho trên 41.000 lượt, given only as totals): a half year, T3 on 96/96 organisations, the other targets prorated or lacking data.",
  },
];

/** Codes due to report to the province for 2022, and the one that has not sent anything. */
export const MISSING_UNITS: readonly string[] = ["DINHLAP"];

/**
 * A unit's numbers as consolidation must read them: "gồm" parents are the sum of their children
 * where the unit gave children (DESIGN.md §6 "Parents and children").
 */
export function unitNumbers(sheet: UnitSheet): Record<string, number> {
  const values: Record<string, number> = { ...sheet.values };
  for (const [parent, children] of Object.entries(SUM_PARENTS)) {
    const given = children.filter((c) => values[c] !== undefined);
    if (given.length > 0) values[parent] = given.reduce((s, c) => s + values[c]!, 0);
  }
  return values;
}
