import { describe, expect, it } from "vitest";
import { ttm01 } from "../form/ttm01.js";
import type { CellValue, Grid } from "../grid/index.js";
import { Hierarchy } from "../hierarchy/index.js";
import { readGrid } from "./read-grid.js";

const hierarchy = Hierarchy.build([
  { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
  { code: "DUK", name: "Đảng ủy Khối các cơ quan tỉnh", kind: "Đảng ủy Khối", parent: "LS" },
  { code: "TPLS", name: "Thành ủy Lạng Sơn", kind: "Thành ủy", parent: "LS" },
]);

const grid = (values: CellValue[][], origin = "A1", merges?: string[]): Grid => ({
  origin,
  values,
  ...(merges === undefined ? {} : { merges }),
});

function read(g: Grid) {
  const { report, issues } = readGrid(ttm01, g, { file: "bao-cao.xlsx", sheet: "BC", hierarchy });
  const values = Object.fromEntries(
    Object.entries(report.values).map(([code, v]) => [code, v.approximate ? `~${v.value}` : v.value]),
  );
  const cells = Object.fromEntries(Object.entries(report.values).map(([code, v]) => [code, v.cell]));
  const other = issues.filter((i) => i.code !== "READ.INDICATOR_MISSING").map((i) => i.code);
  return { report, issues, values, cells, other };
}

describe("readGrid on sheets unlike the fixtures", () => {
  it("reads a sheet that starts at C5: template cells, Số liệu column, STT I. 1. 1.1. a) -, signatures", () => {
    const { report, values, cells, other } = read(
      grid(
        [
          ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
          ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", null, null, null, "Lạng Sơn, ngày … tháng … năm 2024"],
          ["Mã đơn vị:", "DUK"],
          ["Kỳ báo cáo:", "06 tháng đầu năm 2024"],
          [
            "BÁO CÁO Sơ kết công tác tuyên truyền miệng 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024",
          ],
          [],
          ["TT", "NỘI DUNG", "Số liệu", "Đơn vị tính", "Ghi chú"],
          ["I.", "ĐỘI NGŨ BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN"],
          ["1.", "TỔNG SỐ BÁO CÁO VIÊN", "45", "người"],
          ["1.1.", "Báo cáo viên Trung ương", 0, "người"],
          ["1.2.", "Báo cáo viên cấp tỉnh", 5],
          ["1.3.", "Báo cáo viên cấp huyện", 10],
          ["1.4.", "Báo cáo viên cấp cơ sở", 30],
          ["2.", "Tổng số tuyên truyền viên (người)", "1.016"],
          ["a)", "Trong đó: tuyên truyền viên cốt cán", 120],
          ["II.", "HOẠT ĐỘNG TUYÊN TRUYỀN MIỆNG"],
          ["4.", "Tổng số buổi tuyên truyền miệng (buổi)", "gần 1.250"],
          ["-", "Do báo cáo viên thực hiện", 240],
          ["-", "Do tuyên truyền viên cốt cán thực hiện", 199],
          ["5.", "TỔNG SỐ LƯỢT NGƯỜI NGHE", "trên 41.000"],
          [null, "Hội nghị báo cáo viên do đơn vị tổ chức", 47],
          [null, "Trực tiếp", 40],
          [null, "Trực tuyến", 7],
          [null, "Hội nghị trực tuyến tiếp sóng từ cấp trên", 109],
          [],
          [null, "NGƯỜI LẬP BIỂU", null, "T/M ĐẢNG ỦY"],
          [null, "(Ký, ghi rõ họ tên)", null, "BÍ THƯ"],
          [null, "Nguyễn Văn A", null, "Trần Văn B"],
        ],
        "C5",
      ),
    );
    expect(report.unit).toMatchObject({ code: "DUK", foundBy: "cell" });
    expect(report.period).toMatchObject({ id: "2024S1", foundBy: "cell" });
    expect(report.layout?.headerRow).toBe(10);
    expect(values).toMatchObject({
      BCV: 45,
      BCV_TW: 0,
      BCV_CS: 30,
      TTV: 1016,
      TTV_CC: 120,
      BUOI: "~1250",
      BUOI_BCV: 240,
      BUOI_TTVCC: 199,
      NGHE: "~41000",
      HNBCV: 47,
      HNBCV_TRUCTIEP: 40,
      HNBCV_TRUCTUYEN: 7,
      HN_TIEPSONG: 109,
    });
    expect(cells.BCV).toBe("E13");
    expect(cells.HN_TIEPSONG).toBe("E28");
    expect(report.unmatched).toEqual([]);
    expect(other).toEqual([]);
  });

  it("reads columns in another order, Thực hiện, no STT, capital labels, a unit by its abbreviated name", () => {
    const { report, values, cells } = read(
      grid([
        ["ĐẢNG BỘ TỈNH LẠNG SƠN"],
        ["ĐẢNG ỦY KHỐI CCQ TỈNH"],
        [],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG QUÝ III NĂM 2024"],
        [],
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Ghi chú"],
        ["TỔNG SỐ BUỔI TUYÊN TRUYỀN MIỆNG", "buổi", 30],
        ["DO BÁO CÁO VIÊN THỰC HIỆN", "buổi", 10],
        ["DO TUYÊN TRUYỀN VIÊN CỐT CÁN THỰC HIỆN", "buổi", 20],
        ["TỔNG SỐ LƯỢT NGƯỜI NGHE", "lượt", "1.500"],
        ["NGHE BÁO CÁO VIÊN", "lượt", "500"],
        ["HỘI NGHỊ THÔNG TIN THỜI SỰ", "hội nghị", 3],
      ]),
    );
    expect(report.unit).toMatchObject({ code: "DUK", foundBy: "hierarchy" });
    expect(report.period).toMatchObject({ id: "2024Q3", foundBy: "title" });
    expect(report.layout?.columns).toEqual({ label: 0, unit: 1, result: 2, note: 3 });
    expect(values).toEqual({ BUOI: 30, BUOI_BCV: 10, BUOI_TTVCC: 20, NGHE: 1500, NGHE_BCV: 500, HNTTTS: 3 });
    expect(cells.NGHE).toBe("C10");
  });

  it("reads a code column put last, and a result header that names the period", () => {
    const { report, values } = read(
      grid(
        [
          ["THÀNH ỦY LẠNG SƠN"],
          ["Kỳ báo cáo: Quý III/2024"],
          [],
          ["STT", "Nội dung", "ĐVT", "Kết quả thực hiện quý III/2024", "Kế hoạch năm 2024", "Mã"],
          ["1", "Tổng số báo cáo viên", "người", 19, null, "BCV"],
          ["2", "Tổng số tuyên truyền viên", "người", 189, null, " ttv "],
          ["3", "Số hội nghị thông tin", "hội nghị", 8, 12, "HNTTTS"],
        ],
        "B3",
      ),
    );
    expect(report.unit).toMatchObject({ code: "TPLS", foundBy: "hierarchy" });
    expect(report.period).toMatchObject({ id: "2024Q3", foundBy: "cell" });
    expect(values).toEqual({ BCV: 19, TTV: 189, HNTTTS: 8 });
    expect(report.plan?.HNTTTS?.value).toBe(12);
  });

  it("reads a TCVN3 sheet without fonts: Nội dung, Số liệu, ĐVT headers and 'hơn 12.000'", () => {
    const { report, values } = read(
      grid([
        ["§¶NG Bé TØNH L¹NG S¥N"],
        ["Thµnh ñy L¹ng S¬n"],
        ["B¸o c¸o kÕt qu¶ c«ng t¸c tuyªn truyÒn miÖng quý I n¨m 2022"],
        ["STT", "Néi dung", "§VT", "Sè liÖu", "Ghi chó"],
        ["1", "Tæng sè buæi tuyªn truyÒn miÖng", "buæi", "350"],
        ["2", "Héi nghÞ trùc tuyÕn tiÕp sãng tõ cÊp trªn", "héi nghÞ", 4],
        ["3", "Sè buæi tuyªn truyÒn lång ghÐp trong héi häp, sinh ho¹t ®oµn thÓ", "buæi", 350],
        ["4", "L­ît ng­êi nghe tuyªn truyÒn lång ghÐp", "l­ît ng­êi", "h¬n 12.000"],
      ]),
    );
    expect(report.unit).toMatchObject({ code: "TPLS" });
    expect(report.period.id).toBe("2022Q1");
    expect(report.layout?.columns).toMatchObject({ stt: 0, label: 1, unit: 2, result: 3 });
    expect(values).toEqual({ BUOI: 350, HN_TIEPSONG: 4, LG_BUOI: 350, LG_NGHE: "~12000" });
  });

  it("reads a VNI sheet without fonts", () => {
    const { report, values } = read(
      grid([
        ["THAØNH UÛY LAÏNG SÔN"],
        ["BAÙO CAÙO KEÁT QUAÛ COÂNG TAÙC TUYEÂN TRUYEÀN MIEÄNG NAÊM 2022"],
        ["STT", "Noäi dung", "ÑVT", "Soá lieäu", "Ghi chuù"],
        ["1", "Toång soá baùo caùo vieân", "ngöôøi", 19],
        ["2", "Soá kyø Baûn tin Thoâng baùo noäi boä phaùt haønh", "kyø", 12],
        ["3", "Toång soá cuoán baûn tin phaùt haønh", "cuoán", "37.320"],
      ]),
    );
    expect(report.unit).toMatchObject({ code: "TPLS" });
    expect(report.period.id).toBe("2022");
    expect(report.layout?.columns).toMatchObject({ stt: 0, label: 1, unit: 2, result: 3, note: 4 });
    expect(values).toEqual({ BCV: 19, BT_KY: 12, BT_CUON: 37320 });
  });

  // Regression: a result column headed by the period alone ("Quý II/2024") was not found, and the
  // whole sheet was "no header". The latest period is the result; "Cùng kỳ năm 2023" is last year.
  it("reads a result column headed by its period", () => {
    const { report, values } = read(
      grid([
        ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"],
        ["BÁO CÁO KẾT QUẢ QUÝ II NĂM 2024"],
        ["STT", "Chỉ tiêu", "ĐVT", "Quý II/2023", "Quý II/2024", "So sánh (%)"],
        ["1", "Tổng số buổi tuyên truyền miệng", "buổi", 25, 30, "120%"],
        ["2", "Hội nghị thông tin thời sự", "hội nghị", 2, 3],
      ]),
    );
    expect(report.layout?.columns).toMatchObject({ label: 1, result: 4 });
    expect(values).toEqual({ BUOI: 30, HNTTTS: 3 });
  });

  // Regression: a roster sheet given to readGrid named the unit "200" (a listener count) and
  // warned that no such unit exists, on top of the no-header error.
  it("answers a roster sheet with the no-header error alone", () => {
    const { issues } = read(
      grid([
        ["DANH SÁCH BÁO CÁO VIÊN, TUYÊN TRUYỀN VIÊN"],
        ["STT", "Họ và tên", "Đơn vị", "Loại", "Số buổi", "Lượt người nghe", "Ghi chú"],
        [1, "Nguyễn Văn A", "Sở Ngoại vụ", "BCV tỉnh", 3, 150],
        [2, "Trần Thị B", "Chi bộ X", "TTV cốt cán", 5, "200"],
      ]),
    );
    expect(issues.map((i) => i.code)).toEqual(["READ.NO_HEADER"]);
  });
});
