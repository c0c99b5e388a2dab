import type { Issue, Severity } from "@tonghop/core";
import { issueMessage, say } from "../i18n.js";
import { table } from "./table.js";

export const severityLabel = (severity: Severity): string =>
  say(
    severity === "error"
      ? { vi: "Lỗi", en: "Error" }
      : severity === "warning"
        ? { vi: "Cảnh báo", en: "Warning" }
        : { vi: "Thông tin", en: "Info" },
  );

/** Counts by severity: "2 lỗi, 1 cảnh báo". */
export function issueCounts(issues: readonly Issue[]): string {
  const n = (s: Severity) => issues.filter((i) => i.severity === s).length;
  return say({
    vi: `${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} thông tin`,
    en: `${n("error")} errors, ${n("warning")} warnings, ${n("info")} notes`,
  });
}

/** Issues as a short table (cell, severity, code, message); at most `limit` rows, then a count. */
export function issuesTable(issues: readonly Issue[], limit = 40, withFile = false): string {
  const shown = issues.slice(0, limit);
  const headers = [
    ...(withFile ? [say({ vi: "Tệp", en: "File" })] : []),
    say({ vi: "Ô", en: "Cell" }),
    say({ vi: "Mức", en: "Level" }),
    say({ vi: "Mã lỗi", en: "Code" }),
    say({ vi: "Nội dung", en: "Message" }),
  ];
  const rows = shown.map((i) => [
    ...(withFile ? [i.file ?? ""] : []),
    i.cell === undefined ? "" : `${i.sheet === undefined ? "" : `${i.sheet}!`}${i.cell}`,
    severityLabel(i.severity),
    i.code,
    issueMessage(i),
  ]);
  const more =
    issues.length > limit
      ? `\n${say({ vi: `… và ${issues.length - limit} mục khác`, en: `… and ${issues.length - limit} more` })}`
      : "";
  return table(headers, rows) + more;
}
