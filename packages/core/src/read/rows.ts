import type { Form } from "../form/schema.js";
import { foldedKey, isRoman } from "./keys.js";

/** Text that starts a sheet's closing block: recipients, signatures. Nothing under it is data. */
const FOOTER = /^(?:noi nhan|nguoi lap|nguoi bao cao|tm|t m|kt|k t|thu truong|xac nhan)\b/;

/** Notes between the rows: "Ghi chú: …", "(Số liệu tính đến 14/12)", "* Chưa tính …". */
const NOTE = /^(?:ghi chu|luu y|chu thich|nguon)\b/;

export const isFooter = (text: string): boolean => FOOTER.test(foldedKey(text));

export const isNote = (text: string): boolean => /^\s*[(*]/.test(text) || NOTE.test(foldedKey(text));

/** A row of column numbers under the header ("(1) (2) (3)", "A B 1 2"): no word in it. */
export const hasWords = (text: string): boolean => /[a-z]{2,}/.test(foldedKey(text));

/**
 * The section a row opens, if it is a section header: a Roman numeral in the STT column or before
 * the label ("II. HOẠT ĐỘNG TUYÊN TRUYỀN MIỆNG"), or the label of one of the form's sections.
 */
export function sectionOf(form: Form, stt: string, label: string): string | undefined {
  const number = stt.trim().replace(/[.)]$/, "").toUpperCase();
  if (isRoman(number)) return number;
  const prefix = /^\s*([IVX]{1,4})\s*[.)\-–:]\s*\S/.exec(label)?.[1];
  if (prefix && isRoman(prefix)) return prefix;
  const key = foldedKey(label);
  return key === "" ? undefined : sectionKeys(form).get(key);
}

const sectionsByKey = new WeakMap<Form, ReadonlyMap<string, string>>();

/** The form's sections by the key of their label, the first of a key kept: made once per form. */
function sectionKeys(form: Form): ReadonlyMap<string, string> {
  let keys = sectionsByKey.get(form);
  if (keys === undefined) {
    const built = new Map<string, string>();
    for (const section of form.sections) {
      const key = foldedKey(section.label);
      if (!built.has(key)) built.set(key, section.id);
    }
    keys = built;
    sectionsByKey.set(form, keys);
  }
  return keys;
}
