import { Period } from "@tonghop/core";
import { lang, say } from "../i18n.js";

/** "Huyện ủy Cao Lộc (CAOLOC), Năm 2022" — who and when a report is, as far as known. */
export function unitText(code?: string, name?: string, period?: string): string {
  const who = name !== undefined && code !== undefined ? `${name} (${code})` : (name ?? code ?? "");
  const p = period === undefined ? undefined : Period.tryParse(period);
  const when = p === undefined ? (period ?? "") : lang() === "en" ? p.labelEn : p.label;
  const parts = [who === "" ? say({ vi: "chưa rõ đơn vị", en: "unit not known" }) : who];
  parts.push(when === "" ? say({ vi: "chưa rõ kỳ", en: "period not known" }) : when);
  return parts.join(", ");
}
