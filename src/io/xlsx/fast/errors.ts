/**
 * Why bytes that look like a zip cannot be read as a workbook: "corrupt" for a damaged or unsupported zip or
 * workbook part, "notXlsx" for a sound zip that holds no workbook (a .docx, a plain archive), "tooLarge" beyond
 * a reading budget (./budgets), "malformed" for a structure no spreadsheet program writes (sizes that lie,
 * entries that share bytes), which is how decompression bombs are built.
 */
export class XlsxReadError extends Error {
  constructor(
    readonly reason: "corrupt" | "notXlsx" | "tooLarge" | "malformed",
    message: string,
  ) {
    super(message);
    this.name = "XlsxReadError";
  }
}

export const corrupt = (message: string): XlsxReadError => new XlsxReadError("corrupt", message);

export const malformed = (message: string): XlsxReadError => new XlsxReadError("malformed", message);

export const tooLarge = (message: string): XlsxReadError => new XlsxReadError("tooLarge", message);
