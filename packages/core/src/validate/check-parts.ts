import type { Issue } from "../issue/issue.js";
import { isGiven } from "../total/children.js";
import type { CheckContext } from "./context.js";
import { approximateNoteEn, approximateNoteVi, nameEn, nameVi, numEn, numVi, softened } from "./describe.js";

/**
 * trong đó: a part cannot exceed its whole (NGHE_CBDV ≤ NGHE). The whole is the parent's value after
 * totals (its children's sum where they are given). PART.EXCEEDS_PARENT, an error (a warning when an
 * estimate is involved), at the part's cell.
 */
export function checkParts(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const part of ctx.form.indicators) {
    if (part.relation !== "partOf" || part.parent === undefined) continue;
    const value = ctx.values[part.code];
    const whole = ctx.values[part.parent];
    if (!isGiven(value) || !isGiven(whole) || value.value <= whole.value) continue;
    const approximate = value.approximate || whole.approximate;
    const cell = value.cell;
    issues.push(
      ctx.issue({
        code: "PART.EXCEEDS_PARENT",
        severity: softened("error", approximate),
        indicator: part.code,
        ...(cell === undefined ? {} : { cell }),
        vi: `${nameVi(ctx.form, part.code)}${cell === undefined ? "" : ` ở ô ${cell}`} là ${numVi(value.value)}, lớn hơn ${nameVi(ctx.form, part.parent)} là ${numVi(whole.value)}: phần «trong đó» không thể lớn hơn tổng. Hãy kiểm tra lại hai số này.${approximate ? approximateNoteVi : ""}`,
        en: `${nameEn(ctx.form, part.code)}${cell === undefined ? "" : ` in cell ${cell}`} is ${numEn(value.value)}, more than ${nameEn(ctx.form, part.parent)}, ${numEn(whole.value)}: an "of which" part cannot exceed its total. Check both figures.${approximate ? approximateNoteEn : ""}`,
      }),
    );
  }
  return issues;
}
