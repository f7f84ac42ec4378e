import type { SheetLayout } from "../../domain/layout/model";
import type { Locale } from "../../domain/rules/finding";
import type { ReadReport } from "../model/check-files";
import type { FileCheck } from "../model/findings";
import type { MergeView } from "../model/merge-view";

/**
 * The pane's heavy work runs in a Web Worker, so that the page keeps answering (DESIGN.md section 2): each
 * operation names its input, the items it streams back as it goes (one per file, so that every message stays
 * small), and its result. The Office.js writes stay on the page; the worker only reads files, validates and
 * builds workbooks, by calling the same domain functions as the CLI.
 */
export interface Operations {
  /**
   * Reads and validates files: one FileCheck per file, in the order given; each compared with `previous`, an
   * earlier period's report, when one is given ("So với kỳ trước…").
   */
  check: {
    input: { files: NamedBlob[]; locale: Locale; completeness: boolean; previous?: NamedBlob };
    item: FileCheck;
    result: null;
  };
  /** Reads and validates one file, for a report the page works with itself (an earlier period's, in Excel). */
  read: { input: { file: NamedBlob; locale: Locale }; item: never; result: ReadReport };
  /** Writes sheet layouts as a new .xlsx workbook (the project's own writer, src/io/xlsx/write). */
  write: { input: { layouts: SheetLayout[]; title: string }; item: never; result: Uint8Array };
  /**
   * Reads and validates received files for the merge; the worker keeps them, under the page's keys, for the
   * merges to come (only counts cross back: the reports stay where the merge is worked out).
   */
  receive: { input: { files: KeyedBlob[]; locale: Locale }; item: never; result: null };
  /**
   * The merge of the received files named, in the order given, as the Tổng hợp tab shows it; or the keys this
   * worker does not hold (it was ended since, by a "Hủy"): the page then hands those files over again.
   */
  merge: { input: { keys: string[]; choice: MergeChoice }; item: never; result: { view: MergeView } | Missing };
  /**
   * The merge's output sheets: one item per sheet, for the open workbook (`as: "layouts"`), or a whole .xlsx to
   * download (`as: "xlsx"`).
   */
  outputs: {
    input: { keys: string[]; choice: MergeChoice; unit: string; leaves: boolean; as: "layouts" | "xlsx" };
    item: SheetLayout;
    result: { bytes?: Uint8Array } | Missing;
  };
  /** Lets received files go (removed from the list, or the list cleared). */
  forget: { input: { keys: string[] }; item: never; result: null };
}

/** What the consolidator chose for a merge (MergeOptions without the catalog's part). */
export interface MergeChoice {
  locale: Locale;
  templateId?: string;
  period?: string;
  roster: string[];
  preferred: string[];
  includeOtherPeriod: string[];
}

/** Files the worker was asked about and does not hold. */
export interface Missing {
  unknownKeys: string[];
}

export type Operation = keyof Operations;
export type Input<K extends Operation> = Operations[K]["input"];
export type Item<K extends Operation> = Operations[K]["item"];
export type Result<K extends Operation> = Operations[K]["result"];

/** A received file as the merge knows it: the page's key for it, and the file. */
export interface KeyedBlob extends NamedBlob {
  key: string;
}

/** A chosen file as it crosses to the worker: a File arrives there as a File, but is cloned as a plain Blob elsewhere. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

export interface Request<K extends Operation = Operation> {
  id: number;
  op: K;
  input: Input<K>;
}

export type Reply =
  | { id: number; type: "progress"; done: number; total: number }
  | { id: number; type: "item"; item: unknown }
  | { id: number; type: "done"; result: unknown }
  | { id: number; type: "failed"; message: string };
