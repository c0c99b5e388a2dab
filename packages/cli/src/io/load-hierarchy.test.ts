import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "@tonghop/xlsx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { loadHierarchy } from "./load-hierarchy.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-hierarchy-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const header = ["Mã", "Tên đơn vị", "Loại", "Mã cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Tên khác"];
const rows = [
  ["TULS", "Tỉnh ủy Lạng Sơn", "Tỉnh ủy", "", "", "", ""],
  [
    "KCCQ",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối",
    "TULS",
    "",
    "30/06/2025",
    "Đảng ủy Khối CCQ tỉnh",
  ],
  ["UBND", "Đảng ủy UBND tỉnh", "Đảng ủy", "TULS", "01/07/2025", "", ""],
];

describe("loadHierarchy", () => {
  it("reads the same units from CSV (with a byte-order mark), .xlsx and JSON", async () => {
    const csv = join(dir, "don-vi.csv");
    writeFileSync(csv, `\uFEFF${[header, ...rows].map((r) => r.join(",")).join("\r\n")}\r\n`);
    const xlsx = join(dir, "don-vi.xlsx");
    writeFileSync(xlsx, await writeWorkbook({ sheets: [{ name: "Đơn vị", rows: [header, ...rows] }] }));
    const json = join(dir, "don-vi.json");
    writeFileSync(
      json,
      JSON.stringify([
        { code: "TULS", name: "Tỉnh ủy Lạng Sơn", kind: "Tỉnh ủy" },
        {
          code: "KCCQ",
          name: "Đảng ủy Khối các cơ quan tỉnh",
          kind: "Đảng ủy Khối",
          parent: "TULS",
          validTo: "2025-06-30",
          aliases: ["Đảng ủy Khối CCQ tỉnh"],
        },
        { code: "UBND", name: "Đảng ủy UBND tỉnh", kind: "Đảng ủy", parent: "TULS", validFrom: "2025-07-01" },
      ]),
    );
    for (const file of [csv, xlsx, json]) {
      const hierarchy = loadHierarchy(file);
      expect(
        hierarchy.units.map((u) => u.code),
        file,
      ).toEqual(["TULS", "KCCQ", "UBND"]);
      expect(hierarchy.unit("KCCQ")).toMatchObject({ parent: "TULS", validTo: "2025-06-30" });
      expect(
        hierarchy.match("Đảng ủy Khối CCQ tỉnh").map((u) => u.code),
        file,
      ).toEqual(["KCCQ"]);
    }
  });

  it("stops with a message naming the file for a cycle, bad JSON or a missing file", () => {
    const cycle = join(dir, "vong.csv");
    writeFileSync(
      cycle,
      "Mã,Tên đơn vị,Loại,Mã cấp trên\nA,Huyện ủy A,Huyện ủy,B\nB,Huyện ủy B,Huyện ủy,A\n",
    );
    expect(() => loadHierarchy(cycle)).toThrow(/vong\.csv/);
    const bad = join(dir, "hong.json");
    writeFileSync(bad, "[{");
    expect(() => loadHierarchy(bad)).toThrow(CliError);
    expect(() => loadHierarchy(join(dir, "khong-co.csv"))).toThrow(/khong-co\.csv/);
  });

  it("refuses a hierarchy file over 20 MB before reading it", () => {
    const big = join(dir, "don-vi.csv");
    closeSync(openSync(big, "w"));
    truncateSync(big, 21 * 1024 * 1024);
    expect(() => loadHierarchy(big)).toThrow(
      `"${big}" is too large (21.0 MB, limit 20 MB); tonghop does not read it. Check that it is the right hierarchy file (--hierarchy).`,
    );
  });
});
