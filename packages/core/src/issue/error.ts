import type { Issue } from "./issue.js";

/**
 * The one error type core throws, for input that cannot be used at all (a form definition that
 * does not parse, a hierarchy with a cycle, a period label that is not a period). Data problems
 * inside a report are never thrown: they are returned as issues.
 */
export class TonghopError extends Error {
  override readonly name = "TonghopError";
  readonly code: string;
  /** English message; `message` is Vietnamese. */
  readonly messageEn: string;
  readonly issues: readonly Issue[];

  constructor(code: string, vi: string, en: string, issues: readonly Issue[] = []) {
    super(vi);
    this.code = code;
    this.messageEn = en;
    this.issues = issues;
  }
}

export const isTonghopError = (e: unknown): e is TonghopError => e instanceof TonghopError;
