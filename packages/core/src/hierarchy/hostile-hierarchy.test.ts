import { describe, expect, it } from "vitest";
import { consolidate } from "../aggregate/index.js";
import { ttm01 } from "../form/ttm01.js";
import { isTonghopError, type TonghopError } from "../issue/index.js";
import { Hierarchy } from "./index.js";
import type { UnitInput } from "./unit.js";

function thrown(run: () => unknown): TonghopError {
  try {
    run();
  } catch (error) {
    if (isTonghopError(error)) return error;
    throw error;
  }
  throw new Error("expected a TonghopError");
}

describe("hierarchy files that are broken or hostile", () => {
  it("50,000 rows of one code: one issue, a message one can read, in bounded time", () => {
    const units: UnitInput[] = Array.from({ length: 50_000 }, (_, i) => ({
      code: "A",
      name: `Đơn vị ${i}`,
      kind: "Đảng ủy xã",
    }));
    const started = performance.now();
    const error = thrown(() => Hierarchy.build(units));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.issues.map((i) => i.code)).toEqual(["HIERARCHY.DUPLICATE_CODE"]);
    expect(error.issues[0]?.message).toBe(
      'Mã đơn vị "A" bị trùng: 50000 đơn vị dùng mã này (Đơn vị 0; Đơn vị 1; Đơn vị 2; Đơn vị 3; Đơn vị 4; …). Hãy đặt cho mỗi đơn vị một mã riêng, hoặc xóa dòng trùng.',
    );
  });

  it("a cycle through 50,000 units, and 50,000 unknown parents: the message names the first ten", () => {
    const cycle: UnitInput[] = Array.from({ length: 50_000 }, (_, i) => ({
      code: `U${i}`,
      name: `Đơn vị ${i}`,
      kind: "x",
      parent: `U${(i + 1) % 50_000}`,
    }));
    expect(thrown(() => Hierarchy.build(cycle)).issues.map((i) => i.code)).toEqual(["HIERARCHY.CYCLE"]);
    const orphans = cycle.map((u) => ({ ...u, parent: `X${u.code}` }));
    const error = thrown(() => Hierarchy.build(orphans));
    expect(error.issues).toHaveLength(50_000);
    expect(error.message).toMatch(/^Danh sách đơn vị không hợp lệ \(50000 lỗi\), hãy sửa rồi chạy lại: /);
    expect(error.message).toMatch(/… \(và 49990 lỗi khác\)$/);
    expect(error.message.length).toBeLessThan(3_000);
  });

  it("a chain 50,000 levels deep: walked and consolidated without overflowing the stack", () => {
    const chain: UnitInput[] = Array.from({ length: 50_000 }, (_, i) => ({
      code: `U${i}`,
      name: `Đơn vị ${i}`,
      kind: "x",
      ...(i === 0 ? {} : { parent: `U${i - 1}` }),
    }));
    const hierarchy = Hierarchy.build(chain);
    expect(hierarchy.descendants("U0")).toHaveLength(49_999);
    expect(hierarchy.descendants("U49990").map((u) => u.code)).toEqual([
      "U49991",
      "U49992",
      "U49993",
      "U49994",
      "U49995",
      "U49996",
      "U49997",
      "U49998",
      "U49999",
    ]);
    const result = consolidate(
      ttm01,
      [
        {
          form: ttm01.id,
          unit: { code: "U49999", foundBy: "cell" },
          period: { id: "2022", foundBy: "cell" },
          values: { SHCB: { value: 3, approximate: false, source: "entered" } },
        },
      ],
      { hierarchy, unit: "U0", period: "2022" },
    );
    expect(result.completeness.submitted).toEqual(["U49999"]);
    expect(result.report.values.SHCB?.value).toBe(3);
  });
});
