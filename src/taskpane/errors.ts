import type { Locale } from "../domain/rules/finding";
import { OfficeError } from "../io/office/errors";
import type { Messages } from "./i18n";

/**
 * What the pane shows for a failure, in the user's language: Excel's refusals say what to do; anything else gets
 * a plain sentence (the details go to the console for support), never a stack trace. Files that cannot be read
 * are not failures: their checks say why (model/findings.ts).
 */
export function errorText(e: unknown, locale: Locale, t: Messages): string {
  if (e instanceof OfficeError) return e.text(locale);
  return t.unexpectedError;
}
