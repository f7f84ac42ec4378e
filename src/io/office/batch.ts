import { OfficeError } from "./errors";

/**
 * What one Office.js request may carry. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded), and a batch of many thousand actions is slow everywhere: a batch is sent
 * once its estimate passes either figure. The estimate is deliberately high (each command counted at the size of
 * a long range path, data as its UTF-8 JSON twice over for the escaping of the message it travels in), so that a
 * real request stays far below the limit: test/io/office/payload measures the real requests.
 */
export const REQUEST_BUDGET = { bytes: 1_000_000, commands: 600 } as const;

/** A command's own weight in a request: its object path, actions and ids. */
const COMMAND_BYTES = 900;
/** Rows of a values or number-format block are sent in chunks of at most this much data. */
export const BLOCK_BYTES = 250_000;

const encoder = new TextEncoder();

/** Bytes a value takes in the request, its JSON escaped once more inside the message. */
export function dataBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length * 2;
}

/**
 * One logical write spread over as few requests as the budget allows: the caller counts what it queues, and the
 * batch syncs when the estimate passes the budget. Screen updating stays suspended for each request (Excel
 * repaints once per sync, not once per command).
 */
export class BudgetedBatch {
  private bytes = 0;
  private commands = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: { bytes: number; commands: number } = REQUEST_BUDGET,
  ) {
    this.suspendScreen();
  }

  /** Counts `commands` queued commands carrying `bytes` of data; sends the batch once past the budget. */
  async queued(commands: number, bytes = 0): Promise<void> {
    this.commands += commands;
    this.bytes += commands * COMMAND_BYTES + bytes;
    if (this.commands >= this.budget.commands || this.bytes >= this.budget.bytes) await this.sync();
  }

  /** Sends what is queued. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
    this.commands = 0;
    this.suspendScreen();
  }

  private suspendScreen(): void {
    this.context.application.suspendScreenUpdatingUntilNextSync();
  }
}

/**
 * Refuses, with the reason the user can act on, to write into a workbook open read-only or whose structure is
 * protected (`addsSheets`). Queue it before a sync; the returned check runs after it.
 */
export function queueWritableCheck(context: Excel.RequestContext, addsSheets: boolean): () => void {
  const workbook = context.workbook;
  workbook.load("readOnly");
  if (addsSheets) workbook.protection.load("protected");
  return () => {
    if (workbook.readOnly) throw new OfficeError("readOnly");
    if (addsSheets && workbook.protection.protected) throw new OfficeError("workbookProtected");
  };
}
