import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { MAX_LIST_BYTES, readBytes } from "./read-bytes.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-bytes-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A sparse file of `size` bytes: its size is on disk in an instant, its bytes never are. */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  closeSync(openSync(path, "w"));
  truncateSync(path, size);
  return path;
}

const refusal = (run: () => unknown): CliError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("not refused");
};

describe("readBytes", () => {
  it("reads a file within the bound", () => {
    const path = join(dir, "a.xlsx");
    writeFileSync(path, "PK\u0003\u0004");
    expect([...readBytes(path, 10, "report")]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it("refuses a file over the bound by its size alone, in Vietnamese and English, naming the file and what to do", () => {
    const path = sparse("bao-cao.xlsx", 1024 * 1024 * 1024);
    const started = performance.now();
    const error = refusal(() => readBytes(path, 50 * 1024 * 1024, "report"));
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.text.vi).toBe(
      `Tệp "${path}" quá lớn (1.024,0 MB, giới hạn 50 MB); tonghop không đọc tệp này. Hãy kiểm tra đã chọn đúng tệp báo cáo; nếu đúng, hãy xóa các trang tính, hình ảnh thừa rồi lưu lại.`,
    );
    expect(error.text.en).toBe(
      `"${path}" is too large (1024.0 MB, limit 50 MB); tonghop does not read it. Check that it is the right report; if it is, delete unneeded sheets and pictures and save it again.`,
    );
  });

  it("refuses a file over 2 GB, which Node cannot read into one buffer, with the same message", () => {
    const path = sparse("3gb.xlsx", 3 * 1024 * 1024 * 1024);
    expect(refusal(() => readBytes(path, 50 * 1024 * 1024, "report")).text.vi).toMatch(
      /^Tệp ".*3gb\.xlsx" quá lớn \(3\.072,0 MB, giới hạn 50 MB\)/,
    );
  });

  it("says which option names a hierarchy or targets file that is too large", () => {
    const list = sparse("don-vi.csv", MAX_LIST_BYTES + 1);
    expect(refusal(() => readBytes(list, MAX_LIST_BYTES, "hierarchy")).text.vi).toContain(
      "giới hạn 20 MB); tonghop không đọc tệp này. Hãy kiểm tra đã chọn đúng tệp danh sách đơn vị (--hierarchy).",
    );
    expect(refusal(() => readBytes(list, MAX_LIST_BYTES, "targets")).text.en).toContain(
      "Check that it is the right JSON targets file (--targets).",
    );
  });

  it("names a missing file or a folder", () => {
    expect(refusal(() => readBytes(join(dir, "khong-co.xlsx"), 10, "report")).text.vi).toBe(
      `Không tìm thấy tệp "${join(dir, "khong-co.xlsx")}". Hãy kiểm tra lại đường dẫn.`,
    );
    expect(refusal(() => readBytes(dir, 1e6, "report")).text.vi).toContain("là một thư mục");
  });
});
