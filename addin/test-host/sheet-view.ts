import type { SheetView } from "./excel-host.js";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);

const column = (c: number) => {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** CSS of a cell's own formatting: fill, bold, italic, size, colour, alignment, indent, borders. */
function cellCss(cell: SheetView["cells"][number][number]): string {
  const { style } = cell;
  const align = { Left: "left", Center: "center", Right: "right" }[style.align ?? ""];
  return [
    cell.fill ? `background:${cell.fill}` : "",
    cell.bold ? "font-weight:600" : "",
    style.italic ? "font-style:italic" : "",
    style.underline ? "text-decoration:underline" : "",
    style.size ? `font-size:${style.size}px` : "",
    style.color ? `color:${style.color}` : "",
    align ? `text-align:${align}` : "",
    style.indent ? `padding-left:${4 + style.indent * 12}px` : "",
    style.border ? "border:1px solid #7f7f7f" : "",
  ]
    .filter(Boolean)
    .join(";");
}

/**
 * A screenshot page for the end-to-end test: the test host's sheet drawn like Excel (fills, fonts,
 * alignment, borders, merged cells, column widths, notes as red corners with their text listed
 * below) beside the task pane's own screenshot.
 */
export function sheetViewHtml(view: SheetView, paneImage: string, maxRows = 70): string {
  const rows = view.cells.slice(0, maxRows);
  const widths = (rows[0] ?? []).map(
    (_, c) =>
      view.widths[c] ??
      // Titles spill over empty neighbours as in Excel: they do not widen their column.
      Math.max(36, ...rows.map((r) => Math.min(r[c]?.text.length ?? 0, 40) * 6.2 + 10)),
  );
  const mergeAt = new Map(view.merges.map((m) => [`${m.top}:${m.left}`, m]));
  const covered = new Set(
    view.merges.flatMap((m) =>
      Array.from({ length: (m.bottom - m.top + 1) * (m.right - m.left + 1) }, (_, i) => {
        const r = m.top + Math.floor(i / (m.right - m.left + 1));
        const c = m.left + (i % (m.right - m.left + 1));
        return r === m.top && c === m.left ? "" : `${r}:${c}`;
      }),
    ),
  );
  const selected = view.selection.slice(view.selection.lastIndexOf("!") + 1);
  const notes: string[] = [];
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (covered.has(`${r}:${c}`)) return "";
          const address = `${column(c)}${r + 1}`;
          if (cell.note)
            notes.push(`<li><b>${address}</b> ${escapeHtml(cell.note).replace(/\n/g, "<br>")}</li>`);
          const style = cellCss(cell);
          const merge = mergeAt.get(`${r}:${c}`);
          const span = merge
            ? ` colspan="${merge.right - merge.left + 1}" rowspan="${merge.bottom - merge.top + 1}"`
            : "";
          const clip = merge !== undefined || (row[c + 1]?.text ?? "") !== "";
          const classes = [
            cell.note ? "noted" : "",
            address === selected ? "selected" : "",
            /^-?[\d.,]+$/.test(cell.text) ? "num" : "",
            clip ? "clip" : "",
          ].join(" ");
          const title = cell.formula ? ` title="${escapeHtml(cell.formula)}"` : "";
          return `<td class="${classes}" style="${style}"${span}${title}>${escapeHtml(cell.text)}</td>`;
        })
        .join("");
      return `<tr><th>${r + 1}</th>${cells}</tr>`;
    })
    .join("\n");
  const head = widths.map((w, c) => `<th style="width:${w}px">${column(c)}</th>`).join("");
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; display: flex; font-family: "Segoe UI", "DejaVu Sans", sans-serif; background: #f3f2f1; }
    .excel { flex: 1; padding: 0; min-width: 0; overflow: hidden; background: #fff; border-right: 1px solid #c8c6c4; }
    .bar { background: #217346; color: #fff; padding: 6px 12px; font-size: 13px; }
    table { border-collapse: collapse; table-layout: fixed; font-size: 11px; }
    th { background: #f3f2f1; color: #605e5c; font-weight: 400; border: 1px solid #e1dfdd; padding: 1px 4px; }
    td { border: 1px solid #e1dfdd; padding: 1px 4px; height: 17px; white-space: nowrap; overflow: visible; position: relative; max-width: 0; }
    td.clip { overflow: hidden; text-overflow: ellipsis; }
    td.num { text-align: right; }
    td.noted::after { content: ""; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 6px 6px 0; border-color: transparent #c50f1f transparent transparent; }
    td.selected { outline: 2px solid #217346; outline-offset: -2px; }
    .notes { font-size: 11px; padding: 8px 16px; color: #323130; }
    .notes li { margin-bottom: 4px; }
    .pane { flex: none; width: 380px; background: #fff; }
    .pane img { display: block; width: 380px; }
  </style></head><body>
  <div class="excel"><div class="bar">${escapeHtml(view.name)}${selected ? ` · ${escapeHtml(selected)}` : ""}</div>
  <table><thead><tr><th style="width:28px"></th>${head}</tr></thead><tbody>${body}</tbody></table>
  ${notes.length ? `<ul class="notes">${notes.join("")}</ul>` : ""}</div>
  <div class="pane"><img src="data:image/png;base64,${paneImage}"></div>
  </body></html>`;
}
