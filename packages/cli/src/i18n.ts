/**
 * The language of the command's own messages: Vietnamese by default, English with `--lang en` or
 * TONGHOP_LANG=en. Messages found in the data (issues) carry both languages already.
 */
export type Lang = "vi" | "en";

let current: Lang = "vi";

export const lang = (): Lang => current;

export function setLang(value: string | undefined): void {
  current = value?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** The language asked for before commander parses anything, so help texts come out in it. */
export function langFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? env.TONGHOP_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** A message in both languages; the current one is picked when it is shown. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export const say = (text: Text): string => text[current];

/** One of an issue's two messages, in the current language. */
export const issueMessage = (issue: { message: string; messageEn: string }): string =>
  current === "en" ? issue.messageEn : issue.message;
