import { fileLabel, XlsxError } from "../error.js";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tells the user what a file is when it is not a zip: an old .xls, a password-protected workbook
 * (Office wraps an encrypted .xlsx in an OLE2 container with an `EncryptionInfo` stream), or
 * something else entirely. Returns quietly for a zip.
 */
export function refuseNonZip(bytes: Uint8Array, file?: string): void {
  const { vi, en } = fileLabel(file);
  if (OLE2.every((b, i) => bytes[i] === b)) {
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      throw new XlsxError(
        "XLSX.ENCRYPTED",
        `${vi} được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại và gửi lại tệp.`,
        `${en} is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save it and send it again.`,
        { file },
      );
    }
    throw new XlsxError(
      "XLSX.OLD_XLS",
      `${vi} là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) (Tệp → Lưu thành).`,
      `${en} is an old Excel file (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) (File → Save As).`,
      { file },
    );
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new XlsxError(
      "XLSX.NOT_ZIP",
      `${vi} không phải là tệp Excel .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx), hoặc kiểm tra lại đã chọn đúng tệp.`,
      `${en} is not an Excel .xlsx file. Open it in Excel and save it as an Excel Workbook (.xlsx), or check that it is the right file.`,
      { file },
    );
  }
}

/** Whether `text` occurs in `bytes` as UTF-16LE, as OLE2 directory entry names are stored. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
