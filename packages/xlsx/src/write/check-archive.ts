import { openArchive } from "../archive/open-archive.js";
import { fileLabel, XlsxError } from "../error.js";
import type { ReadLimits } from "../limits.js";

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/**
 * Before a workbook is handed to ExcelJS (which unpacks and parses every part, without our
 * bounds), every entry is inflated once within the read limits and every XML part is checked for
 * DTD declarations.
 */
export function checkWholeArchive(bytes: Uint8Array, limits: ReadLimits, file?: string): void {
  const archive = openArchive(bytes, limits, file);
  for (const name of archive.names) {
    if (!/\.(xml|rels|vml)$/i.test(name)) {
      archive.bytes(name);
      continue;
    }
    const text = archive.text(name);
    if (text !== undefined && DECLARATION.test(text)) {
      const { vi, en } = fileLabel(file);
      throw new XlsxError(
        "XLSX.DTD",
        `${vi} chứa khai báo DOCTYPE/ENTITY (trong ${name}), điều Excel không bao giờ tạo ra; tệp bị từ chối vì lý do an toàn. Hãy mở bằng Excel, lưu lại rồi gửi lại, hoặc xin đơn vị gửi lại tệp.`,
        `${en} holds a DOCTYPE/ENTITY declaration (in ${name}), which Excel never writes; it is refused for safety. Open it in Excel and save it again, or ask the unit to send it again.`,
        file === undefined ? {} : { file },
      );
    }
  }
}
