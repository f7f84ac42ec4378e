/**
 * What the "Mẫu biểu" tab remembers from one use to the next: the table (or every table of its appendix), the
 * unit and the period. Inside Excel the open workbook keeps it (a document setting) and the browser's storage
 * keeps the officer's last choice for new workbooks; standalone, the browser's storage alone.
 */
export interface Remembered {
  templateId: string;
  /** Every table of the template's appendix was chosen ("Tất cả các bảng của phụ lục này"). */
  allTables: boolean;
  unit: string;
  period: string;
}

export const NOTHING_REMEMBERED: Remembered = { templateId: "", allTables: false, unit: "", period: "" };

/** The storage key, in the workbook's settings and in the browser. */
export const REMEMBERED_KEY = "cchc.remembered";

/** Whatever was stored, as far as it is usable (older versions stored unit and period only). */
export function readRemembered(value: unknown): Remembered {
  const v = (typeof value === "object" && value !== null ? value : {}) as Partial<Record<keyof Remembered, unknown>>;
  const text = (x: unknown) => (typeof x === "string" ? x : "");
  return {
    templateId: text(v.templateId),
    allTables: v.allTables === true,
    unit: text(v.unit),
    period: text(v.period),
  };
}

/** Field by field, `first` where it says something, else `then`. */
export function preferRemembered(first: Remembered, then: Remembered): Remembered {
  return first.templateId
    ? { ...first, unit: first.unit || then.unit, period: first.period || then.period }
    : { ...then, unit: first.unit || then.unit, period: first.period || then.period };
}

/** The browser's storage where it can be used (some private modes refuse it). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export function loadStored(storage: KeyValueStorage | undefined): Remembered {
  try {
    return readRemembered(JSON.parse(storage?.getItem(REMEMBERED_KEY) ?? "{}"));
  } catch {
    // Nothing usable stored: start blank.
    return NOTHING_REMEMBERED;
  }
}
