import { checkSheet } from "./actions/check.js";
import { runInExcel } from "./actions/run.js";
import { applyTotals } from "./actions/totals.js";

/**
 * Ribbon buttons (ExecuteFunction): the same actions as the task pane, without its UI. Kiểm tra
 * marks the cells (the notes explain them); Tính tổng writes the formulas at once.
 */
function command(action: (event: Office.AddinCommands.Event) => Promise<unknown>) {
  return (event: Office.AddinCommands.Event) => {
    action(event)
      .catch((error: unknown) => console.error(error))
      .finally(() => event.completed());
  };
}

Office.onReady(() => {
  Office.actions.associate(
    "checkSheet",
    command(() => runInExcel("check", (s) => checkSheet(s, "vi"))),
  );
  Office.actions.associate(
    "computeTotals",
    command(() => runInExcel("totals-apply", applyTotals)),
  );
});
