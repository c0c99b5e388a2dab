import { Period, templateLayout, ttm01 } from "@tonghop/core";
import { freeSheetName, queueWorkbook } from "../excel/render.js";
import type { ExcelSession } from "../excel/session.js";

/**
 * Mẫu biểu: adds the blank TTM-01 that the CLI's `tonghop template` writes, for a unit and period,
 * and opens it. Two syncs.
 */
export async function insertTemplate(
  session: ExcelSession,
  input: { unitCode: string; unitName: string; period: string },
): Promise<{ sheet: string; period: Period }> {
  // Period.parse throws TonghopError PERIOD.UNREADABLE with a Vietnamese message: shown as it is.
  const period = Period.parse(input.period);
  const worksheets = session.context.workbook.worksheets;
  worksheets.load("items/name");
  await session.sync();
  const name = freeSheetName(
    `TTM-01 ${input.unitCode || "DV"} ${period.id}`,
    worksheets.items.map((w) => w.name),
  );
  const spec = templateLayout(ttm01, {
    unit: input.unitCode,
    period,
    date: new Date(),
    issuer: { superior: "", unit: input.unitName || input.unitCode },
    sheetName: name,
  });
  const [sheet] = await queueWorkbook(session, spec);
  sheet?.activate();
  await session.sync();
  return { sheet: name, period };
}
