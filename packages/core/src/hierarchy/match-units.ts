import { normalizeName } from "../text/normalize-name.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Unit } from "./unit.js";

const contains = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);

/**
 * The units a sheet's name for its issuing unit may mean, compared by normalizeName (case, NFC/NFD,
 * tone placement, punctuation, abbreviations such as CCQ, ĐUK). Sheets write the name in capitals,
 * often under the superior body on the line above ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH").
 * 1. the whole text, then each line from the last up, equal to a name or alias: those units;
 * 2. else units whose name or alias contains the text or is contained in it (whole words), without
 *    those that are the superior of another candidate (the line above the issuing unit).
 * Returns every candidate: the caller asks the user when there is none or more than one.
 */
export function matchUnits(hierarchy: Hierarchy, name: string, units: readonly Unit[]): Unit[] {
  const whole = normalizeName(name);
  if (whole === "") return [];
  const keys = new Map(units.map((u) => [u, [u.name, ...u.aliases].map(normalizeName)]));
  const lines = [whole, ...name.split(/\r?\n/).map(normalizeName).reverse()];
  for (const line of lines) {
    const exact = units.filter((u) => keys.get(u)!.includes(line));
    if (exact.length > 0) return exact;
  }
  const loose = units.filter((u) =>
    keys.get(u)!.some((k) => k !== "" && (contains(whole, k) || contains(k, whole))),
  );
  return loose.filter(
    (u) => !loose.some((other) => hierarchy.ancestors(other.code).some((a) => a.code === u.code)),
  );
}
