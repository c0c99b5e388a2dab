/** Whether a cell holds nothing: null, undefined, or text of only spaces (a 0 or a "-" is a value). */
export function isBlankCell(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  return typeof input === "string" && input.replace(/[\s\u00a0\u200b\u202f\ufeff]/g, "") === "";
}
