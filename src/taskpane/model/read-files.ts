import type { ReceivedFile } from "../../domain/merge/select";
import type { Locale } from "../../domain/rules/finding";

/** What the pane needs of a chosen file (a DOM File). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Lets the browser paint (the progress bar) between two files: reading a workbook holds the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads and validates received files one by one, as the merge needs them: every file becomes a ReceivedFile,
 * readable or with the reason it is not. The reader is loaded on first use only (a separate, small chunk).
 */
export async function readReceived(
  files: readonly PickedFile[],
  locale: Locale,
  onProgress: (done: number, total: number) => void,
): Promise<ReceivedFile[]> {
  const { receiveWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ "../../io/xlsx/receive-workbook");
  const out: ReceivedFile[] = [];
  for (const [i, f] of files.entries()) {
    onProgress(i, files.length);
    await nextFrame();
    // A file moved or changed on disk since it was chosen cannot be read any more.
    const bytes = await f.arrayBuffer().then(
      (b) => new Uint8Array(b),
      () => undefined,
    );
    out.push(
      bytes
        ? await receiveWorkbook(f.name, bytes, locale)
        : { file: f.name, outcome: { ok: false, reason: "notFound" } },
    );
  }
  onProgress(files.length, files.length);
  return out;
}

/** A roster chosen as a file (.txt, .csv or .xlsx): its units, or undefined when it cannot be read. */
export async function readRosterFile(file: PickedFile): Promise<string[] | undefined> {
  const { readRoster } = await import(/* webpackChunkName: "xlsx-reader" */ "../../io/xlsx/read-roster");
  const bytes = await file.arrayBuffer().then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
  const read = bytes && (await readRoster(bytes, file.name));
  return read?.ok ? read.units : undefined;
}
