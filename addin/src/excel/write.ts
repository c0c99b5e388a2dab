import type { CellEdit } from "@tonghop/core";
import { type Block, blockAddress, blockBytes, chunkBlocks, planWrites } from "./blocks.js";
import type { ExcelSession } from "./session.js";

/**
 * Queues blocks on a sheet: one `range.formulas` (or `range.numberFormat`) assignment per block.
 * A batch that would pass the session's byte budget is sent first; the last batch stays queued
 * for the caller's closing sync, so a write that fits the budget costs no sync of its own.
 */
export async function queueBlocks(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  blocks: readonly Block[],
  property: "formulas" | "numberFormat",
): Promise<void> {
  for (const batch of chunkBlocks(blocks, session.limitBytes)) {
    const bytes = batch.reduce((sum, block) => sum + blockBytes(block), 0);
    if (session.queuedBytes > 0 && session.queuedBytes + bytes > session.limitBytes) await session.sync();
    for (const block of batch) {
      const range = sheet.getRange(blockAddress(block));
      // Office.js types these matrices as any[][]; the blocks are plain data.
      range[property] = block.cells as unknown as string[][];
    }
    session.queued(bytes);
  }
}

/** Queues core's cell edits (formulas, values, number formats) in contiguous blocks. Marks are written by marks.ts. */
export async function queueEdits(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  edits: readonly CellEdit[],
): Promise<{ blocks: number }> {
  const plan = planWrites(edits);
  await queueBlocks(session, sheet, plan.formats, "numberFormat");
  await queueBlocks(session, sheet, plan.content, "formulas");
  return { blocks: plan.content.length + plan.formats.length };
}
