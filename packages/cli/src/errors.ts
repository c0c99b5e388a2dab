import { isTonghopError } from "@tonghop/core";
import { say, type Text } from "./i18n.js";

/** Exit codes of DESIGN.md §6: nothing wrong, errors in the data, the command could not run. */
export const EXIT = { ok: 0, dataErrors: 1, cannotRun: 2 } as const;

/**
 * The command could not run: a usage mistake, a file that cannot be read or written, a hierarchy
 * that is not one. Its message says which file and what to do; main prints it, never a stack.
 */
export class CliError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.en);
    this.text = text;
  }
}

const fileNamed = (file: string | undefined): Text =>
  file === undefined ? { vi: "tệp", en: "the file" } : { vi: `tệp "${file}"`, en: `"${file}"` };

/** What went wrong while working on `file`, in both languages, with what to do about it. */
export function errorText(error: unknown, file?: string): Text {
  if (error instanceof CliError) return error.text;
  const where: Text =
    file === undefined ? { vi: "", en: "" } : { vi: `Tệp "${file}": `, en: `File "${file}": ` };
  if (isTonghopError(error)) {
    // The issues' own messages, unless the error's message already says them.
    const details = error.issues.filter((i) => !error.message.includes(i.message)).slice(0, 10);
    const list = (en: boolean) => details.map((i) => `\n  - ${en ? i.messageEn : i.message}`).join("");
    // xlsx errors already name the file they were given.
    const named = file !== undefined && error.message.includes(file);
    return {
      vi: `${named ? "" : where.vi}${error.message}${list(false)}`,
      en: `${named ? "" : where.en}${error.messageEn}${list(true)}`,
    };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = fileNamed(file);
  if (code === "ENOENT") {
    return {
      vi: `Không tìm thấy ${name.vi}. Hãy kiểm tra lại đường dẫn.`,
      en: `${file === undefined ? "File" : `File "${file}"`} not found. Check the path.`,
    };
  }
  if (code === "EACCES" || code === "EPERM") {
    return {
      vi: `Không có quyền đọc ${name.vi}. Hãy kiểm tra quyền của tệp hoặc thư mục.`,
      en: `No permission to read ${name.en}. Check the file's or folder's permissions.`,
    };
  }
  if (code === "EISDIR") {
    return {
      vi: `"${file}" là một thư mục, không phải tệp .xlsx. Hãy chỉ ra một tệp.`,
      en: `"${file}" is a folder, not an .xlsx file. Give a file.`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    vi: `${where.vi}không xử lý được (${reason}). Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi thử lại.`,
    en: `${where.en}could not be processed (${reason}). Open it in Excel, save it as .xlsx and try again.`,
  };
}

/** {@link errorText} in the current language. */
export const describeError = (error: unknown, file?: string): string => say(errorText(error, file));
