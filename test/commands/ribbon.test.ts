/**
 * The ribbon's Kiểm tra as Office calls it (commands.ts, registered with Office.actions.associate): whatever goes
 * wrong, the command completes, once, so that Office does not show the button as busy forever.
 */
type Handler = (event: { completed: () => void }) => Promise<void>;

interface FakeOffice {
  handler?: Handler;
  dialog: (url: string, options: unknown, callback: (result: unknown) => void) => void;
}

const fake: FakeOffice = { dialog: () => undefined };

beforeAll(() => {
  Object.assign(globalThis, {
    window: { location: { href: "https://example.test/cchc/commands.html" } },
    Office: {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (_name: string, handler: Handler) => (fake.handler = handler) },
      // No Excel API: the command sums up that this Excel is too old, without touching a workbook.
      context: {
        displayLanguage: "vi-VN",
        requirements: { isSetSupported: () => false },
        document: { url: "" },
        ui: { displayDialogAsync: (url: string, o: unknown, cb: (r: unknown) => void) => fake.dialog(url, o, cb) },
      },
      AsyncResultStatus: { Failed: "failed", Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  jest.isolateModules(() => require("../../src/commands/commands"));
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).window;
});

async function press(): Promise<jest.Mock> {
  const completed = jest.fn();
  await fake.handler!({ completed });
  // Let the dialog's callback (run by the fake at once or later) finish.
  await new Promise((resolve) => setImmediate(resolve));
  return completed;
}

describe("the ribbon's Kiểm tra command", () => {
  it("is registered with Office", () => {
    expect(fake.handler).toBeInstanceOf(Function);
  });

  it("completes when the summary dialog cannot be opened at all (displayDialogAsync throws)", async () => {
    fake.dialog = () => {
      throw new Error("12007: a dialog is already open");
    };
    expect((await press()).mock.calls).toHaveLength(1);
  });

  it("completes when the dialog's answer cannot be handled", async () => {
    fake.dialog = (_url, _o, callback) => callback({ status: "succeeded", value: undefined });
    expect((await press()).mock.calls).toHaveLength(1);
  });

  it("completes when the dialog fails to open, and once only when it is then closed", async () => {
    fake.dialog = (_url, _o, callback) => callback({ status: "failed" });
    expect((await press()).mock.calls).toHaveLength(1);
    const handlers: Record<string, () => void> = {};
    fake.dialog = (_url, _o, callback) =>
      callback({
        status: "succeeded",
        value: { close: () => undefined, addEventHandler: (type: string, h: () => void) => (handlers[type] = h) },
      });
    const completed = await press();
    expect(completed.mock.calls).toHaveLength(0);
    handlers.message();
    handlers.event();
    expect(completed.mock.calls).toHaveLength(1);
  });
});
