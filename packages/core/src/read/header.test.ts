import { describe, expect, it } from "vitest";
import { type ColumnSpec, findHeader } from "./header.js";
import { type SheetView, sheetView } from "./sheet.js";

const SPECS: ColumnSpec<"name" | "sessions">[] = [
  { role: "name", headers: ["Họ và tên"] },
  { role: "sessions", headers: ["Số buổi"] },
];

/** The view with the rows whose text was read recorded. */
function recorded(values: (string | number | null)[][]): { view: SheetView; read: Set<number> } {
  const inner = sheetView({ origin: "A1", values });
  const read = new Set<number>();
  const view: SheetView = {
    ...inner,
    text(row, col) {
      read.add(row);
      return inner.text(row, col);
    },
  };
  return { view, read };
}

describe("findHeader", () => {
  it("reads no row after a header that names every role: none can name more, and the earliest wins a tie", () => {
    const { view, read } = recorded([
      ["Danh sách", null],
      ["Họ và tên", "Số buổi"],
      ["Nguyễn Văn A", 3],
      ["Họ và tên", "Số buổi"],
      ["Trần Thị B", 2],
    ]);
    const header = findHeader(view, SPECS, ["name"], "name");
    expect(header).toMatchObject({ row: 1, lastRow: 1, columns: { name: 0, sessions: 1 } });
    // Row 2 is read as the header's possible sub-headers; rows 3 and 4 are not read at all.
    expect([...read].sort()).toEqual([0, 1, 2]);
  });

  it("reads on past a header that names only some roles, for one that names more", () => {
    const { view } = recorded([
      ["Họ và tên", null],
      ["Nguyễn Văn A", null],
      ["Họ và tên", "Số buổi"],
    ]);
    expect(findHeader(view, SPECS, ["name"], "name")).toMatchObject({
      row: 2,
      columns: { name: 0, sessions: 1 },
    });
  });
});
