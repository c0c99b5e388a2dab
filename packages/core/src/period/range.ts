/** How the dates of a period are counted. */
export type DateConvention = "calendar" | "cutoff";

/** First and last day of a period, ISO `yyyy-mm-dd`, both inclusive. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Dates of the months first..last of a year. "calendar": the 1st of the first month to the last
 * day of the last. "cutoff": the data cut-off of Decree 09/2019/NĐ-CP (ngày chốt số liệu), which
 * state bodies and many Party offices follow: from the 15th of the month before the first month to
 * the 14th of the last month, so a year runs from 15/12 of the year before to 14/12.
 */
export function monthsRange(
  year: number,
  first: number,
  last: number,
  convention: DateConvention,
): DateRange {
  if (convention === "cutoff") {
    const start = first === 1 ? iso(year - 1, 12, 15) : iso(year, first - 1, 15);
    return { start, end: iso(year, last, 14) };
  }
  return { start: iso(year, first, 1), end: iso(year, last, lastDayOf(year, last)) };
}
