import { issuerOf, templateLayout, ttm01 } from "@tonghop/core";
import { writeWorkbook } from "@tonghop/xlsx";
import { CliError, EXIT } from "../errors.js";
import { say } from "../i18n.js";
import { loadHierarchy } from "../io/load-hierarchy.js";
import { writeOutput } from "../io/write-output.js";
import { parsePeriodOption } from "./period-option.js";

export interface TemplateOptions {
  readonly unit: string;
  readonly period: string;
  readonly out: string;
  readonly hierarchy?: string;
}

/** tonghop template --unit CODE --period ID --out <file.xlsx> [--hierarchy]: a blank TTM-01. */
export async function runTemplate(options: TemplateOptions): Promise<number> {
  const period = parsePeriodOption(options.period);
  const hierarchy = options.hierarchy === undefined ? undefined : loadHierarchy(options.hierarchy);
  if (hierarchy && !hierarchy.unit(options.unit)) {
    throw new CliError({
      vi: `Mã đơn vị "${options.unit}" không có trong danh sách đơn vị "${options.hierarchy}". Hãy kiểm tra --unit.`,
      en: `Unit code "${options.unit}" is not in the hierarchy "${options.hierarchy}". Check --unit.`,
    });
  }
  const issuer = issuerOf(hierarchy, options.unit);
  const spec = templateLayout(ttm01, { unit: options.unit, issuer, period, date: new Date() });
  await writeOutput(options.out, await writeWorkbook(spec));
  process.stdout.write(
    `${say({
      vi: `Đã ghi mẫu biểu TTM-01 của ${issuer.unit} (${options.unit}), ${period.label}: ${options.out}`,
      en: `Wrote a blank TTM-01 for ${issuer.unit} (${options.unit}), ${period.labelEn}: ${options.out}`,
    })}\n`,
  );
  return EXIT.ok;
}
