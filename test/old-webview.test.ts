/**
 * The old-webview check (src/old-webview/check.js, inlined at the end of every page). Chromium cannot be made an
 * Internet Explorer 11 or EdgeHTML here, so the check is parsed as ES5 and run in a JavaScript context shaped like
 * those webviews: no ES2022 built-ins, and a Function constructor that compiles ES5 only (acorn, ES5), as their
 * engines do. test/e2e/old-webview.test.ts loads the built page in Chromium with the bundle blocked.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const CHECK = readFileSync(path.join(__dirname, "..", "src", "old-webview", "check.js"), "utf8");
const PAGE_URL = "https://cchc.sonoivu.example.gov.vn/addin/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN";

interface FakeNode {
  tag: string;
  text?: string;
  attributes: Record<string, string>;
  style: Record<string, string>;
  children: FakeNode[];
  onclick?: () => void;
}

const textOf = (n: FakeNode): string => (n.text ?? "") + n.children.map(textOf).join(" ");
const find = (n: FakeNode, tag: string): FakeNode[] => [
  ...(n.tag === tag ? [n] : []),
  ...n.children.flatMap((c) => find(c, tag)),
];

type Engine = "es5" | "polyfilled" | "es2022" | "csp";

/**
 * A page's window in an engine: "es5" (IE11, EdgeHTML), "polyfilled" (the same with ES2022 built-ins added by some
 * page script: the syntax is still old), "es2022" (WebView2, Safari), "csp" (no eval allowed).
 */
function webview(engine: Engine, page: string, office?: Record<string, unknown>) {
  const node = (tag: string): FakeNode => ({ tag, attributes: {}, style: {}, children: [] });
  const body = node("body");
  body.children.push(node("div")); // the pane's root, blank until a bundle renders into it
  const listeners: Record<string, (() => void)[]> = {};
  const element = (tag: string) => {
    const n = node(tag);
    return Object.assign(n, {
      appendChild: (c: FakeNode) => (n.children.push(c), c),
      setAttribute: (k: string, v: string) => (n.attributes[k] = v),
    });
  };
  const document = {
    documentElement: { getAttribute: (name: string) => (name === "data-cchc-page" ? page : null) },
    body: Object.defineProperty(
      Object.assign(body, {
        removeChild: (c: FakeNode) => body.children.splice(body.children.indexOf(c), 1),
        appendChild: (c: FakeNode) => (body.children.push(c), c),
      }),
      "firstChild",
      { get: () => body.children[0] ?? null },
    ),
    createElement: element,
    createTextNode: (text: string) => ({ ...node("#text"), text }),
    addEventListener: (type: string, f: () => void) => (listeners[type] ??= []).push(f),
  };
  const window: Record<string, unknown> = {
    location: { href: PAGE_URL },
    addEventListener: (type: string, f: () => void) => (listeners[type] ??= []).push(f),
    ...(office ? { Office: office } : {}),
  };
  const context = vm.createContext({ document, window, ...(office ? { Office: office } : {}) });
  if (engine === "es5") vm.runInContext("delete Object.hasOwn; delete Array.prototype.at;", context);
  if (engine === "es5" || engine === "polyfilled") {
    // What IE11 and EdgeHTML lack of ES2022, and a compiler that knows ES5 only.
    context.Function = function (source: string) {
      parse(source, { ecmaVersion: 5 });
      return () => undefined;
    };
    vm.runInContext("Function.prototype.constructor = Function;", context);
  }
  if (engine === "csp")
    context.Function = function () {
      throw new (vm.runInContext("EvalError", context))("Refused to evaluate a string as JavaScript");
    };
  // SyntaxError and EvalError from the compiler must be the context's own, as in a browser.
  if (engine === "es5" || engine === "polyfilled") {
    const compile = context.Function as (s: string) => unknown;
    const ContextSyntaxError = vm.runInContext("SyntaxError", context);
    context.Function = function (source: string) {
      try {
        return compile(source);
      } catch (e) {
        throw new ContextSyntaxError(String(e));
      }
    };
  }
  vm.runInContext(CHECK, context, { filename: "check.js" });
  return {
    body,
    window,
    text: () => textOf(body),
    fire: (type: string) => (listeners[type] ?? []).forEach((f) => f()),
  };
}

describe("the old-webview check", () => {
  it("is ES5: it parses where the bundles (ES2022) would not", () => {
    expect(() => parse(CHECK, { ecmaVersion: 5 })).not.toThrow();
  });

  it("in an IE11 or EdgeHTML webview, replaces the blank pane with the message and the standalone page's address", () => {
    const page = webview("es5", "taskpane");
    const text = page.text();
    expect(text).toContain("Phiên bản Excel này dùng trình duyệt nhúng cũ nên không mở được ngăn CCHC.");
    expect(text).toContain("This version of Excel uses an old built-in browser");
    const links = find(page.body, "a").map((a) => a.attributes.href);
    expect(links).toEqual([
      "https://cchc.sonoivu.example.gov.vn/addin/standalone.html",
      "https://cchc.sonoivu.example.gov.vn/addin/standalone.html",
    ]);
    expect(find(page.body, "div").some((d) => d.attributes.role === "alert")).toBe(true);
  });

  it("tells an old engine by its syntax too, where ES2022 built-ins were added to it", () => {
    expect(webview("polyfilled", "taskpane").text()).toContain("standalone.html");
  });

  it("in a modern webview, leaves the page to the bundle that started", () => {
    const page = webview("es2022", "taskpane");
    page.window.cchcStarted = true;
    page.fire("load");
    expect(page.text()).toBe("");
  });

  it("in a modern webview whose bundle never started (blocked, or unparsable), shows the message at load", () => {
    const page = webview("es2022", "taskpane");
    expect(page.text()).toBe("");
    page.fire("load");
    expect(page.text()).toContain("standalone.html");
  });

  it("takes a policy that forbids eval for no proof of an old engine", () => {
    const page = webview("csp", "taskpane");
    page.window.cchcStarted = true;
    page.fire("load");
    expect(page.text()).toBe("");
  });

  it("keeps the ribbon's Kiểm tra answering in an old webview: the message in a dialog, then completed", () => {
    const associated: Record<string, (event: { completed: () => void }) => void> = {};
    const dialogs: string[] = [];
    const handlers: Record<string, () => void> = {};
    const office = {
      onReady: (f: () => void) => f(),
      actions: { associate: (name: string, f: (event: { completed: () => void }) => void) => (associated[name] = f) },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        ui: {
          displayDialogAsync: (url: string, _o: unknown, callback: (r: unknown) => void) => {
            dialogs.push(url);
            callback({
              status: "succeeded",
              value: { close: () => undefined, addEventHandler: (t: string, h: () => void) => (handlers[t] = h) },
            });
          },
        },
      },
    };
    const page = webview("es5", "commands", office);
    // Both ways Office finds the function: the global name (older hosts) and Office.actions.
    expect(page.window.validateActiveSheet).toBe(associated.validateActiveSheet);
    const completed = jest.fn();
    associated.validateActiveSheet({ completed });
    expect(dialogs).toEqual(["https://cchc.sonoivu.example.gov.vn/addin/summary.html"]);
    expect(completed).not.toHaveBeenCalled();
    handlers.message();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("gives the dialog a close button in an old webview", () => {
    const messages: string[] = [];
    const page = webview("es5", "summary", { context: { ui: { messageParent: (m: string) => messages.push(m) } } });
    const [close] = find(page.body, "button");
    expect(textOf(close)).toBe("Đóng / Close");
    close.onclick!();
    expect(messages).toEqual(["close"]);
  });
});
