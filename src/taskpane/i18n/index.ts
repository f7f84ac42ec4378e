import type { Locale } from "../../domain/rules/finding";
import { en } from "./en";
import { vi, type Messages } from "./vi";

export type { Messages } from "./vi";

export const MESSAGES: Record<Locale, Messages> = { vi, en };

/** Vietnamese unless the language (Office's display language, or the browser's) is English. */
export function localeOf(language: string | undefined): Locale {
  return language?.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}

/** Where the standalone page keeps the language the user chose with the switch. */
export const LOCALE_KEY = "cchc.locale";

/**
 * The pane's language at start. Inside Excel (and an Excel too old for the pane) it follows Office's display
 * language. Standalone it is the language the user last chose, else Vietnamese: office computers often run an
 * English browser, and the page is made for Vietnamese officers.
 */
export function startLocale(mode: "excel" | "unsupported" | "standalone", language: string, chosen: string | null) {
  if (mode !== "standalone") return localeOf(language);
  return chosen === "en" ? "en" : "vi";
}
