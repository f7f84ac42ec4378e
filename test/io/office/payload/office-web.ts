import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/**
 * Microsoft's own Office.js, as Excel on the web runs it, in a Node `vm` context: office.js (the CDN loader) reads
 * the host information Excel on the web gives an add-in's frame (`_host_Info`, `_xdm_Info`), loads
 * excel-web-16.00.js and its strings as script tags, and talks to its parent window over postMessage (Office's
 * XDM channel). Here the parent window is `ExcelOnTheWeb` below: it receives every message exactly as the
 * serialised text Excel on the web's frame would receive, records it, and answers. Nothing of Office.js is
 * replaced: Office.onReady, Excel.run, the request context, the RichApi request built from a batch, the
 * DispIdHost facade and the XDM client endpoint are the shipped code.
 *
 * The browser the scripts need is small: a document that turns <script src> into running the file from
 * node_modules/@microsoft/office-js/dist, <a> elements that parse URLs (Office's origin checks), window
 * message events, sessionStorage, timers.
 */

const DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Excel on the web's frame: Office.js trusts only Microsoft's web app domains over https. */
export const HOST_ORIGIN = "https://excel.officeapps.live.com";
const PAGE = "https://cchc.example.gov.vn/taskpane.html";
const CONVERSATION = "cchc-conversation";
const CONTROL = "cchc-control";
/** OSF.DDA.MethodDispId.dispidExecuteRichApiRequestMethod: an Excel JavaScript API batch. */
const RICH_API_DISPATCH = 93;

/** One Excel JavaScript API batch as Excel on the web received it. */
export interface RecordedRequest {
  /** Bytes of the message posted to the host frame (UTF-8), the whole envelope. */
  bytes: number;
  /** The RichApi request body inside it: what Office.js built from the queued commands. */
  body: RichApiRequest;
}

/** The RichApi request body (OfficeExtension's ProcessQuery message). */
export interface RichApiRequest {
  Actions: RichApiAction[];
  ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiAction {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RichApiObjectPath {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

/** What the host answers to a batch: the response body, or an Excel error for the whole batch. */
export type RichApiResponse =
  { ok: true; results: { ActionId: number; Value: unknown }[] } | { ok: false; code: string; message: string };

/** The workbook behind the host frame: runs one batch, answers it. */
export type BatchRunner = (request: RichApiRequest) => Promise<RichApiResponse>;

interface XdmMessage {
  _messageType: number;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _actionType: number;
  _data: unknown;
}

type Listener = (event: { data: string; origin: string; source: unknown }) => void;

function element(tag: string, onAppend: (child: FakeElement) => void): FakeElement {
  const attributes = new Map<string, string>();
  const el: FakeElement = {
    tagName: tag.toUpperCase(),
    style: {},
    setAttribute(name, value) {
      attributes.set(name, value);
      if (name === "src") el.src = value;
    },
    getAttribute: (name) => attributes.get(name) ?? null,
    appendChild(child) {
      onAppend(child);
      return child;
    },
    removeChild: (child) => child,
    addEventListener: () => undefined,
  };
  if (tag === "a") {
    // Office's origin checks parse URLs with an <a> element.
    let href = "";
    Object.defineProperty(el, "href", {
      get: () => href,
      set(value: string) {
        href = value;
        const url = new URL(value, PAGE);
        Object.assign(el, { protocol: url.protocol, hostname: url.hostname, port: url.port, host: url.host });
      },
    });
  }
  return el;
}

interface FakeElement {
  tagName: string;
  style: Record<string, string>;
  src?: string;
  onload?: () => void;
  onerror?: () => void;
  onreadystatechange?: () => void;
  readyState?: string;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  appendChild(child: FakeElement): FakeElement;
  removeChild(child: FakeElement): FakeElement;
  addEventListener(): void;
  [key: string]: unknown;
}

/**
 * Excel on the web's side of the channel: the add-in frame's parent window. It records each batch and hands it
 * to `run`; everything else Office.js says to its host at start (context, focus, telemetry, event registration)
 * is answered as the host does.
 */
export class ExcelOnTheWeb {
  readonly requests: RecordedRequest[] = [];
  /** The global scope of the add-in frame: Office, Excel, OfficeExtension live here. */
  readonly window: vm.Context & { Office: typeof Office; Excel: typeof Excel };
  private readonly listeners: Listener[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private ready: Promise<unknown>;

  constructor(
    private readonly run: BatchRunner,
    opts: { excelApi?: number; uiLanguage?: string } = {},
  ) {
    const uiLanguage = opts.uiLanguage ?? "en-US";
    const hostInfo = `Excel$Web$16.01$${uiLanguage}$telemetry$$$0`;
    const parentWindow = { postMessage: (message: string) => this.receive(message) };
    const head = element("head", (child) => this.loadScript(child));
    const officeScript = element("script", () => undefined);
    officeScript.src = `${CDN}office.js`;
    const storage = new Map<string, string>();
    const trackTimer =
      <A extends unknown[]>(create: (f: () => void, ms?: number, ...a: A) => ReturnType<typeof setTimeout>) =>
      (f: () => void, ms?: number, ...a: A) => {
        const handle = create(f, ms, ...a);
        this.timers.add(handle);
        return handle;
      };
    const win: Record<string, unknown> = {
      location: {
        href: `${PAGE}?_host_Info=${hostInfo}`,
        origin: new URL(PAGE).origin,
        protocol: "https:",
        hostname: new URL(PAGE).hostname,
        search: `?_host_Info=${hostInfo}`,
        hash: `#&_serializer_version=1&_xdm_Info=${CONVERSATION}$${CONTROL}$${encodeURIComponent(HOST_ORIGIN)}`,
      },
      name: "",
      navigator: { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36", language: uiLanguage },
      parent: parentWindow,
      opener: null,
      history: {},
      addEventListener: (type: string, listener: Listener) => {
        if (type === "message") this.listeners.push(listener);
      },
      removeEventListener: () => undefined,
      setTimeout: trackTimer(setTimeout),
      setInterval: trackTimer(setInterval),
      clearTimeout,
      clearInterval,
      console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: console.error },
      performance,
      URL,
      sessionStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => storage.set(k, String(v)),
        removeItem: (k: string) => storage.delete(k),
      },
      document: {
        URL: PAGE,
        domain: new URL(PAGE).hostname,
        cookie: "",
        readyState: "complete",
        head,
        body: element("body", () => undefined),
        createElement: (tag: string) => element(tag, () => undefined),
        getElementsByTagName: (tag: string) => (tag === "script" ? [officeScript] : tag === "head" ? [head] : []),
        querySelectorAll: () => [],
        addEventListener: () => undefined,
        hasFocus: () => false,
      },
    };
    win.window = win;
    win.self = win;
    win.top = win;
    this.window = vm.createContext(win) as ExcelOnTheWeb["window"];
    this.excelApi = opts.excelApi ?? 1.9;
    vm.runInContext(readFileSync(path.join(DIST, "office.js"), "utf8"), this.window, { filename: "office.js" });
    this.ready = (this.window.Office.onReady() as Promise<unknown>).then((info) => info);
  }

  private readonly excelApi: number;

  /** Office.onReady's answer: `{ host: "Excel", platform: "OfficeOnline" }`. */
  onReady(): Promise<unknown> {
    return this.ready;
  }

  /** Runs a batch function as the add-in does, through the page's own Excel.run. */
  excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.ready.then(() => this.window.Excel.run(batch));
  }

  /** Stops Office.js's timers (its channel polls while calls are pending). */
  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** A <script src> appended by office.js: the file from the package's dist, then its onload. */
  private loadScript(script: FakeElement): void {
    const src = script.src;
    if (script.tagName !== "SCRIPT" || !src) return;
    setImmediate(() => {
      if (!src.startsWith(CDN)) throw new Error(`office.js asked for a script outside its CDN: ${src}`);
      const file = path.join(DIST, src.slice(CDN.length));
      vm.runInContext(readFileSync(file, "utf8"), this.window, { filename: file });
      script.readyState = "loaded";
      script.onload?.();
      script.onreadystatechange?.();
    });
  }

  private receive(message: string): void {
    const request = JSON.parse(message) as XdmMessage;
    // Answered later, as a frame's message event comes after postMessage returns.
    setImmediate(() => void this.answer(request, message));
  }

  private async answer(request: XdmMessage, message: string): Promise<void> {
    switch (request._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        return this.reply(request, this.appContext());
      case "executeMethod": {
        const data = request._data as { ArrayData: unknown[]; DdaMethod: { DispatchId: number } };
        if (data.DdaMethod.DispatchId !== RICH_API_DISPATCH)
          throw new Error(`Office.js called host method ${data.DdaMethod.DispatchId}, which this host does not run`);
        const body = JSON.parse(String(data.ArrayData[4])) as RichApiRequest;
        this.requests.push({ bytes: Buffer.byteLength(message, "utf8"), body });
        const response = await this.run(body);
        const responseBody = response.ok
          ? { Results: response.results }
          : { Error: { Code: response.code, Message: response.message, HttpStatusCode: 400 } };
        // The host's answer to a RichApi call: [status, headers, body].
        return this.reply(request, { Version: 1, Error: 0, Data: [200, [], JSON.stringify(responseBody)] });
      }
      default:
        // Focus and telemetry notes (notifyHost) and event registrations (ribbon commands, RichApi events):
        // acknowledged, as the host does.
        return this.reply(request, request._actionType === 0 ? null : { Error: 0 });
    }
  }

  /** What Excel on the web tells an add-in about itself at start: an Excel workbook, the API it runs. */
  private appContext() {
    return {
      _id: CONTROL,
      _appName: 16, // OSF.AppName.ExcelWebApp
      _appVersion: "16.0",
      _appUILocale: "en-US",
      _dataLocale: "en-US",
      _docUrl: "https://contoso.sharepoint.com/Shared%20Documents/Bao%20cao.xlsx",
      _clientMode: 1, // read-write
      _settings: [],
      _reason: 0,
      _osfControlType: 0,
      _eToken: "",
      _correlationId: "cchc",
      _appMinorVersion: 0,
      _requirementMatrix: JSON.stringify({ ExcelApi: this.excelApi }),
    };
  }

  private reply(request: XdmMessage, data: unknown): void {
    const response = {
      _messageType: 1,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _errorCode: 0,
      _responseType: 0,
      _data: data,
      _serializerVersion: 1,
    };
    const event = { data: JSON.stringify(response), origin: HOST_ORIGIN, source: null };
    for (const listener of this.listeners) listener(event);
  }
}
