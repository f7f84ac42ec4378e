import type { Locale } from "../../domain/rules/finding";
import { REQUIRED_EXCEL_API } from "./requirements";

/** What went wrong in Excel, as the user can act on it. */
export type OfficeErrorKind =
  "protected" | "readOnly" | "workbookProtected" | "editMode" | "nameTaken" | "tooLarge" | "unsupported" | "other";

/** Cells one sheet read may bring back (the "tooLarge" messages say it): far beyond any appendix, whose largest has a
 * few thousand, and read in chunks so that no response nears Excel on the web's 5 MB. */
export const READ_LIMIT_CELLS = 100_000;

/** What the task pane (MessageBar) and the ribbon command show for each kind. */
export const OFFICE_ERROR_MESSAGES: Record<OfficeErrorKind, Record<Locale, string>> = {
  protected: {
    vi: "Trang tính đang được bảo vệ nên không sửa được. Chọn Xem lại (Review) > Bỏ bảo vệ trang tính (Unprotect Sheet) rồi thử lại.",
    en: "The sheet is protected, so it cannot be changed. Choose Review > Unprotect Sheet, then try again.",
  },
  readOnly: {
    vi: "Sổ tính đang mở ở chế độ chỉ đọc nên không ghi được. Bấm Chỉnh sửa sổ làm việc (Edit Workbook), hoặc lưu một bản sao (Tệp > Lưu bản sao) rồi mở bản đó và thử lại.",
    en: "The workbook is open read-only, so nothing can be written. Choose Edit Workbook, or save a copy (File > Save a Copy), open it and try again.",
  },
  workbookProtected: {
    vi: "Cấu trúc sổ tính đang được bảo vệ nên không thêm được trang tính. Chọn Xem lại (Review) > Bảo vệ sổ làm việc (Protect Workbook) để bỏ bảo vệ rồi thử lại.",
    en: "The workbook's structure is protected, so no sheet can be added. Choose Review > Protect Workbook to turn it off, then try again.",
  },
  tooLarge: {
    vi: `Vùng dữ liệu của trang tính lớn hơn nhiều so với một phụ lục (quá 100.000 ô). Hãy mở đúng trang báo cáo, hoặc xóa các ô thừa nằm ngoài bảng (Ctrl+End cho biết ô cuối) rồi thử lại.`,
    en: `The sheet's data area is far larger than an appendix (over 100,000 cells). Open the report's sheet, or delete the stray cells outside the table (Ctrl+End shows the last one), then try again.`,
  },
  editMode: {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để ra khỏi ô đang sửa rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  nameTaken: {
    vi: "Tên trang tính vừa được dùng cho một trang khác. Hãy thử lại: một tên còn trống sẽ được chọn.",
    en: "The sheet name was just taken by another sheet. Try again: a free name will be chosen.",
  },
  unsupported: {
    vi: `Phiên bản Excel này chưa hỗ trợ chức năng cần dùng (ExcelApi ${REQUIRED_EXCEL_API}). Hãy dùng Excel 2021, Microsoft 365 hoặc Excel trên web; với Excel cũ hơn, hãy dùng trang CCHC độc lập trên trình duyệt.`,
    en: `This version of Excel lacks a feature the add-in needs (ExcelApi ${REQUIRED_EXCEL_API}). Use Excel 2021, Microsoft 365 or Excel on the web; with an older Excel, use the standalone CCHC page in a browser.`,
  },
  other: {
    vi: "Excel không thực hiện được thao tác. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính rồi mở lại Excel.",
    en: "Excel could not complete the operation. Try again; if it still fails, save the workbook and restart Excel.",
  },
};

/** An Excel failure with its kind; `detail` keeps Excel's own code and message for support. */
export class OfficeError extends Error {
  readonly kind: OfficeErrorKind;
  readonly detail: string;

  constructor(kind: OfficeErrorKind, detail = "") {
    super(OFFICE_ERROR_MESSAGES[kind].vi);
    this.name = "OfficeError";
    this.kind = kind;
    this.detail = detail;
  }

  text(locale: Locale): string {
    return OFFICE_ERROR_MESSAGES[this.kind][locale];
  }
}

/** Excel's error codes (OfficeExtension.Error.code) by the kind the user sees. */
const KIND_BY_CODE: Record<string, OfficeErrorKind> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "editMode",
  ItemAlreadyExists: "nameTaken",
  ApiNotFound: "unsupported",
  ApiNotAvailable: "unsupported",
  NotImplemented: "unsupported",
};

export function toOfficeError(e: unknown): OfficeError {
  if (e instanceof OfficeError) return e;
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : String(e);
  const detail = typeof code === "string" ? `${code}: ${text}` : text;
  const kind = (typeof code === "string" && KIND_BY_CODE[code]) || (/protected/i.test(text) ? "protected" : "other");
  return new OfficeError(kind, detail);
}

/** Runs an Office.js batch and turns whatever Excel throws into an OfficeError. */
export async function officeCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toOfficeError(e);
  }
}
