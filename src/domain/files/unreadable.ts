import type { Locale } from "../rules/finding";

/**
 * Why a file given to us cannot be read as a workbook, told so that the user knows what to do. The first group
 * comes from the bytes, the second from the file system (the command line's inputs).
 */
export type UnreadableReason =
  | "empty"
  | "xls"
  | "encrypted"
  | "notXlsx"
  | "corrupt"
  | "tooLarge"
  | "malformed"
  | "noAppendix"
  | "notFound"
  | "directory"
  | "special"
  | "denied"
  | "pathTooLong"
  | "linkLoop"
  | "ioError";

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
  tooLarge: [
    "Tệp quá lớn để đọc an toàn (vượt giới hạn dung lượng, số ô hoặc số trang tính). Một báo cáo phụ lục chỉ vài trăm KB: hãy kiểm tra đúng tệp, xóa các trang tính, hàng, cột thừa rồi lưu lại.",
    "The file is too large to read safely (beyond the limits on size, cells or sheets). An appendix report is a few hundred KB: check that it is the right file, delete unused sheets, rows and columns, and save it again.",
  ],
  malformed: [
    "Cấu trúc tệp .xlsx bất thường (kích thước khai báo sai, các phần chồng lên nhau), Excel và LibreOffice không ghi ra như vậy: không đọc để an toàn. Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại thành .xlsx rồi gửi lại.",
    "The .xlsx file has an abnormal structure (sizes that lie, parts that overlap) that Excel and LibreOffice never write: it is not read, for safety. Ask the unit to open it in Excel, save it as .xlsx and send it again.",
  ],
  notFound: ["Không tìm thấy tệp.", "The file does not exist."],
  directory: ["Đây là một thư mục, không phải tệp.", "This is a folder, not a file."],
  special: [
    "Đây không phải tệp thông thường (thiết bị, FIFO hoặc socket): bỏ qua, không đọc.",
    "This is not a regular file (a device, FIFO or socket): set aside, not read.",
  ],
  denied: [
    "Không có quyền đọc tệp hoặc thư mục này. Hãy chép nó vào thư mục của bạn hoặc xin cấp quyền đọc.",
    "No permission to read this file or folder. Copy it to a folder of yours or ask for read access.",
  ],
  pathTooLong: [
    "Đường dẫn quá dài, hệ điều hành không mở được. Hãy chuyển tệp lên thư mục nông hơn hoặc đặt tên ngắn hơn.",
    "The path is too long for the operating system to open. Move the file to a shallower folder or give it a shorter name.",
  ],
  linkLoop: [
    "Liên kết tượng trưng trỏ vòng quanh, không dẫn tới tệp nào.",
    "The symbolic link loops and leads to no file.",
  ],
  ioError: [
    "Hệ điều hành báo lỗi khi đọc tệp này. Hãy chép tệp sang ổ đĩa khác rồi thử lại.",
    "The operating system failed to read this file. Copy it to another drive and try again.",
  ],
  noAppendix: [
    "Không nhận ra phụ lục nào của danh mục mẫu biểu trong tệp. Hãy điền số liệu vào mẫu lấy ở thẻ Mẫu biểu của CCHC, rồi gửi lại.",
    "No appendix of the catalog was recognised in the file. Fill in a template taken from the Templates tab of CCHC, and send it again.",
  ],
};

export function unreadableMessage(reason: UnreadableReason, locale: Locale): string {
  return MESSAGES[reason][locale === "vi" ? 0 : 1];
}
