import { describe, expect, it } from "vitest";
import type { TonghopError } from "../issue/error.js";
import { parseCsvRows } from "./csv.js";
import { Hierarchy } from "./hierarchy.js";
import { parseHierarchyCsv } from "./parse-hierarchy-csv.js";

function thrown(f: () => unknown): TonghopError {
  try {
    f();
  } catch (e) {
    return e as TonghopError;
  }
  throw new Error("did not throw");
}

describe("parseCsvRows (RFC 4180)", () => {
  it("reads quotes, doubled quotes, line breaks in quotes, CRLF, a BOM, and the separator", () => {
    expect(parseCsvRows('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n"line\nbreak",,\n')).toEqual([
      ["a", "b", "c"],
      ["1", 'x, "y"', "3"],
      ["line\nbreak", "", ""],
    ]);
    expect(parseCsvRows('Mã;Tên đơn vị\nA;"Đảng ủy; Khối"')).toEqual([
      ["Mã", "Tên đơn vị"],
      ["A", "Đảng ủy; Khối"],
    ]);
    expect(parseCsvRows("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("parseHierarchyCsv", () => {
  const csv = [
    "\uFEFFMã;Tên đơn vị;Loại;Mã cấp trên;Hiệu lực từ;Hiệu lực đến;Tên khác",
    "LS;Tỉnh ủy Lạng Sơn;Tỉnh ủy;;;;",
    'LS.KCCQ;Đảng ủy Khối các cơ quan tỉnh;Đảng ủy Khối;LS;;;"Đảng ủy Khối CCQ tỉnh; ĐUK CCQ tỉnh"',
    "LS.CL;Huyện ủy Cao Lộc;Huyện ủy;LS;;30/06/2025;",
    ";;;;;;",
    "LS.X.DD;Đảng ủy xã Đồng Đăng;Đảng ủy xã;LS;2025-07-01;;",
  ].join("\r\n");

  it("reads Vietnamese headers, ';' separated, dates to ISO, aliases split on ';', blank rows skipped", () => {
    const units = parseHierarchyCsv(csv);
    expect(units).toEqual([
      { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy", aliases: [] },
      {
        code: "LS.KCCQ",
        name: "Đảng ủy Khối các cơ quan tỉnh",
        kind: "Đảng ủy Khối",
        parent: "LS",
        aliases: ["Đảng ủy Khối CCQ tỉnh", "ĐUK CCQ tỉnh"],
      },
      {
        code: "LS.CL",
        name: "Huyện ủy Cao Lộc",
        kind: "Huyện ủy",
        parent: "LS",
        validTo: "2025-06-30",
        aliases: [],
      },
      {
        code: "LS.X.DD",
        name: "Đảng ủy xã Đồng Đăng",
        kind: "Đảng ủy xã",
        parent: "LS",
        validFrom: "2025-07-01",
        aliases: [],
      },
    ]);
    expect(Hierarchy.build(units).children("LS").length).toBe(3);
  });

  it("reads ',' separated files and headers without diacritics", () => {
    const units = parseHierarchyCsv('Ma,Ten don vi,Loai,Ma cap tren\nA,"Thành ủy, TP",Thành ủy,\n');
    expect(units).toEqual([{ code: "A", name: "Thành ủy, TP", kind: "Thành ủy", aliases: [] }]);
  });

  it("says which row and column is wrong", () => {
    const error = thrown(() =>
      parseHierarchyCsv("Mã,Tên đơn vị,Hiệu lực từ\nA,,01/07/2025\n,Xã B,31/02/2025\n", {
        file: "donvi.csv",
      }),
    );
    expect(error.code).toBe("HIERARCHY.UNREADABLE");
    expect(error.issues.map((i) => [i.code, i.cell, i.file])).toEqual([
      ["HIERARCHY.MISSING_VALUE", "B2", "donvi.csv"],
      ["HIERARCHY.MISSING_VALUE", "A3", "donvi.csv"],
      ["HIERARCHY.BAD_DATE", "C3", "donvi.csv"],
    ]);
    expect(error.issues[2]?.message).toBe(
      'Dòng 3, cột "Hiệu lực từ": "31/02/2025" không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd).',
    );
    expect(error.issues[2]?.messageEn).toContain("Row 3");
  });

  it("refuses a file without the Mã or Tên đơn vị column", () => {
    const error = thrown(() => parseHierarchyCsv("Đơn vị cấp trên,Ghi chú\nA,B\n"));
    expect(error.issues.map((i) => i.code)).toEqual(["HIERARCHY.MISSING_COLUMN", "HIERARCHY.MISSING_COLUMN"]);
    expect(error.message).toContain('Thiếu cột "Mã"');
  });
});

describe("Hierarchy.fromRecords", () => {
  it("reads records from a sheet", () => {
    const units = Hierarchy.fromRecords([
      { Mã: "LS", "Tên đơn vị": "Tỉnh ủy Lạng Sơn", Loại: "Tỉnh ủy" },
      {
        Mã: "LS.TP",
        "Tên đơn vị": "Thành ủy Lạng Sơn",
        Loại: "Thành ủy",
        "Mã cấp trên": "LS",
        "Hiệu lực đến": "30.6.2025",
      },
    ]);
    expect(units[1]).toEqual({
      code: "LS.TP",
      name: "Thành ủy Lạng Sơn",
      kind: "Thành ủy",
      parent: "LS",
      validTo: "2025-06-30",
      aliases: [],
    });
  });
});

describe("Hierarchy.fromJson", () => {
  it("reads the JSON form, with ISO or dd/mm/yyyy dates and null fields", () => {
    const units = Hierarchy.fromJson([
      {
        code: "LS",
        name: "Tỉnh ủy Lạng Sơn",
        kind: "Tỉnh ủy",
        parent: null,
        aliases: ["Đảng bộ tỉnh Lạng Sơn"],
      },
      {
        code: "LS.CL",
        name: "Huyện ủy Cao Lộc",
        kind: "Huyện ủy",
        parent: "LS",
        validTo: "30/06/2025",
        successor: "",
      },
      {
        code: "LS.X",
        name: "Xã X",
        kind: "Đảng ủy xã",
        parent: "LS",
        validFrom: "2025-07-01",
        aliases: "A; B",
      },
    ]);
    expect(units).toEqual([
      { code: "LS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy", aliases: ["Đảng bộ tỉnh Lạng Sơn"] },
      {
        code: "LS.CL",
        name: "Huyện ủy Cao Lộc",
        kind: "Huyện ủy",
        parent: "LS",
        validTo: "2025-06-30",
        aliases: [],
      },
      {
        code: "LS.X",
        name: "Xã X",
        kind: "Đảng ủy xã",
        parent: "LS",
        validFrom: "2025-07-01",
        aliases: ["A", "B"],
      },
    ]);
  });

  it("names the unit and field of a bad value", () => {
    const error = thrown(() =>
      Hierarchy.fromJson([
        { code: "A", name: "Xã A", kind: "x" },
        { code: "", name: "Xã B", kind: "x", validTo: "hôm qua" },
      ]),
    );
    expect(error.code).toBe("HIERARCHY.UNREADABLE");
    expect(error.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Đơn vị thứ 2, trường "code": giá trị không hợp lệ/),
      expect.stringMatching(/^Đơn vị thứ 2, trường "validTo": giá trị không hợp lệ .*hôm qua/),
    ]);
    expect(thrown(() => Hierarchy.fromJson({ units: [] })).issues[0]?.message).toMatch(/^Tệp:/);
  });
});
