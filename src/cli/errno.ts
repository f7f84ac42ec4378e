import type { UnreadableReason } from "../domain/files/unreadable";

/** The error code of a failed system call ("EACCES"), if it is one. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** What a failed read of an input file or folder means to the user. */
export function unreadableOf(e: unknown): UnreadableReason {
  switch (errnoOf(e)) {
    case "ENOENT":
    case "ENOTDIR":
      return "notFound";
    case "EISDIR":
      return "directory";
    case "EACCES":
    case "EPERM":
      return "denied";
    case "ENAMETOOLONG":
      return "pathTooLong";
    case "ELOOP":
      return "linkLoop";
    case "ENXIO":
    case "ENODEV":
      return "special";
    default:
      return "ioError";
  }
}

/** Why writing (or creating a folder) failed, as the end of a Vietnamese sentence: "không ghi được tệp X: ...". */
const WRITE_FAILURES: Record<string, string> = {
  EACCES: "không có quyền ghi",
  EPERM: "hệ điều hành không cho phép ghi",
  EROFS: "ổ đĩa hoặc thư mục đó chỉ cho đọc",
  ENOSPC: "đĩa đầy",
  EDQUOT: "đã hết hạn mức dung lượng trên đĩa",
  ENAMETOOLONG: "đường dẫn quá dài",
  EISDIR: "đó là một thư mục",
  ENOTDIR: "một phần của đường dẫn không phải là thư mục",
  ENOENT: "thư mục chứa nó không tồn tại",
  ELOOP: "đường dẫn có liên kết tượng trưng trỏ vòng quanh",
  EMFILE: "chương trình đang mở quá nhiều tệp",
  ENFILE: "hệ thống đang mở quá nhiều tệp",
  EBUSY: "tệp đang bị chương trình khác dùng",
  ETXTBSY: "tệp đang bị chương trình khác dùng",
  EEXIST: "đã có một tệp trùng tên",
  EIO: "lỗi đọc ghi của thiết bị",
  EFBIG: "tệp vượt cỡ tối đa của ổ đĩa",
};

/** A failed write in Vietnamese; the code itself only for errors this table does not know. */
export function writeFailure(e: unknown): string {
  const code = errnoOf(e);
  return (code && WRITE_FAILURES[code]) ?? `lỗi hệ thống${code ? ` ${code}` : ""}`;
}
