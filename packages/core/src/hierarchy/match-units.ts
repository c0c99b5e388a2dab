import { foldDiacritics } from "../text/fold-diacritics.js";
import { normalizeName } from "../text/normalize-name.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Unit } from "./unit.js";

const contains = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);

/** The keys units are matched by, built once per hierarchy (normalising 3,321 names per sheet was quadratic). */
interface KeyIndex {
  /** Each unit's keys: its name and aliases, normalised; in hierarchy order. */
  readonly keys: ReadonlyMap<Unit, readonly string[]>;
  /** The units of each key, each unit once, in hierarchy order. */
  readonly byKey: ReadonlyMap<string, readonly Unit[]>;
}

export interface NameKeys extends KeyIndex {
  /**
   * The same keys without diacritics, for names typed without them: built on the first name the
   * keys with diacritics do not find (most consolidations never need them).
   */
  readonly folded: () => KeyIndex;
}

/** A normalised key without its diacritics ("huyện uỷ hoà bình" → "huyen uy hoa binh"). */
const fold = (key: string) => foldDiacritics(key);

function keyIndex(units: readonly Unit[], keysOf: (unit: Unit) => string[]): KeyIndex {
  const keys = new Map<Unit, string[]>();
  const byKey = new Map<string, Unit[]>();
  for (const unit of units) {
    const own = keysOf(unit);
    keys.set(unit, own);
    for (const key of new Set(own)) {
      const list = byKey.get(key);
      if (list) list.push(unit);
      else byKey.set(key, [unit]);
    }
  }
  return { keys, byKey };
}

export function nameKeys(units: readonly Unit[]): NameKeys {
  const index = keyIndex(units, (unit) => [unit.name, ...unit.aliases].map(normalizeName));
  let folded: KeyIndex | undefined;
  return { ...index, folded: () => (folded ??= keyIndex(units, (unit) => index.keys.get(unit)!.map(fold))) };
}

/**
 * The units a sheet's name for its issuing unit may mean, compared by normalizeName (case, NFC/NFD,
 * tone placement, punctuation, abbreviations such as CCQ, ĐUK). Sheets write the name in capitals,
 * often under the superior body on the line above ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH").
 * 1. the whole text, then each line from the last up, equal to a name or alias: those units;
 * 2. else units whose name or alias contains the text or is contained in it (whole words), without
 *    those that are the superior of another candidate (the line above the issuing unit).
 * 3. only when neither finds a unit: the same without diacritics, for names typed without them
 *    and file names ("huyen-uy-hoa-binh.xlsx"); two units that differ only by their marks
 *    (Tân Hòa, Tân Hóa) are then both candidates.
 * Only units for which `valid` holds (all without it) are candidates. Returns every candidate:
 * the caller asks the user when there is none or more than one.
 */
export function matchUnits(
  hierarchy: Hierarchy,
  name: string,
  names: NameKeys,
  valid?: (unit: Unit) => boolean,
): Unit[] {
  const found = matchIn(hierarchy, name, names, normalizeName, valid);
  return found.length > 0
    ? found
    : matchIn(hierarchy, name, names.folded(), (text) => fold(normalizeName(text)), valid);
}

function matchIn(
  hierarchy: Hierarchy,
  name: string,
  names: KeyIndex,
  keyOf: (text: string) => string,
  valid?: (unit: Unit) => boolean,
): Unit[] {
  const whole = keyOf(name);
  if (whole === "") return [];
  const candidate = (u: Unit) => valid === undefined || valid(u);
  const lines = [whole, ...name.split(/\r?\n/).map(keyOf).reverse()];
  for (const line of lines) {
    const exact = (names.byKey.get(line) ?? []).filter(candidate);
    if (exact.length > 0) return exact;
  }
  const loose = [...names.keys].flatMap(([u, keys]) =>
    candidate(u) && keys.some((k) => k !== "" && (contains(whole, k) || contains(k, whole))) ? [u] : [],
  );
  return loose.filter(
    (u) => !loose.some((other) => hierarchy.ancestors(other.code).some((a) => a.code === u.code)),
  );
}
