import { describe, expect, it } from "vitest";
import { Period } from "../index.js";

describe("Period.parse on spellings not seen before", () => {
  it.each([
    ["Quý 3 năm 2024", "2024Q3"],
    ["QUÝ III/2024", "2024Q3"],
    ["quy 3/2024", "2024Q3"],
    ["Q3-2024", "2024Q3"],
    ["Q2 2024", "2024Q2"],
    ["quí IV/2023", "2023Q4"],
    ["Quý IV, năm 2023", "2023Q4"],
    ["quý II.2024", "2024Q2"],
    ["6 tháng năm 2024", "2024S1"],
    ["Sáu tháng đầu năm 2024", "2024S1"],
    ["Sáu tháng cuối năm 2024", "2024S2"],
    ["9 THÁNG ĐẦU NĂM 2023", "2023N9"],
    ["Chín tháng năm 2024", "2024N9"],
    ["Tháng 12 năm 2023", "2023M12"],
    ["tháng 12/2023", "2023M12"],
    ["Tháng 04/2024", "2024M04"],
    ["tháng 4 - 2024", "2024M04"],
    ["T12/2023", "2023M12"],
    ["T04/2024", "2024M04"],
    ["Năm 2025", "2025"],
    ["NĂM 2024", "2024"],
    // Decision: an unpadded month id is read (the id written back is always padded).
    ["2024M4", "2024M04"],
    ["2024-M04", "2024M04"],
    ["2024H1", "2024S1"],
    ["Kỳ báo cáo: 6 tháng đầu năm 2024", "2024S1"],
    ["Quý III/2024".normalize("NFD"), "2024Q3"],
    ["Kỳ báo cáo: Quý II/2024".normalize("NFD"), "2024Q2"],
  ])("reads %j as %s", (text, id) => {
    expect(Period.parse(text).id).toBe(id);
  });

  // Regression: a zero-padded "06 tháng" / "09 tháng", as units type it, was not a period at all.
  it.each([
    ["06 tháng đầu năm 2024", "2024S1"],
    ["06 THÁNG CUỐI NĂM 2024", "2024S2"],
    ["09 tháng năm 2024", "2024N9"],
  ])("reads the zero-padded %j as %s", (text, id) => {
    expect(Period.parse(text).id).toBe(id);
    expect(Period.find(`BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG ${text.toUpperCase()}`)?.id).toBe(id);
  });

  // Regression: these were unreadable.
  it.each([
    ["Q3.2024", "2024Q3"],
    ["QII/2024", "2024Q2"],
    ["Cả năm 2024", "2024"],
    ["6 tháng/2024", "2024S1"],
    // Decision: a whole "Kỳ báo cáo" value "04/2024" or "2024-04" is a month (not in find(): there
    // "số 04/2024" is a document number).
    ["04/2024", "2024M04"],
    ["2024-04", "2024M04"],
  ])("reads %j as %s", (text, id) => {
    expect(Period.parse(text).id).toBe(id);
  });

  // Decision: month names in words ("tháng Tư") are not read: "tháng năm" would be ambiguous.
  it.each(["Tháng 13/2024", "Quý V/2024", "13/2024", "2024Y", "Tháng Tư/2024", "nửa đầu năm 2024"])(
    "refuses %j",
    (text) => {
      expect(Period.tryParse(text)).toBeUndefined();
      expect(() => Period.parse(text)).toThrow(/kỳ báo cáo/);
    },
  );
});

describe("Period.find in real title lines", () => {
  it.each([
    [
      "BÁO CÁO Sơ kết công tác tuyên truyền miệng 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024",
      "2024S1",
    ],
    ["BÁO CÁO Tổng kết công tác tuyên truyền miệng năm 2024 và phương hướng, nhiệm vụ năm 2025", "2024"],
    ["Báo cáo kết quả công tác tuyên truyền miệng quý III và nhiệm vụ quý IV năm 2024", "2024Q3"],
    ["Báo cáo kết quả TTM 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2024", "2024N9"],
    ["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024 (Từ ngày 15/12/2023 đến ngày 14/6/2024)", "2024S1"],
    ["Báo cáo công tác tuyên truyền miệng năm 2024 (số liệu tính từ 15/12/2023 đến 14/12/2024)", "2024"],
    ["Báo cáo kết quả hoạt động tháng 5 năm 2024 (từ 15/4 đến 14/5/2024)", "2024M05"],
    ["Báo cáo TTM 6 tháng đầu năm 2024, thực hiện Chỉ thị số 30-CT/TW ngày 5/2/2024", "2024S1"],
    ["Báo cáo kết quả công tác tuyên truyền miệng Quý III và 9 tháng năm 2024", "2024N9"],
    ["SƠ KẾT 6 THÁNG ĐẦU NĂM 2024; PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024", "2024S1"],
    ["Tổng kết năm 2023, triển khai nhiệm vụ năm 2024", "2023"],
    // Regression: the next month's programme ("chương trình công tác tháng 12") was taken for the period.
    ["BÁO CÁO công tác TTM tháng 11 và chương trình công tác tháng 12 năm 2023", "2023M11"],
    ["Báo cáo tháng 11 năm 2024 và dự kiến tháng 12 năm 2024", "2024M11"],
  ])("finds the period of %j", (title, id) => {
    expect(Period.find(title)?.id).toBe(id);
  });

  // Regression: a template's blank date line ("ngày … tháng … năm 2024") was read as the year 2024.
  it.each([
    "Lạng Sơn, ngày     tháng     năm 2024",
    "Lạng Sơn, ngày ... tháng ... năm 2024",
    "Lạng Sơn, ngày …… tháng …… năm 2024",
    "Lạng Sơn, ngày  tháng 6 năm 2024",
    "Hà Nội, ngày 05 tháng 07 năm 2024",
    "Kế hoạch số 04/2024",
    "Số liệu từ 15/12/2023 đến 14/6/2024",
  ])("finds no period in %j", (text) => {
    expect(Period.find(text)).toBeUndefined();
  });
});

describe("Period ranges at year boundaries", () => {
  it.each([
    ["2024M01", "2023-12-15", "2024-01-14", "2024-01-01", "2024-01-31"],
    ["2024Q1", "2023-12-15", "2024-03-14", "2024-01-01", "2024-03-31"],
    ["2024", "2023-12-15", "2024-12-14", "2024-01-01", "2024-12-31"],
    ["2024N9", "2023-12-15", "2024-09-14", "2024-01-01", "2024-09-30"],
    ["2024S2", "2024-06-15", "2024-12-14", "2024-07-01", "2024-12-31"],
    ["2024M12", "2024-11-15", "2024-12-14", "2024-12-01", "2024-12-31"],
    ["2024M02", "2024-01-15", "2024-02-14", "2024-02-01", "2024-02-29"],
    ["2023M02", "2023-01-15", "2023-02-14", "2023-02-01", "2023-02-28"],
    ["2000M02", "2000-01-15", "2000-02-14", "2000-02-01", "2000-02-29"],
    ["2100M02", "2100-01-15", "2100-02-14", "2100-02-01", "2100-02-28"],
    ["2024M03", "2024-02-15", "2024-03-14", "2024-03-01", "2024-03-31"],
  ])("%s: cut-off %s..%s, calendar %s..%s", (id, cutStart, cutEnd, calStart, calEnd) => {
    const period = Period.parse(id);
    expect(period.range("cutoff")).toEqual({ start: cutStart, end: cutEnd });
    expect(period.range()).toEqual({ start: calStart, end: calEnd });
  });

  it("moves across the year boundary with previous()", () => {
    expect(Period.parse("2024M01").previous().id).toBe("2023M12");
    expect(Period.parse("2024S1").previous().id).toBe("2023S2");
    expect(Period.parse("2024").previous().id).toBe("2023");
  });
});
