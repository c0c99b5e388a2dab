/**
 * `items.map(fn)`, always as a packed array. Array.prototype.map gives a packed array from its
 * builtin and a holey one where TurboFan inlines it, so a hot loop over arrays made both ways
 * meets a second array map and is thrown away and compiled again ("wrong map": unitColumns,
 * keepCompleteBreakdowns and checkSumFormula in every national consolidation). An array literal
 * grown by push stays packed in every tier.
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(fn(items[i]!, i));
  return mapped;
}
