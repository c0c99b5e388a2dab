/**
 * A rate or average formula guarded against division by zero (a blank denominator counts as 0 in
 * Excel): `=IF(E20=0,"",ROUND(E21/E20,1))`, with `*100` for a percentage. Excel's ROUND rounds half
 * away from zero, which is half up for the non-negative counts of a report.
 */
export function ratioFormula(
  numeratorCell: string,
  denominatorCell: string,
  scale: number,
  decimals: number,
): string {
  const scaled = scale === 1 ? "" : `*${scale}`;
  return `=IF(${denominatorCell}=0,"",ROUND(${numeratorCell}/${denominatorCell}${scaled},${decimals}))`;
}
