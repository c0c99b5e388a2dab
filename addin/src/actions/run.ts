import { type Capabilities, detectCapabilities } from "../excel/requirements.js";
import { ExcelSession, type SyncStats } from "../excel/session.js";

/** The sync cost of the last run of each action, for the benchmark and the tests. */
export const actionStats: Record<string, SyncStats> = {};

export function capabilities(): Capabilities {
  return detectCapabilities(Office.context.requirements);
}

/** Runs one action in one Excel.run batch context, counting its syncs. */
export async function runInExcel<T>(action: string, body: (session: ExcelSession) => Promise<T>): Promise<T> {
  const caps = capabilities();
  return Excel.run(async (context) => {
    const session = new ExcelSession(context, caps);
    try {
      return await body(session);
    } finally {
      actionStats[action] = { ...session.stats };
    }
  });
}
