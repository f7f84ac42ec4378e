import { unreadableMessage, type UnreadableReason } from "../domain/files/unreadable";
import type { Locale } from "../domain/rules/finding";
import { OfficeError } from "../io/office/errors";
import type { Messages } from "./i18n";

/** A file the user gave that is no workbook we can read (thrown where a file is read on the page: "Mẫu tự tạo"). */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
  ) {
    super(`${file}: ${reason}`);
    this.name = "UnreadableFileError";
  }
}

/**
 * What the pane shows for a failure, in the user's language: Excel's refusals and unreadable files say what to
 * do; anything else gets a plain sentence (the details go to the console for support), never a stack trace.
 * The files Kiểm tra validates are not failures when unreadable: their checks say why (model/findings.ts).
 */
export function errorText(e: unknown, locale: Locale, t: Messages): string {
  if (e instanceof OfficeError) return e.text(locale);
  if (e instanceof UnreadableFileError) return t.unreadableFile(e.file, unreadableMessage(e.reason, locale));
  return t.unexpectedError;
}
