/** What the pane needs of a chosen file (a DOM File). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
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
