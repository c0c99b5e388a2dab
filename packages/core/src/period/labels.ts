import type { PeriodKind } from "./kinds.js";

export const romanQuarters = ["I", "II", "III", "IV"] as const;

const monthNamesEn = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The Vietnamese label Party documents use: "Quý II/2024", "6 tháng đầu năm 2024", "Năm 2024". */
export function labelVi(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "month":
      return `Tháng ${index}/${year}`;
    case "quarter":
      return `Quý ${romanQuarters[index - 1]}/${year}`;
    case "half":
      return `6 tháng ${index === 1 ? "đầu" : "cuối"} năm ${year}`;
    case "nine":
      return `9 tháng năm ${year}`;
    case "year":
      return `Năm ${year}`;
  }
}

export function labelEn(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "month":
      return `${monthNamesEn[index - 1]} ${year}`;
    case "quarter":
      return `Q${index} ${year}`;
    case "half":
      return `${index === 1 ? "First" : "Second"} half of ${year}`;
    case "nine":
      return `Nine months of ${year}`;
    case "year":
      return `Year ${year}`;
  }
}

/** The identifier: "2024M04", "2024Q2", "2024S1", "2024N9", "2024". */
export function periodId(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "month":
      return `${year}M${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${year}Q${index}`;
    case "half":
      return `${year}S${index}`;
    case "nine":
      return `${year}N9`;
    case "year":
      return `${year}`;
  }
}
