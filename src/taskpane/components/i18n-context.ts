import { createContext, useContext } from "react";
import type { Locale } from "../../domain/rules/finding";
import { MESSAGES, type Messages } from "../i18n";

export interface I18n {
  locale: Locale;
  t: Messages;
}

export const I18nContext = createContext<I18n>({ locale: "vi", t: MESSAGES.vi });

export const useI18n = (): I18n => useContext(I18nContext);
