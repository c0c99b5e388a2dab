import { type Indicator, ttm01 } from "@tonghop/core";
import type { CellInput, SheetSpec, WorkbookSpec } from "@tonghop/xlsx";

/**
 * Unit workbooks for the add-in's end-to-end test, in the shape units really send: no code
 * column, "Số lượng" for the result, Party document title rows, text numerals, labels typed in
 * NFD (Unikey's tổ hợp mode), a SUM one row short and a planted error (fewer listeners of core
 * propagandists than their sessions: rule R1).
 */
export interface UnitFixture {
  readonly unit: string;
  /** Written in a `Mã đơn vị:` row, as the template has it; else the unit is found by its name. */
  readonly code?: string;
  readonly values: Readonly<Record<string, number | string>>;
  /** Write the BUOI total as `=SUM` over its children but the last (R10). */
  readonly shortSum?: boolean;
  /** Labels typed in NFD. */
  readonly nfd?: boolean;
  /** Rows that match no indicator after the form, to make a large sheet. */
  readonly padding?: number;
  /** Blank rows after the form carrying only this text in Ghi chú, to make a wide sheet cheaply. */
  readonly noteRows?: { readonly count: number; readonly text: string };
  /** A roster sheet (Danh sách): name, unit, role label, sessions, listeners. */
  readonly roster?: readonly (readonly [string, string, string, number, number])[];
}

/** Part of the reporters and core propagandists of the messy unit, as its roster sheet lists them. */
export const messyRoster = [
  ["Nguyễn Văn An", "Ban Tuyên giáo", "BCV tỉnh", 6, 900],
  ["Hoàng Thị Bình", "Văn phòng", "BCV tỉnh", 1, 120],
  ["Lương Văn Cường", "Đảng ủy Sở Y tế", "TTV cốt cán", 5, 260],
  ["Vi Thị Dung", "Đảng ủy Sở Giáo dục", "TTV cốt cán", 3, 180],
] as const;

export const messyValues: Record<string, number | string> = {
  BCV_TW: 0,
  BCV_TINH: 2,
  BCV_HUYEN: 3,
  BCV_CS: 5,
  BCV: 10,
  TTV: 120,
  TTV_CC: 40,
  TCCS: 50,
  TCCS_DUYTRI: 45,
  BUOI_BCV: 240,
  BUOI_TTVCC: 199,
  BUOI_CAPUY: 516,
  BUOI_TTVCS: 104,
  NGHE_BCV: "14.000",
  NGHE_TTVCC: 150,
  NGHE_CAPUY: "30.000",
  NGHE_TTVCS: 5000,
  LG_BUOI: 350,
  SHCB: 12,
  HNBCV_TRUCTIEP: 2,
  HNBCV_TRUCTUYEN: 1,
  HNBCV: 3,
  HN_TIEPSONG: 4,
  DIEMCAU: 6,
  HNBCV_LUOT: "1.061",
  HNTTTS: 6,
  HNCD: 1,
  HNTT_LUOT: 900,
  BT_KY: 6,
  BT_CUON: "18.660",
};

export const cleanValues = (scale: number): Record<string, number> => ({
  BCV_TINH: 1 * scale,
  BCV_CS: 4 * scale,
  BCV: 5 * scale,
  TTV: 60 * scale,
  TTV_CC: 20 * scale,
  TCCS: 25 * scale,
  TCCS_DUYTRI: 25 * scale,
  BUOI_BCV: 30 * scale,
  BUOI_TTVCC: 80 * scale,
  BUOI_CAPUY: 100 * scale,
  BUOI_TTVCS: 40 * scale,
  BUOI: 250 * scale,
  NGHE_BCV: 3000 * scale,
  NGHE_TTVCC: 4000 * scale,
  NGHE_CAPUY: 9000 * scale,
  NGHE_TTVCS: 2000 * scale,
  NGHE: 18000 * scale,
  HNTTTS: 6,
  BT_KY: 6,
  BT_CUON: 600 * scale,
});

const header = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"];

export function unitWorkbook(fixture: UnitFixture): WorkbookSpec {
  const rows: CellInput[][] = [
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [fixture.unit.toUpperCase(), null, null, "Lạng Sơn, ngày 15 tháng 6 năm 2024"],
    [],
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG VÀ HOẠT ĐỘNG BÁO CÁO VIÊN 6 THÁNG ĐẦU NĂM 2024"],
    [],
    ...(fixture.code ? [["Mã đơn vị:", fixture.code]] : []),
    header,
  ];
  const label = (i: Indicator) => (fixture.nfd ? i.label.normalize("NFD") : i.label);
  const rowOf = new Map<string, number>();
  for (const section of ttm01.sections) {
    rows.push([section.id, section.label]);
    for (const indicator of ttm01.indicators.filter(
      (i) => i.section === section.id && i.kind !== "derived",
    )) {
      rowOf.set(indicator.code, rows.length);
      rows.push([indicator.stt, label(indicator), indicator.unit, fixture.values[indicator.code] ?? null]);
    }
  }
  if (fixture.shortSum) {
    const first = rowOf.get("BUOI_BCV")! + 1;
    const last = rowOf.get("BUOI_TTVCS")! + 1;
    const children = ["BUOI_BCV", "BUOI_TTVCC", "BUOI_CAPUY"].map((c) => Number(fixture.values[c]));
    rows[rowOf.get("BUOI")!]![3] = {
      formula: `SUM(D${first}:D${last - 1})`,
      result: children.reduce((a, b) => a + b, 0),
    };
  }
  // Rows that match no indicator: core reports each one (information), so marks grow with the sheet too.
  for (let i = 0; i < (fixture.padding ?? 0); i++) {
    rows.push([null, `Số buổi chiếu phim lưu động đợt ${i + 1}`, "buổi", i + 1]);
  }
  for (let i = 0; i < (fixture.noteRows?.count ?? 0); i++) {
    rows.push([null, null, null, null, `${fixture.noteRows!.text} ${i + 1}`]);
  }
  const sheets: SheetSpec[] = [{ name: "Báo cáo", rows, columnWidths: [6, 60, 12, 14, 20] }];
  if (fixture.roster) {
    sheets.push({
      name: "Danh sách",
      rows: [
        ["DANH SÁCH BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN"],
        [],
        ["STT", "Họ và tên", "Đơn vị", "Loại", "Số buổi", "Lượt người nghe"],
        ...fixture.roster.map((person, i) => [i + 1, ...person]),
      ],
      columnWidths: [6, 24, 24, 14, 10, 16],
    });
  }
  return { sheets };
}

/** The units above, under the province committee, and one that sent nothing. */
export const hierarchyCsv = [
  "Mã,Tên đơn vị,Loại,Mã cấp trên",
  "TU_LS,Tỉnh ủy Lạng Sơn,Tỉnh ủy,",
  "DUK_CQ,Đảng ủy Khối các cơ quan tỉnh,Đảng ủy Khối,TU_LS",
  "HU_CL,Huyện ủy Cao Lộc,Huyện ủy,TU_LS",
  "HU_LB,Huyện ủy Lộc Bình,Huyện ủy,TU_LS",
  "HU_VL,Huyện ủy Văn Lãng,Huyện ủy,TU_LS",
].join("\n");
