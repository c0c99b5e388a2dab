import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { formatViNumber } from "@tonghop/core";
import { CliError, errorText } from "../errors.js";
import type { Text } from "../i18n.js";

const MB = 1024 * 1024;

/** Bound on a hierarchy or targets file: a list of units or targets is kilobytes, never this. */
export const MAX_LIST_BYTES = 20 * MB;

/** What a file read by tonghop is, for the message that refuses it as too large. */
export type FileKind = "report" | "hierarchy" | "targets";

const tooLarge = (file: string, size: number, max: number, kind: FileKind): Text => {
  const sizes = {
    vi: `${formatViNumber(size / MB, 1)} MB, giới hạn ${formatViNumber(max / MB, 0)} MB`,
    en: `${(size / MB).toFixed(1)} MB, limit ${(max / MB).toFixed(0)} MB`,
  };
  const fix: Record<FileKind, Text> = {
    report: {
      vi: "Hãy kiểm tra đã chọn đúng tệp báo cáo; nếu đúng, hãy xóa các trang tính, hình ảnh thừa rồi lưu lại.",
      en: "Check that it is the right report; if it is, delete unneeded sheets and pictures and save it again.",
    },
    hierarchy: {
      vi: "Hãy kiểm tra đã chọn đúng tệp danh sách đơn vị (--hierarchy).",
      en: "Check that it is the right hierarchy file (--hierarchy).",
    },
    targets: {
      vi: "Hãy kiểm tra đã chọn đúng tệp chỉ tiêu JSON (--targets).",
      en: "Check that it is the right JSON targets file (--targets).",
    },
  };
  return {
    vi: `Tệp "${file}" quá lớn (${sizes.vi}); tonghop không đọc tệp này. ${fix[kind].vi}`,
    en: `"${file}" is too large (${sizes.en}); tonghop does not read it. ${fix[kind].en}`,
  };
};

/**
 * A file's bytes, refused by its size before any of it is read: a 1 GB file named by mistake
 * would otherwise cost twice its size in memory before the workbook reader's own bound refused it,
 * and one over 2 GB would stop with Node's English error. A missing or unreadable file stops with
 * a message naming it. Read synchronously: for the small files tonghop reads by the thousand this
 * is far quicker than fs/promises.
 */
export function readBytes(file: string, maxBytes: number, kind: FileKind): Uint8Array {
  let fd: number | undefined;
  try {
    // One open for the size and the bytes: a stat by name and then readFileSync's own open and
    // stat cost a third of reading a 10 KB workbook.
    fd = openSync(file, "r");
    const stats = fstatSync(fd);
    const { size } = stats;
    if (size > maxBytes) throw new CliError(tooLarge(file, size, maxBytes, kind));
    // A pipe or device has no size to go by: read to its end, as before.
    if (!stats.isFile() && !stats.isDirectory()) return new Uint8Array(readFileSync(fd));
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, bytes, filled, size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    throw new CliError(errorText(error, file));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
