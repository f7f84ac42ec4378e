import type { Locale } from "../../domain/rules/finding";
import { en } from "./en";
import { vi, type Messages } from "./vi";

export type { Messages } from "./vi";

export const MESSAGES: Record<Locale, Messages> = { vi, en };

/** Vietnamese unless the language (Office's display language, or the browser's) is English. */
export function localeOf(language: string | undefined): Locale {
  return language?.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}
