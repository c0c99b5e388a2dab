/** Abbreviations of the forms' labels, written out (lower case, canonical tones). */
export const LABEL_ABBREVIATIONS: Readonly<Record<string, string>> = {
  bcv: "báo cáo viên",
  ttv: "tuyên truyền viên",
  ttm: "tuyên truyền miệng",
  tccs: "tổ chức cơ sở đảng",
  cb: "cán bộ",
  đv: "đảng viên",
  hn: "hội nghị",
  tw: "trung ương",
  ccq: "các cơ quan",
};

/** Abbreviations of unit names, on top of the labels' ones. */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  btg: "ban tuyên giáo",
  đu: "đảng uỷ",
  đuk: "đảng uỷ khối",
  btv: "ban thường vụ",
  ttct: "trung tâm chính trị",
  tp: "thành phố",
  ubnd: "uỷ ban nhân dân",
  mttq: "mặt trận tổ quốc",
};

/**
 * Writes out whole-word abbreviations in a normalised (space-separated, lower-case) text. A word
 * the expansion already ends with is not repeated ("TCCS đảng" → "tổ chức cơ sở đảng").
 */
export function expandAbbreviations(text: string, table: Readonly<Record<string, string>>): string {
  const words: string[] = [];
  for (const word of text.split(" ")) {
    const expansion = Object.hasOwn(table, word) ? table[word] : undefined;
    const last = words[words.length - 1];
    if (expansion !== undefined) words.push(expansion);
    else if (!(last !== undefined && word !== "" && last.endsWith(` ${word}`) && isExpansion(last, table))) {
      words.push(word);
    }
  }
  return words.join(" ");
}

function isExpansion(text: string, table: Readonly<Record<string, string>>): boolean {
  return Object.values(table).includes(text);
}
