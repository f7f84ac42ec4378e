import type { Locale } from "../rules/finding";

/** Why a file given to us cannot be read as a workbook, told so that the user knows what to do. */
export type UnreadableReason =
  "empty" | "xls" | "encrypted" | "notXlsx" | "corrupt" | "notFound" | "directory" | "noAppendix";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** "EncryptedPackage" in UTF-16LE: the stream name of a password-protected OOXML file inside its CFB container. */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file's first bytes say it is, before any attempt to parse it. */
export function sniffWorkbook(bytes: Uint8Array): "zip" | UnreadableReason {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) return contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted" : "xls";
  return "notXlsx";
}

const MESSAGES: Record<UnreadableReason, [string, string]> = {
  empty: ["Tệp rỗng (0 byte).", "The file is empty (0 bytes)."],
  xls: [
    "Tệp theo định dạng .xls cũ (Excel 97-2003). Hãy mở bằng Excel hoặc LibreOffice và lưu lại thành .xlsx.",
    "The file is an old .xls (Excel 97-2003) workbook. Open it in Excel or LibreOffice and save it as .xlsx.",
  ],
  encrypted: [
    "Tệp được đặt mật khẩu. Hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.",
    "The file is password-protected. Remove the password (File > Info > Protect Workbook) and send it again.",
  ],
  notXlsx: ["Tệp không phải là sổ tính Excel .xlsx.", "The file is not an Excel .xlsx workbook."],
  corrupt: ["Tệp .xlsx bị hỏng, không đọc được.", "The .xlsx file is damaged and cannot be read."],
  notFound: ["Không tìm thấy tệp.", "The file does not exist."],
  directory: ["Đây là một thư mục, không phải tệp.", "This is a folder, not a file."],
  noAppendix: [
    "Không nhận ra phụ lục nào của danh mục mẫu biểu trong tệp. Hãy điền số liệu vào mẫu lấy ở thẻ Mẫu biểu của CCHC, rồi gửi lại.",
    "No appendix of the catalog was recognised in the file. Fill in a template taken from the Templates tab of CCHC, and send it again.",
  ],
};

export function unreadableMessage(reason: UnreadableReason, locale: Locale): string {
  return MESSAGES[reason][locale === "vi" ? 0 : 1];
}
