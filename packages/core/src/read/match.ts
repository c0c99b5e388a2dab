import { childrenOf } from "../form/lookup.js";
import type { Form, Indicator } from "../form/schema.js";
import { foldedKey, labelKey, tokensOf, withoutOfWhich } from "./keys.js";

/**
 * How a row's label found its indicator: the code column, the label or a synonym word for word,
 * the label's words under the parent above it, or a clear majority of shared words.
 */
export type MatchedBy = "code" | "label" | "synonym" | "context" | "overlap";

export type RowMatch =
  | { readonly kind: "match"; readonly indicator: Indicator; readonly by: MatchedBy }
  | { readonly kind: "ambiguous"; readonly candidates: readonly Indicator[] }
  | { readonly kind: "none" };

/** Share of words (Dice coefficient) a label must have in common with an indicator's. */
export const OVERLAP_THRESHOLD = 0.7;
/** How far the best overlap must lead the next indicator's, or the row is ambiguous. */
export const OVERLAP_MARGIN = 0.15;
const EPSILON = 1e-9;

interface Entry {
  readonly indicator: Indicator;
  readonly synonym: boolean;
}

export interface LabelIndex {
  readonly form: Form;
  readonly codes: ReadonlyMap<string, Indicator>;
  /** Keys of labels and synonyms as written, and without diacritics. */
  readonly exact: ReadonlyMap<string, readonly Entry[]>;
  readonly folded: ReadonlyMap<string, readonly Entry[]>;
  /** Keys of "Trong đó: …" labels without "trong đó": weaker than the context of the rows above. */
  readonly part: ReadonlyMap<string, readonly Entry[]>;
  /** Word sets of each indicator's label and synonyms, "trong đó" left out. */
  readonly words: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
  /** Codes of the indicators some other indicator names as its parent. */
  readonly parents: ReadonlySet<string>;
}

function add(map: Map<string, Entry[]>, key: string, entry: Entry) {
  if (key === "") return;
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.indicator.code === entry.indicator.code)) list.push(entry);
  map.set(key, list);
}

const indexes = new WeakMap<Form, LabelIndex>();

/** The form's label index, built once per form: every sheet read with the form uses the same one. */
export function labelIndex(form: Form): LabelIndex {
  let index = indexes.get(form);
  if (index === undefined) {
    index = buildLabelIndex(form);
    indexes.set(form, index);
  }
  return index;
}

function buildLabelIndex(form: Form): LabelIndex {
  const codes = new Map<string, Indicator>();
  const exact = new Map<string, Entry[]>();
  const folded = new Map<string, Entry[]>();
  const part = new Map<string, Entry[]>();
  const words = new Map<string, ReadonlySet<string>[]>();
  const parents = new Set<string>();
  for (const indicator of form.indicators) {
    codes.set(indicator.code, indicator);
    if (indicator.parent !== undefined) parents.add(indicator.parent);
    const sets: ReadonlySet<string>[] = [];
    const texts = [indicator.label, ...indicator.synonyms];
    texts.forEach((text, i) => {
      const entry = { indicator, synonym: i > 0 };
      const key = labelKey(text);
      const fold = foldedKey(text);
      add(exact, key, entry);
      add(folded, fold, entry);
      if (withoutOfWhich(key) !== key) add(part, withoutOfWhich(key), entry);
      if (withoutOfWhich(fold) !== fold) add(part, withoutOfWhich(fold), entry);
      sets.push(new Set(tokensOf(withoutOfWhich(fold))));
    });
    words.set(indicator.code, sets);
  }
  return { form, codes, exact, folded, part, words, parents };
}

const unique = (list: readonly Indicator[]): Indicator[] => [
  ...new Map(list.map((i) => [i.code, i])).values(),
];

/** Among indicators that share a label, the one under the parent the rows above opened. */
function resolve(entries: readonly Entry[], parent: string | undefined): RowMatch {
  const candidates = unique(entries.map((e) => e.indicator));
  const inContext = candidates.length > 1 ? candidates.filter((c) => c.parent === parent) : candidates;
  if (inContext.length !== 1) return { kind: "ambiguous", candidates };
  const indicator = inContext[0]!;
  const synonym = entries.every((e) => e.indicator.code !== indicator.code || e.synonym);
  return { kind: "match", indicator, by: synonym ? "synonym" : "label" };
}

const covers = (sets: readonly ReadonlySet<string>[], words: readonly string[]) =>
  sets.some((set) => words.every((w) => set.has(w)));

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Finds the indicator of a row by its label, never guessing: the label or a synonym word for
 * word (with or without diacritics); else, under the parent the rows above opened, the one child
 * whose label holds all the row's words ("Trực tiếp", "Báo cáo viên" under "Tổng số lượt người
 * nghe"); else the "trong đó" label without those words; else the one indicator whose label words
 * the row holds with only its parent's words besides ("Số buổi TTM do BCV thực hiện"); else a clear
 * overlap of words; else the one indicator whose label holds all the row's words. Two indicators equally likely: ambiguous, neither is taken.
 */
export function matchLabel(index: LabelIndex, label: string, parent: string | undefined): RowMatch {
  const key = labelKey(label);
  const fold = foldedKey(label);
  const lookup = (map: ReadonlyMap<string, readonly Entry[]>, k: string) => [
    ...(map.get(k) ?? []),
    ...(map.get(withoutOfWhich(k)) ?? []),
  ];
  const exact = lookup(index.exact, key);
  if (exact.length > 0) return resolve(exact, parent);
  const folded = lookup(index.folded, fold);
  if (folded.length > 0) return resolve(folded, parent);

  const words = tokensOf(withoutOfWhich(fold));
  if (words.length === 0) return { kind: "none" };
  const setsOf = (i: Indicator) => index.words.get(i.code) ?? [];

  if (parent !== undefined) {
    const children = childrenOf(index.form, parent).filter((c) => covers(setsOf(c), words));
    if (children.length === 1) return { kind: "match", indicator: children[0]!, by: "context" };
  }
  // "TTV cốt cán" outside its parent's rows is still "Trong đó: tuyên truyền viên cốt cán".
  const part = [...lookup(index.part, key), ...lookup(index.part, fold)];
  if (part.length > 0) return resolve(part, parent);

  // "Số buổi TTM do BCV thực hiện": every word of one child's label, and only its parent's besides.
  const spelledOut = index.form.indicators.filter((i) => {
    const parentWords =
      i.parent === undefined ? [] : (index.words.get(i.parent) ?? []).flatMap((s) => [...s]);
    return setsOf(i).some((set) => {
      const allowed = new Set([...set, ...parentWords]);
      return [...set].every((w) => words.includes(w)) && words.every((w) => allowed.has(w));
    });
  });
  if (spelledOut.length === 1) return { kind: "match", indicator: spelledOut[0]!, by: "overlap" };

  const own = new Set(words);
  const scored = index.form.indicators
    .map((indicator) => ({ indicator, score: Math.max(0, ...setsOf(indicator).map((s) => dice(own, s))) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (first && first.score >= OVERLAP_THRESHOLD - EPSILON) {
    const rivals = scored.filter((s) => s.score > first.score - OVERLAP_MARGIN + EPSILON);
    if (rivals.length === 1 || !second) return { kind: "match", indicator: first.indicator, by: "overlap" };
    return { kind: "ambiguous", candidates: rivals.map((r) => r.indicator) };
  }

  const covering = words.length >= 2 ? index.form.indicators.filter((i) => covers(setsOf(i), words)) : [];
  if (covering.length === 1) return { kind: "match", indicator: covering[0]!, by: "overlap" };
  if (covering.length > 1) return { kind: "ambiguous", candidates: covering };
  return { kind: "none" };
}
