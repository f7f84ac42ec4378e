/**
 * Why bytes that look like a zip cannot be read as a workbook: "corrupt" for a damaged or unsupported zip or
 * workbook part, "notXlsx" for a sound zip that holds no workbook (a .docx, a plain archive).
 */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: "corrupt" | "notXlsx",
    message: string,
  ) {
    super(message);
    this.name = "XlsxReadError";
  }
}

export const corrupt = (message: string): XlsxReadError => new XlsxReadError("corrupt", message);
