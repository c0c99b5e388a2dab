import { foldPeriodText } from "./fold.js";
import { monthCountOf } from "./kinds.js";
import { type PeriodMention, type PeriodSpec, scanPeriods } from "./scan-periods.js";

/**
 * Dates and horizons are not reporting periods: "ngày 15 tháng 12 năm 2022", a template's blank
 * "ngày … tháng … năm 2024" or "ngày   tháng 6 năm 2024", "15/12/2022", "đến năm 2030".
 */
const notPeriods =
  /ngay[\s.…_]*\d{0,2}[\s.…_]*thang[\s.…_]*\d{0,2}[\s.…_]*(?:nam\s*)?\d{4}|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\b(?:den|toi|giai doan)\s*(?:nam\s*)?\d{4}(?:\s*-\s*\d{4})?/g;

/**
 * Words after which a title turns to the next period's plans ("…năm 2024, phương hướng nhiệm vụ năm
 * 2025", "tháng 11 và chương trình công tác tháng 12", "dự kiến…").
 */
const forwardWords = /phuong huong|nhiem vu|ke hoach|trien khai|muc tieu|chuong trinh|du kien/g;

/**
 * Finds the period a title reports on, e.g. "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG 6 THÁNG
 * ĐẦU NĂM 2024". The rules, in order:
 * 1. dates ("ngày 15 tháng 12 năm 2022", "15/12/2022") and horizons ("đến năm 2030") are ignored;
 * 2. a mention without a year takes the year of the next mention that has one ("quý II và sơ kết
 *    6 tháng đầu năm 2024": quý II is 2024Q2);
 * 3. once a period has been mentioned, what follows "phương hướng", "nhiệm vụ", "kế hoạch",
 *    "triển khai", "mục tiêu", "chương trình", "dự kiến" is the next period's plan and is ignored ("tổng kết năm 2024,
 *    phương hướng nhiệm vụ năm 2025" is 2024);
 * 4. of what is left, the widest period wins, and of equally wide ones the last: a title that names
 *    a quarter and the half-year it closes ("quý II và sơ kết 6 tháng đầu năm 2024") is the half-year
 *    report, as the sơ kết covers the quarter.
 * Unreadable mentions (quý V, tháng 13) are skipped.
 */
export function findPeriodSpec(text: string): PeriodSpec | undefined {
  const folded = foldPeriodText(text).replace(notPeriods, (m) => " ".repeat(m.length));
  const mentions = scanPeriods(folded).filter((m) => !m.problem);
  const dated: PeriodMention[] = [];
  mentions.forEach((mention, i) => {
    const year = mention.year ?? mentions.slice(i + 1).find((m) => m.year !== undefined)?.year;
    if (year !== undefined) dated.push({ ...mention, year });
  });
  const cut = [...folded.matchAll(forwardWords)]
    .map((m) => m.index)
    .find((at) => dated.some((m) => m.end <= at));
  const kept = cut === undefined ? dated : dated.filter((m) => m.start < cut);
  let best: PeriodMention | undefined;
  for (const mention of kept) {
    if (!best || monthCountOf[mention.kind] >= monthCountOf[best.kind]) best = mention;
  }
  return best && best.year !== undefined
    ? { kind: best.kind, year: best.year, index: best.index }
    : undefined;
}
