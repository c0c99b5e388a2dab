import type { Indicator } from "../form/index.js";

/** Colours and number formats shared by tonghop's sheets (hex RRGGBB). */
export const colors = {
  header: "D9E1F2",
  section: "EDEDED",
  total: "FFF2CC",
  input: "FFFDE7",
  good: "C6EFCE",
  bad: "FFC7CE",
  neutral: "FFEB9C",
  none: "EDEDED",
  muted: "595959",
} as const;

/** Thousands grouped; a Vietnamese Excel shows 37320 as 37.320. */
export const countFormat = "#,##0";
/** One decimal, grouped: 66,7 in a Vietnamese Excel. */
export const oneDecimalFormat = "#,##0.0";

export const decimalsFormat = (decimals: number): string =>
  decimals <= 0 ? countFormat : `#,##0.${"0".repeat(decimals)}`;

/** Excel sheet names are at most 31 characters and `'` is doubled inside a reference. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** An indicator's number format: a derived rate or average with its decimals, a count without. */
export const numberFormatOf = (indicator: Indicator): string =>
  indicator.derive ? decimalsFormat(indicator.derive.decimals) : countFormat;
