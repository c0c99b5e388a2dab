import { describe, expect, it } from "vitest";
import { isTonghopError } from "../issue/error.js";
import { readPeriodSpec } from "./parse-period.js";
import { Period } from "./period.js";

const p = (text: string) => Period.parse(text);
const ids = (periods: readonly Period[]) => periods.map((x) => x.id);

describe("Period.parse", () => {
  it.each([
    ["2024M04", "2024M04"],
    ["2024Q2", "2024Q2"],
    ["2024S1", "2024S1"],
    ["2024S2", "2024S2"],
    ["2024N9", "2024N9"],
    ["2024", "2024"],
    ["2024-Q2", "2024Q2"],
    ["2024q2", "2024Q2"],
    ["Quý II/2024", "2024Q2"],
    ["QUÝ IV NĂM 2023", "2023Q4"],
    ["quý 2 năm 2024", "2024Q2"],
    ["Quy II/2024", "2024Q2"],
    ["Q2/2024", "2024Q2"],
    ["6 THÁNG ĐẦU NĂM 2024", "2024S1"],
    ["sáu tháng đầu năm 2024", "2024S1"],
    ["6 tháng cuối năm 2024", "2024S2"],
    ["9 tháng năm 2024", "2024N9"],
    ["9 tháng đầu năm 2024", "2024N9"],
    ["Năm 2022", "2022"],
    ["NĂM 2022", "2022"],
    ["Tháng 4/2024", "2024M04"],
    ["tháng 04 năm 2024", "2024M04"],
    ["T4/2024", "2024M04"],
    ["  Kỳ báo cáo: Quý II/2024 ", "2024Q2"],
  ])("%s → %s", (text, id) => {
    expect(p(text).id).toBe(id);
  });

  it("reads NFD input (Unikey tổ hợp) as NFC", () => {
    expect(p("Quý II/2024".normalize("NFD")).id).toBe("2024Q2");
    expect(p("6 THÁNG ĐẦU NĂM 2024".normalize("NFD")).id).toBe("2024S1");
  });

  it.each([
    "Tháng 13/2024",
    "Quý V/2024",
    "2024Q5",
    "2024M00",
    "2024N8",
    "Năm 1890",
    "Năm 2101",
    "1989",
    "quý II",
    "hàng năm",
    "",
    "Quý II/2024 và Quý III/2024",
  ])("rejects %j with PERIOD.UNREADABLE in Vietnamese and English", (text) => {
    let error: unknown;
    try {
      Period.parse(text);
    } catch (e) {
      error = e;
    }
    expect(isTonghopError(error)).toBe(true);
    if (!isTonghopError(error)) return;
    expect(error.code).toBe("PERIOD.UNREADABLE");
    expect(error.message).toMatch(/Không đọc được kỳ báo cáo/);
    expect(error.messageEn).toMatch(/Cannot read the reporting period/);
    expect(Period.tryParse(text)).toBeUndefined();
  });

  it("explains why a label is not a period", () => {
    expect(() => p("Tháng 13/2024")).toThrow(/không có tháng này/);
    expect(() => p("Năm 1890")).toThrow(/1990–2100/);
  });
});

describe("Period.tryParse", () => {
  it.each(["XA0001", "Mã 2024 cũ", "Quý V/2030", "Tháng 13/2031", "Năm 1850", "quý III", "DUK-2024-07"])(
    "answers %j, which is not a period, with undefined without throwing, the first time and again",
    (text) => {
      expect(() => Period.tryParse(text)).not.toThrow();
      expect(Period.tryParse(text)).toBeUndefined();
      expect(() => Period.parse(text)).toThrow(/Không đọc được kỳ báo cáo/);
    },
  );

  it("reads the periods parse reads", () => {
    expect(Period.tryParse("Quý III năm 2031")?.id).toBe("2031Q3");
    expect(Period.tryParse("08/2032")?.id).toBe("2032M08");
  });
});

describe("readPeriodSpec", () => {
  it("gives the reason parse's error states instead of throwing", () => {
    const reason = readPeriodSpec("13/2033");
    expect(reason).toEqual({ unreadable: true, vi: "không có tháng này", en: "there is no such month" });
    expect(() => Period.parse("13/2033")).toThrow('Không đọc được kỳ báo cáo "13/2033": không có tháng này.');
    expect(readPeriodSpec("6 tháng cuối năm 2033")).toEqual({ kind: "half", year: 2033, index: 2 });
  });
});

describe("Period.find", () => {
  it.each([
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG 6 THÁNG ĐẦU NĂM 2024", "2024S1"],
    ["Đảng ủy Khối các cơ quan tỉnh: Tổng kết công tác tuyên truyền miệng năm 2022", "2022"],
    ["QUÝ IV NĂM 2023", "2023Q4"],
    [
      "hội nghị báo cáo viên, tuyên truyền viên quý II và sơ kết công tác tuyên truyền 6 tháng đầu năm 2024",
      "2024S1",
    ],
    ["Báo cáo quý II/2024 và 6 tháng đầu năm 2024", "2024S1"],
    ["hội nghị thông tin thời sự tháng 12 và tổng kết công tác thông tin tuyên truyền năm 2022", "2022"],
    ["Giao ban công tác tuyên giáo quý I, triển khai nhiệm vụ quý II/2022", "2022Q1"],
    ["Tổng kết công tác tuyên giáo năm 2024, phương hướng, nhiệm vụ năm 2025", "2024"],
    ["Sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024", "2024S1"],
    ["BÁO CÁO kết quả thực hiện nhiệm vụ 9 tháng năm 2024", "2024N9"],
    ["Lạng Sơn, ngày 15 tháng 12 năm 2022 — BÁO CÁO công tác tháng 11/2022", "2022M11"],
    ["Báo cáo tuyên truyền miệng quý III năm 2024 (số liệu đến 14/9/2024)", "2024Q3"],
    ["Thực hiện Nghị quyết, tầm nhìn đến năm 2030, báo cáo quý 1/2025", "2025Q1"],
    ["Kỳ báo cáo: 2024Q2", "2024Q2"],
  ])("%s → %s", (title, id) => {
    expect(Period.find(title)?.id).toBe(id);
  });

  it.each([
    "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG",
    "Lạng Sơn, ngày 15 tháng 12 năm 2022",
    "trong 6 tháng qua",
    "Quý V/2024",
  ])("finds nothing in %j", (title) => {
    expect(Period.find(title)).toBeUndefined();
  });
});

describe("labels", () => {
  it.each([
    ["2024M04", "Tháng 4/2024", "April 2024"],
    ["2024Q2", "Quý II/2024", "Q2 2024"],
    ["2024S1", "6 tháng đầu năm 2024", "First half of 2024"],
    ["2024S2", "6 tháng cuối năm 2024", "Second half of 2024"],
    ["2024N9", "9 tháng năm 2024", "Nine months of 2024"],
    ["2024", "Năm 2024", "Year 2024"],
  ])("%s: %s / %s", (id, vi, en) => {
    const period = p(id);
    expect(period.label).toBe(vi);
    expect(period.labelEn).toBe(en);
    expect(String(period)).toBe(id);
    expect(JSON.stringify({ period })).toBe(`{"period":"${id}"}`);
  });
});

describe("range", () => {
  it("calendar (default)", () => {
    expect(p("2024M02").range()).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(p("2023M02").range("calendar")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(p("2024Q2").range()).toEqual({ start: "2024-04-01", end: "2024-06-30" });
    expect(p("2024N9").range()).toEqual({ start: "2024-01-01", end: "2024-09-30" });
    expect(p("2024").range()).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  });

  it("cut-off of Decree 09/2019/NĐ-CP", () => {
    expect(p("2024M04").range("cutoff")).toEqual({ start: "2024-03-15", end: "2024-04-14" });
    expect(p("2024M01").range("cutoff")).toEqual({ start: "2023-12-15", end: "2024-01-14" });
    expect(p("2024Q2").range("cutoff")).toEqual({ start: "2024-03-15", end: "2024-06-14" });
    expect(p("2024S2").range("cutoff")).toEqual({ start: "2024-06-15", end: "2024-12-14" });
    expect(p("2024").range("cutoff")).toEqual({ start: "2023-12-15", end: "2024-12-14" });
  });
});

describe("containment, parts, roll-up, previous", () => {
  it("contains and equals", () => {
    expect(p("2024S1").contains(p("2024Q2"))).toBe(true);
    expect(p("2024S1").contains(p("2024Q3"))).toBe(false);
    expect(p("2024N9").contains(p("2024M09"))).toBe(true);
    expect(p("2024").contains(p("2023M12"))).toBe(false);
    expect(p("2024Q2").contains(p("2024S1"))).toBe(false);
    expect(p("Quý II/2024").equals(p("2024Q2"))).toBe(true);
  });

  it("parts", () => {
    expect(ids(p("2024S1").parts("quarter"))).toEqual(["2024Q1", "2024Q2"]);
    expect(ids(p("2024S1").parts("month"))).toEqual([
      "2024M01",
      "2024M02",
      "2024M03",
      "2024M04",
      "2024M05",
      "2024M06",
    ]);
    expect(ids(p("2024").parts("half"))).toEqual(["2024S1", "2024S2"]);
    expect(ids(p("2024N9").parts("quarter"))).toEqual(["2024Q1", "2024Q2", "2024Q3"]);
    expect(ids(p("2024Q3").parts("quarter"))).toEqual(["2024Q3"]);
    expect(() => p("2024N9").parts("half")).toThrow(expect.objectContaining({ code: "PERIOD.NO_PARTS" }));
    expect(() => p("2024Q2").parts("year")).toThrow(expect.objectContaining({ code: "PERIOD.NO_PARTS" }));
  });

  it("rollUp", () => {
    const roll = (...texts: string[]) => Period.rollUp(texts.map(p))?.id;
    expect(roll("2024Q1", "2024Q2")).toBe("2024S1");
    expect(roll("2024Q2", "2024Q1")).toBe("2024S1");
    expect(roll("2024S1", "2024S2")).toBe("2024");
    expect(roll("2024Q1", "2024Q2", "2024Q3")).toBe("2024N9");
    expect(roll("2024M01", "2024M02", "2024M03")).toBe("2024Q1");
    expect(roll("2024S1", "2024Q3")).toBe("2024N9");
    expect(roll("2024Q2")).toBe("2024Q2");
    expect(roll("2024Q1", "2024Q3")).toBeUndefined();
    expect(roll("2024Q1", "2024Q1", "2024Q2")).toBeUndefined();
    expect(roll("2024Q2", "2024Q3")).toBeUndefined();
    expect(roll("2023Q4", "2024Q1")).toBeUndefined();
    expect(roll()).toBeUndefined();
  });

  it("previous", () => {
    expect(p("2024Q1").previous().id).toBe("2023Q4");
    expect(p("2024Q3").previous().id).toBe("2024Q2");
    expect(p("2024S1").previous().id).toBe("2023S2");
    expect(p("2024M01").previous().id).toBe("2023M12");
    expect(p("2024N9").previous().id).toBe("2023N9");
    expect(p("2024").previous().id).toBe("2023");
  });

  it("isYearToDate, months, monthCount", () => {
    expect(["2024M01", "2024Q1", "2024S1", "2024N9", "2024"].map((x) => p(x).isYearToDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["2024M02", "2024Q2", "2024S2"].map((x) => p(x).isYearToDate)).toEqual([false, false, false]);
    expect(p("2024Q3").months).toEqual([7, 8, 9]);
    expect(p("2024N9").monthCount).toBe(9);
  });

  it("of validates and periods are frozen", () => {
    expect(Period.of("half", 2024, 2).id).toBe("2024S2");
    expect(Period.of("year", 2024).id).toBe("2024");
    expect(() => Period.of("quarter", 2024, 5)).toThrow(
      expect.objectContaining({ code: "PERIOD.UNREADABLE" }),
    );
    expect(Object.isFrozen(p("2024Q2"))).toBe(true);
  });
});
