import type { Issue } from "@tonghop/core";
import { issueMessage } from "../i18n.js";

/** An issue as the --json documents give it (DESIGN.md §6), in the chosen language plus English. */
export function issueJson(issue: Issue) {
  return {
    code: issue.code,
    severity: issue.severity,
    message: issueMessage(issue),
    messageEn: issue.messageEn,
    ...(issue.file === undefined ? {} : { file: issue.file }),
    ...(issue.sheet === undefined ? {} : { sheet: issue.sheet }),
    ...(issue.cell === undefined ? {} : { cell: issue.cell }),
    ...(issue.unit === undefined ? {} : { unit: issue.unit }),
    ...(issue.indicator === undefined ? {} : { indicator: issue.indicator }),
    ...(issue.fix === undefined ? {} : { fix: issue.fix }),
  };
}

/** Writes the one JSON document of a --json run: nothing else ever goes to stdout then. */
export function printJson(document: unknown): void {
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}
