import { catalog } from "../../src/domain/catalog";
import { buildLayout } from "../../src/domain/layout/build-layout";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import type { FileCheck } from "../../src/taskpane/model/findings";
import {
  CancelledError,
  PaneWorker,
  runInTurn,
  WorkerJobError,
  type WorkerLike,
} from "../../src/taskpane/worker/client";
import type { NamedBlob } from "../../src/taskpane/worker/protocol";
import { camRanhPeriod, camRanhUnit, camRanhValues } from "../fixtures/cam-ranh-2021-values";
import { filledTemplate } from "../helpers/workbooks";
import { channelWorker, inPageWorker } from "./worker-helpers";

let report: Uint8Array;
beforeAll(async () => {
  report = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, camRanhValues);
});

const files = (n: number): NamedBlob[] =>
  Array.from({ length: n }, (_, i) => ({ name: `don-vi-${i + 1}.xlsx`, blob: new Blob([report.slice()]) }));

/** Runs a check job to its end, with what it streamed. */
async function check(worker: PaneWorker, input: NamedBlob[]) {
  const items: FileCheck[] = [];
  const progress: number[] = [];
  const job = worker.run(
    "check",
    { files: input, locale: "vi", completeness: false },
    {
      item: (c) => items.push(c),
      progress: (done) => progress.push(done),
    },
  );
  return { result: await job.result, items, progress };
}

describe("the pane worker", () => {
  it("reads and validates files across a structured-clone boundary, one result per file", async () => {
    const { worker, stats } = channelWorker();
    const { result, items, progress } = await check(worker, files(3));
    expect(result).toBeNull();
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(items.map((c) => c.file)).toEqual(["don-vi-1.xlsx", "don-vi-2.xlsx", "don-vi-3.xlsx"]);
    expect(items[0].sheets[0].findings.map((f) => f.indicator)).toEqual(["7.6.3.a"]);
    // One worker served both jobs.
    await check(worker, files(1));
    expect(stats).toEqual({ started: 1, terminated: 0 });
  });

  it("writes layouts into a workbook whose bytes come back whole", async () => {
    const { worker } = channelWorker();
    const layout = buildLayout(catalog().get("bd-pl1")!.template, { unit: "Sở Nội vụ", period: "Năm 2020" });
    const bytes = await worker.run("write", { layouts: [layout], title: "Bình Định PL1" }).result;
    const opened = await openWorkbook(bytes);
    expect(opened.ok && opened.source.sheetNames()).toContain("PL1");
  });

  it("stops at once when cancelled, ending the worker, and starts a fresh one for the next job", async () => {
    const { worker, stats } = channelWorker();
    const items: FileCheck[] = [];
    const job = worker.run(
      "check",
      { files: files(20), locale: "vi", completeness: false },
      {
        item: (c) => {
          items.push(c);
          if (items.length === 2) job.cancel();
        },
      },
    );
    await expect(job.result).rejects.toBeInstanceOf(CancelledError);
    expect(items).toHaveLength(2);
    expect(stats.terminated).toBe(1);
    const next = await check(worker, files(1));
    expect(next.items).toHaveLength(1);
    expect(stats).toEqual({ started: 2, terminated: 1 });
  });

  it("runs its jobs on the page where no worker can start, and can still cancel them", async () => {
    const worker = inPageWorker();
    const { items } = await check(worker, files(2));
    expect(items.map((c) => c.sheets.length)).toEqual([1, 1]);
    let seen = 0;
    const job = worker.run(
      "check",
      { files: files(5), locale: "vi", completeness: false },
      {
        item: () => {
          if (++seen === 1) job.cancel();
        },
      },
    );
    await expect(job.result).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toBe(1);
  });

  it("moves its jobs to the page when the worker's script fails to load", async () => {
    let failed: WorkerLike | undefined;
    const worker = new PaneWorker(() => {
      failed = {
        onmessage: null,
        onerror: null,
        postMessage: () => setTimeout(() => failed!.onerror?.(new Event("error")), 0),
        terminate: () => undefined,
      };
      return failed;
    });
    const { items } = await check(worker, files(1));
    expect(items.map((c) => c.file)).toEqual(["don-vi-1.xlsx"]);
  });

  it("reports a job's failure with its message, for support", async () => {
    const { worker } = channelWorker();
    const broken = worker.run("write", { layouts: [{} as never], title: "x" }).result;
    await expect(broken).rejects.toBeInstanceOf(WorkerJobError);
    await expect(broken).rejects.toThrow(/TypeError/);
  });
});

describe("So với kỳ trước in the worker", () => {
  const values = (total: number) => ({ ...camRanhValues, "6.1": 4, "6.2": total });

  it("compares each file with the earlier period's report, and says with which", async () => {
    const earlier = await filledTemplate("kh-dinhky-pl2", camRanhUnit, "Quý I/2021", values(10));
    const later = await filledTemplate("kh-dinhky-pl2", camRanhUnit, camRanhPeriod, values(9));
    const { worker } = channelWorker();
    const items: FileCheck[] = [];
    await worker.run(
      "check",
      {
        files: [{ name: "6-thang.xlsx", blob: new Blob([later.slice()]) }],
        locale: "vi",
        completeness: false,
        previous: { name: "quy-1.xlsx", blob: new Blob([earlier.slice()]) },
      },
      { item: (c) => items.push(c) },
    ).result;
    const [sheet] = items[0].sheets;
    expect(sheet.comparedWith).toBe("quy-1.xlsx");
    expect(sheet.findings.filter((f) => f.code.startsWith("period.")).map((f) => [f.code, f.indicator])).toEqual([
      ["period.cumulativeFall", "6.2"],
    ]);
    expect(sheet.warnings).toBe(1);
  });

  it("checks the files alone, and says so, when the earlier report cannot be read", async () => {
    const { worker } = channelWorker();
    const items: FileCheck[] = [];
    await worker.run(
      "check",
      {
        files: files(1),
        locale: "en",
        completeness: false,
        previous: {
          name: "cu.xls",
          blob: new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])]),
        },
      },
      { item: (c) => items.push(c) },
    ).result;
    expect(items[0].previousUnreadable).toEqual({ file: "cu.xls", reason: "xls" });
    expect(items[0].sheets[0].comparedWith).toBeUndefined();
    expect(items[0].sheets[0].findings.map((f) => f.indicator)).toEqual(["7.6.3.a"]);
  });

  it("reads one file for the page, its report whole", async () => {
    const { worker } = channelWorker();
    const read = await worker.run("read", { file: files(1)[0], locale: "vi" }).result;
    expect(read.ok && read.report.sheets.map((s) => [s.sheet, s.recognition.unit.value])).toEqual([
      ["PL2-Định kỳ", camRanhUnit],
    ]);
  });
});

describe("a long list of files handed to the worker in turn", () => {
  const slices = (n: number, size: number) =>
    Array.from({ length: n }, () => ({
      size,
      input: { files: files(size), locale: "vi" as const, completeness: false },
    }));

  it("is one job: progress over every file, every item, one worker", async () => {
    const { worker, stats } = channelWorker();
    const items: FileCheck[] = [];
    const progress: number[] = [];
    await runInTurn(worker, "check", slices(3, 2), {
      item: (c) => items.push(c),
      progress: (done, total) => progress.push(done / total),
    }).result;
    expect(items).toHaveLength(6);
    expect(progress[progress.length - 1]).toBe(1);
    // Never backwards: each slice counts on from the last.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(stats.started).toBe(1);
  });

  it("stops at once when cancelled, the slices left never sent", async () => {
    const { worker } = channelWorker();
    let seen = 0;
    const job = runInTurn(worker, "check", slices(4, 2), {
      item: () => {
        if (++seen === 3) job.cancel();
      },
    });
    await expect(job.result).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toBe(3);
  });
});
