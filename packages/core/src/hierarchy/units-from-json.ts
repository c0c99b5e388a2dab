import { z } from "zod";
import { TonghopError } from "../issue/error.js";
import { createIssue } from "../issue/issue.js";
import { toIsoDate } from "./iso-date.js";
import type { UnitInput } from "./unit.js";

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || undefined);

const optionalDate = optionalText.check((ctx) => {
  if (ctx.value !== undefined && toIsoDate(ctx.value) === undefined) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: `"${ctx.value}" is not a date (dd/mm/yyyy or yyyy-mm-dd)`,
    });
  }
});

/** One unit of a JSON hierarchy file: `{code, name, kind, parent, validFrom, validTo, aliases, successor}`. */
export const unitJsonSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  kind: z.string().trim().default(""),
  parent: optionalText,
  validFrom: optionalDate,
  validTo: optionalDate,
  /** An array, or one text with names separated by `;` as in the CSV. */
  aliases: z
    .union([z.array(z.string()), z.string()])
    .nullish()
    .transform((value) =>
      (typeof value === "string" ? value.split(";") : (value ?? [])).map((a) => a.trim()).filter(Boolean),
    ),
  successor: optionalText,
});

export const hierarchyJsonSchema = z.array(unitJsonSchema);

/**
 * Units from a parsed JSON hierarchy file. Dates come out ISO; empty or null optional fields are
 * dropped. Throws TonghopError "HIERARCHY.UNREADABLE" whose issues name the unit (1-based) and field.
 */
export function unitsFromJson(value: unknown): UnitInput[] {
  const result = hierarchyJsonSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const [index, field] = issue.path;
      const where =
        typeof index === "number"
          ? {
              vi: `Đơn vị thứ ${index + 1}${field === undefined ? "" : `, trường "${String(field)}"`}`,
              en: `Unit ${index + 1}${field === undefined ? "" : `, field "${String(field)}"`}`,
            }
          : { vi: "Tệp", en: "The file" };
      return createIssue({
        code: "HIERARCHY.BAD_VALUE",
        severity: "error",
        vi: `${where.vi}: giá trị không hợp lệ (${issue.message}).`,
        en: `${where.en}: invalid value (${issue.message}).`,
      });
    });
    throw new TonghopError(
      "HIERARCHY.UNREADABLE",
      `Không đọc được danh sách đơn vị JSON: ${issues.map((i) => i.message).join(" ")}`,
      `Cannot read the JSON list of units: ${issues.map((i) => i.messageEn).join(" ")}`,
      issues,
    );
  }
  return result.data.map((unit) => {
    const input: Record<string, unknown> = {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      aliases: unit.aliases,
    };
    for (const key of ["parent", "successor"] as const) if (unit[key] !== undefined) input[key] = unit[key];
    for (const key of ["validFrom", "validTo"] as const) {
      const iso = unit[key] === undefined ? undefined : toIsoDate(unit[key]);
      if (iso !== undefined) input[key] = iso;
    }
    return input as unknown as UnitInput;
  });
}
