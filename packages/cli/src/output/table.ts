/** Width of text in a terminal: combining marks (NFD Vietnamese) take no column. */
export function textWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, "")].length;
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return right ? fill + text : text + fill;
};

/** A plain text table: a header, a rule, the rows; columns listed in `right` are right-aligned. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const widths = headers.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, right.includes(i)))
      .join("  ")
      .trimEnd();
  // The last column is not padded: a long message runs on instead of widening every line's rule.
  const rule = widths.map((w, i) => "─".repeat(i === widths.length - 1 ? Math.min(w, 40) : w)).join("  ");
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
