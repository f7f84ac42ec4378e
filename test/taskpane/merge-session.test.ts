import { catalog } from "../../src/domain/catalog";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets, OUTPUT_SHEETS } from "../../src/domain/merge/output-sheets";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { fileRows } from "../../src/taskpane/model/merge-view";
import { receiveFile } from "../../src/taskpane/model/receive-file";
import { CancelledError } from "../../src/taskpane/worker/client";
import { MergeSession } from "../../src/taskpane/worker/merge-session";
import type { MergeChoice } from "../../src/taskpane/worker/protocol";
import { filledTemplate } from "../helpers/workbooks";
import { channelWorker } from "./worker-helpers";

const PERIOD = "Năm 2020";
const choice: MergeChoice = { locale: "vi", roster: [], preferred: [], includeOtherPeriod: [] };

/** A unit's report of Khánh Hòa Phụ lục 2 II.1, as a chosen file. */
async function report(unit: string, n: number, modified: number): Promise<File> {
  const bytes = await filledTemplate("kh-pl2-ii1", unit, PERIOD, { "1@y2019": 10 * n, "2@y2019": n });
  return new File([bytes.slice()], `${unit}.xlsx`, { lastModified: modified });
}

describe("the Tổng hợp tab's files in the worker", () => {
  let files: File[];
  beforeAll(async () => {
    files = [
      await report("Sở Nội vụ", 1, 1),
      await report("Sở Tư pháp", 2, 2),
      await report("UBND huyện Cam Lâm", 3, 3),
      new File([new TextEncoder().encode("không phải Excel")], "hong.xlsx", { lastModified: 4 }),
    ];
  });

  it("reads them in the worker and shows the merge the domain works out of them", async () => {
    const { worker } = channelWorker();
    const session = new MergeSession(worker);
    const progress: number[] = [];
    const received = await session.receive(files, "vi", { progress: (done) => progress.push(done) }).result;
    expect(received.map((r) => r.name)).toEqual(files.map((f) => f.name));
    expect(progress[progress.length - 1]).toBe(files.length);
    // Chosen again, the same files are not received twice.
    expect(await session.receive(files.slice(0, 2), "vi").result).toEqual([]);
    const view = await session.merge(
      received.map((r) => r.key),
      choice,
    );
    // The same rows as the merge of the same files on the page would give.
    const onPage = await Promise.all(files.map((f) => receiveFile(f, "vi")));
    const direct = fileRows(mergeFiles(onPage, catalog(), { ...choice, roster: undefined }), onPage);
    expect(view.rows.map((r) => [r.file, r.status, r.reason])).toEqual(direct.map((r) => [r.file, r.status, r.reason]));
    expect(view.tables).toEqual([{ id: "kh-pl2-ii1", label: "Khánh Hòa – Phụ lục 2, bảng II.1 (2020)", units: 3 }]);
    expect([view.units, view.fileBase, view.period]).toEqual([3, "tong-hop-kh-pl2-ii1", PERIOD]);
  });

  it("writes the outputs as sheets for the open workbook, or as one .xlsx, with the consolidating unit", async () => {
    const { worker } = channelWorker();
    const session = new MergeSession(worker);
    const keys = (await session.receive(files.slice(0, 3), "vi").result).map((r) => r.key);
    const options = { unit: "Sở Nội vụ tỉnh Khánh Hòa", leaves: false };
    const sheets = await session.outputs(keys, choice, { ...options, as: "layouts" }).result;
    const received = await Promise.all(files.slice(0, 3).map((f) => receiveFile(f, "vi")));
    const direct = mergeOutputSheets({ ...mergeFiles(received, catalog(), choice), unit: options.unit }, "vi");
    expect(sheets.layouts.map((l) => l.sheetName)).toEqual(direct.map((l) => l.sheetName));
    expect(sheets.layouts).toEqual(direct);
    const xlsx = await session.outputs(keys, choice, { ...options, as: "xlsx" }).result;
    const opened = await openWorkbook(xlsx.bytes!);
    expect(opened.ok && opened.source.sheetNames()).toEqual(expect.arrayContaining(Object.values(OUTPUT_SHEETS)));
  });

  it("hands the files over again to a worker that lost them (after a Hủy), so the merge is the same", async () => {
    const { worker, stats } = channelWorker();
    const session = new MergeSession(worker);
    const keys = (await session.receive(files.slice(0, 3), "vi").result).map((r) => r.key);
    const before = await session.merge(keys, choice);
    // Reading more files, cancelled: the worker is ended, and what it held with it.
    const more = session.receive([files[3]], "vi", {});
    more.cancel();
    await expect(more.result).rejects.toBeInstanceOf(CancelledError);
    expect(stats.terminated).toBe(1);
    const after = await session.merge(keys, choice);
    expect(after).toEqual(before);
    expect(stats.started).toBe(2);
  });

  it("stops writing the merge at Hủy; the next write, in a new worker, has the files handed over again", async () => {
    const { worker, stats } = channelWorker();
    const session = new MergeSession(worker);
    const keys = (await session.receive(files.slice(0, 3), "vi").result).map((r) => r.key);
    const options = { unit: "", leaves: false, as: "xlsx" } as const;
    const writing = session.outputs(keys, choice, options);
    writing.cancel();
    await expect(writing.result).rejects.toBeInstanceOf(CancelledError);
    expect(stats.terminated).toBe(1);
    const again = await session.outputs(keys, choice, options).result;
    const opened = await openWorkbook(again.bytes!);
    expect(opened.ok && opened.source.sheetNames()).toEqual(expect.arrayContaining(Object.values(OUTPUT_SHEETS)));
    expect(stats.started).toBe(2);
  });

  it("lets files go: a merge of what is left", async () => {
    const { worker } = channelWorker();
    const session = new MergeSession(worker);
    const keys = (await session.receive(files, "vi").result).map((r) => r.key);
    await session.forget([keys[3]]);
    const view = await session.merge(keys.slice(0, 3), choice);
    expect(view.rows.map((r) => r.file)).not.toContain("hong.xlsx");
    await expect(session.merge(keys, choice)).rejects.toThrow(/lost received files/);
  });
});
