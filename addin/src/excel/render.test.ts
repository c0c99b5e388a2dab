import { type SheetSpec, ttm01, type WorkbookSpec } from "@tonghop/core";
import { describe, expect, it } from "vitest";
import { freeSheetName, queueWorkbook, specInput } from "./render.js";
import { type Capabilities, detectCapabilities } from "./requirements.js";
import { ExcelSession } from "./session.js";

/** A host with every requirement set the renderer uses. */
const all: Capabilities = detectCapabilities({ isSetSupported: () => true });

/**
 * An Excel request context that accepts any Office.js call and records it as text
 * (`…add("Kiểm tra").getRange("A1:B2").formulas=[…]`): what the renderer queued, in order.
 */
function recordingContext() {
  const calls: string[] = [];
  let syncs = 0;
  const make = (path: string): unknown =>
    new Proxy(() => undefined, {
      get: (_target, key) => {
        if (key === "then") return undefined;
        if (key === "sync" && path === "context")
          return async () => {
            syncs += 1;
          };
        return make(`${path}.${String(key)}`);
      },
      set: (_target, key, value) => {
        calls.push(`${path}.${String(key)}=${JSON.stringify(value)}`);
        return true;
      },
      apply: (_target, _this, args) => {
        const call = `${path}(${args.map((a) => JSON.stringify(a)).join(",")})`;
        calls.push(call);
        return make(call);
      },
    });
  return { context: make("context") as Excel.RequestContext, calls, syncs: () => syncs };
}

function issuesSheet(rows: number): SheetSpec {
  return {
    name: "Kiểm tra",
    rows: [
      [{ value: "KẾT QUẢ KIỂM TRA", bold: true, merge: "A1:C1", align: "center" }],
      ["STT", "Ô", "Nội dung"].map((value) => ({ value, bold: true, fill: "D9E1F2", border: true })),
      ...Array.from({ length: rows }, (_, i) => [
        { value: i + 1, border: true },
        { value: `D${i + 5}`, border: true },
        { value: i === 0 ? '=HYPERLINK("http://x")' : `Lỗi ở dòng ${i + 5}`, border: true, note: "Ghi chú" },
      ]),
      [{ formula: `SUM(A3:A${rows + 2})`, numberFormat: "#,##0", bold: true }],
    ],
    columnWidths: [5, 8, 80],
    frozen: { rows: 2 },
  };
}

async function render(spec: WorkbookSpec, capabilities = all) {
  const recording = recordingContext();
  const session = new ExcelSession(recording.context, capabilities);
  await queueWorkbook(session, spec);
  return { ...recording, session };
}

describe("rendering a WorkbookSpec through Office.js", () => {
  it("queues a sheet of 50 rows and one of 5,000 without a sync of its own", async () => {
    for (const rows of [50, 5000]) {
      const { syncs, calls, session } = await render({ sheets: [issuesSheet(rows)] });
      expect(syncs(), `${rows} rows`).toBe(0);
      expect(session.stats.requestBytes).toBeLessThan(session.limitBytes);
      // Borders go on by rectangles: the bordered table is a few commands, not one per cell.
      expect(calls.filter((c) => c.endsWith('.style="Continuous"')).length).toBeLessThan(20);
    }
  });

  it("writes formulas live, text as text, and a merge, widths and frozen rows", async () => {
    const { calls } = await render({ sheets: [issuesSheet(3)], font: { name: "Times New Roman" } });
    const content = calls.find((c) => c.includes('.getRange("A1:C6").formulas='));
    expect(content).toContain(`"'=HYPERLINK(\\"http://x\\")"`);
    expect(content).toContain('"=SUM(A3:A5)"');
    expect(calls).toContain('context.workbook.worksheets.add("Kiểm tra").getRange("A1:C1").merge(false)');
    expect(calls).toContain(
      'context.workbook.worksheets.add("Kiểm tra").getRange("C:C").format.columnWidth=560',
    );
    expect(calls).toContain('context.workbook.worksheets.add("Kiểm tra").freezePanes.freezeRows(2)');
    expect(calls.filter((c) => c.includes("notes.add("))).toHaveLength(3);
  });

  it("puts notes in threaded comments where the host has no notes, and leaves them out below ExcelApi 1.10", async () => {
    const comments = await render({ sheets: [issuesSheet(3)] }, { ...all, notes: false });
    expect(comments.calls.filter((c) => c.includes("comments.add("))).toHaveLength(3);
    const none = await render(
      { sheets: [issuesSheet(3)] },
      { ...all, notes: false, comments: false, layout: false, panes: false },
    );
    expect(none.calls.some((c) => /notes\.add|comments\.add|merge\(|freezePanes|columnWidth/.test(c))).toBe(
      false,
    );
  });
});

describe("cell input", () => {
  it("keeps text text: formula-like, numeric-looking and truth-value text gets the quote prefix", () => {
    expect(specInput({ value: "=1+1" })).toBe("'=1+1");
    expect(specInput({ value: "4.1" })).toBe("'4.1");
    expect(specInput({ value: "TRUE" })).toBe("'TRUE");
    expect(specInput({ value: ttm01.title })).toBe(ttm01.title);
    expect(specInput({ formula: "SUM(A1:A2)" })).toBe("=SUM(A1:A2)");
    expect(specInput({ value: 12 })).toBe(12);
    expect(specInput(undefined)).toBe("");
  });

  it("names a sheet that is free", () => {
    expect(freeSheetName("Tổng hợp", ["tổng hợp", "Tổng hợp (2)"])).toBe("Tổng hợp (3)");
  });
});
