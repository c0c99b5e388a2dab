import { Period, ttm01 } from "@tonghop/core";
import type { ExcelSession } from "../excel/session.js";
import { freeSheetName, queueNewSheet, templateLayout } from "./layout.js";

/** Mẫu biểu: adds a blank TTM-01 sheet for a unit and period, and opens it. Two syncs. */
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
  const layout = templateLayout(ttm01, {
    name,
    unitCode: input.unitCode,
    unitName: input.unitName,
    periodLabel: period.label,
    periodId: period.id,
  });
  const sheet = await queueNewSheet(session, layout);
  sheet.activate();
  await session.sync();
  return { sheet: name, period };
}
