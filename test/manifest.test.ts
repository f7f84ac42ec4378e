import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { ManifestInfo } from "office-addin-manifest";
import { REQUIRED_EXCEL_API } from "../src/io/office/requirements";

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBase, productionManifest, DEV_ORIGIN } = require("../scripts/manifest.js") as {
  addinBase(value: string, name?: string): string;
  productionManifest(xml: string, base: string, supportUrl?: string): string;
  DEV_ORIGIN: string;
};

/** Every English UI locale Office.js ships strings for (its en-* folders): Office reports one of them. */
const ENGLISH_LOCALES = readdirSync(
  path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
)
  .filter((d) => /^en-/.test(d))
  .map((d) => d.toLowerCase());
/** The icon sizes of Microsoft's icon guidelines for add-in commands. */
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** An element of xml2js's tree: children by name (arrays), attributes under "$". */
type Xml = { $?: Record<string, string> } & { [name: string]: Xml[] | Record<string, string> | undefined };

/**
 * The manifest as office-addin-manifest reads it (readManifestFile) and as its XML parser sees it. Read in a
 * child Node: the package loads ESM-only dependencies (uuid, strip-bom), which Node requires but jest's CommonJS
 * runtime cannot.
 */
function readManifest(file = MANIFEST): { info: ManifestInfo; xml: Xml } {
  const script = `
    const { OfficeAddinManifest } = require("office-addin-manifest");
    const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
    Promise.all([OfficeAddinManifest.readManifestFile(process.argv[1]), new ManifestHandlerXml(process.argv[1]).parseXmlAsync()])
      .then(([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
}

const children = (x: Xml, name: string): Xml[] => (x[name] as Xml[] | undefined) ?? [];
const child = (x: Xml, ...names: string[]): Xml =>
  names.reduce((node, name) => {
    const found = children(node, name)[0];
    if (!found) throw new Error(`no <${name}> in the manifest`);
    return found;
  }, x);
const attr = (x: Xml | undefined, name: string) => x?.$?.[name];
/** Every element of the tree with the given name, at any depth. */
function all(x: Xml, name: string): Xml[] {
  return Object.entries(x).flatMap(([key, value]) =>
    key === "$" || !Array.isArray(value) ? [] : [...(key === name ? value : []), ...value.flatMap((v) => all(v, name))],
  );
}

describe("manifest.xml", () => {
  const { info, xml } = readManifest();
  // xml2js gives the root element itself, its children as arrays.
  const app = xml.OfficeApp as unknown as Xml;
  const resources = child(app, "VersionOverrides", "Resources");
  const strings = [
    ...children(child(resources, "bt:ShortStrings"), "bt:String"),
    ...children(child(resources, "bt:LongStrings"), "bt:String"),
  ];
  const text = (resid: string) => strings.find((s) => attr(s, "id") === resid);
  const english = (s: Xml | undefined) => s && children(s, "bt:Override").find((o) => attr(o, "Locale") === "en-US");

  it("is a task pane add-in for Excel workbooks, Vietnamese first, asking only to read and write the document", () => {
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      hosts: ["Workbook"],
      defaultLocale: "vi-VN",
      permissions: "ReadWriteDocument",
      displayName: "CCHC - Phụ lục thống kê cải cách hành chính",
      defaultSettings: { sourceLocation: "https://localhost:3000/taskpane.html" },
    });
  });

  it("overrides every visible string in English, for every English locale Office reports", () => {
    expect(ENGLISH_LOCALES).toEqual(expect.arrayContaining(["en-us", "en-gb", "en-au", "en-in", "en-029"]));
    const locales = (overrides: Xml[]) => overrides.map((o) => attr(o, "Locale")!.toLowerCase()).sort();
    for (const name of ["DisplayName", "Description"])
      expect([name, locales(children(child(app, name), "Override"))]).toEqual([name, [...ENGLISH_LOCALES].sort()]);
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings) {
      expect([attr(s, "id"), locales(children(s, "bt:Override"))]).toEqual([
        attr(s, "id"),
        [...ENGLISH_LOCALES].sort(),
      ]);
      // One English text per string, the same for every locale.
      const values = new Set(children(s, "bt:Override").map((o) => attr(o, "Value")));
      expect([attr(s, "id"), values.size, attr(english(s), "Value")?.length]).toEqual([
        attr(s, "id"),
        1,
        expect.any(Number),
      ]);
    }
    // Every label, title and description the ribbon shows refers to one of these strings.
    const shown = [...all(app, "Label"), ...all(app, "Title"), ...all(app, "Description")]
      .map((e) => attr(e, "resid"))
      .filter((r): r is string => r !== undefined);
    expect(shown.length).toBeGreaterThan(0);
    for (const resid of shown) expect([resid, Boolean(text(resid))]).toEqual([resid, true]);
  });

  it("puts a CCHC group on the Home tab with the two buttons", () => {
    const tab = child(app, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(attr(text(attr(child(group, "Label"), "resid")!), "DefaultValue")).toBe("CCHC");
    const buttons = children(group, "Control").map((c) => {
      const label = text(attr(child(c, "Label"), "resid")!);
      const action = child(c, "Action");
      return {
        vi: attr(label, "DefaultValue"),
        en: attr(english(label), "Value"),
        action: attr(action, "xsi:type"),
        target: action.FunctionName
          ? (action.FunctionName as unknown as string[])[0]
          : attr(child(action, "SourceLocation"), "resid"),
      };
    });
    expect(buttons).toEqual([
      { vi: "Mở CCHC", en: "Open CCHC", action: "ShowTaskpane", target: "Taskpane.Url" },
      { vi: "Kiểm tra", en: "Validate", action: "ExecuteFunction", target: "validateActiveSheet" },
    ]);
    const urls = Object.fromEntries(
      children(child(resources, "bt:Urls"), "bt:Url").map((u) => [attr(u, "id"), attr(u, "DefaultValue")]),
    );
    expect(urls).toEqual({
      "Commands.Url": "https://localhost:3000/commands.html",
      "Taskpane.Url": "https://localhost:3000/taskpane.html",
    });
    expect(attr(child(app, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "FunctionFile"), "resid")).toBe(
      "Commands.Url",
    );
  });

  it("points every icon at a PNG of its size in assets/", () => {
    const icons = [
      ...children(child(resources, "bt:Images"), "bt:Image").map((i) => attr(i, "DefaultValue")!),
      attr(child(app, "IconUrl"), "DefaultValue")!,
      attr(child(app, "HighResolutionIconUrl"), "DefaultValue")!,
    ];
    const sizes = new Set<number>();
    for (const url of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${width}x${height}`).toBe(`${width}x${width}`);
      expect(url).toContain(`-${width}.png`);
      sizes.add(width);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual(ICON_SIZES);
    // Every ribbon icon (the group's and each button's) in every size.
    for (const icon of all(app, "Icon"))
      expect(children(icon, "bt:Image").map((i) => Number(attr(i, "size")))).toEqual(ICON_SIZES);
  });

  it("names a support page, which the build writes (support.html)", () => {
    expect(attr(child(app, "SupportUrl"), "DefaultValue")).toBe(`${DEV_ORIGIN}support.html`);
    expect(readFileSync(path.join(ROOT, "webpack.config.js"), "utf8")).toContain(`filename: "support.html"`);
  });

  it("requires the ExcelApi set the code checks at run time, and no other", () => {
    const sets = children(child(app, "Requirements", "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(sets).toEqual([["ExcelApi", REQUIRED_EXCEL_API]]);
  });
});

describe("the production manifest (scripts/manifest.js, written by the build into dist/manifest.xml)", () => {
  const base = addinBase("https://example.test/cchc/");
  const xml = productionManifest(readFileSync(MANIFEST, "utf8"), base);

  it("moves every URL to the office's server and never says localhost", () => {
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const url of urls) expect(url.startsWith("https://example.test/cchc/")).toBe(true);
    // The same manifest otherwise: as many URLs as the development one.
    expect(urls).toHaveLength(
      [...readFileSync(MANIFEST, "utf8").matchAll(/"https:\/\/localhost:3000\/[^"]*"/g)].length,
    );
  });

  it("reads as a manifest in Microsoft's own reader, with the task pane at the office's server", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-manifest-"));
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const { info } = readManifest(file);
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      defaultSettings: { sourceLocation: "https://example.test/cchc/taskpane.html" },
      supportUrl: "https://example.test/cchc/support.html",
    });
  });

  it("takes the office's own help page as SupportUrl when given", () => {
    expect(productionManifest(readFileSync(MANIFEST, "utf8"), base, "https://cntt.example.gov.vn/ho-tro")).toContain(
      '<SupportUrl DefaultValue="https://cntt.example.gov.vn/ho-tro"/>',
    );
  });

  it("takes the address with or without its final slash, and refuses what Office would not load, in one line", () => {
    expect(addinBase("https://cchc.sonoivu.example.gov.vn")).toBe("https://cchc.sonoivu.example.gov.vn/");
    for (const bad of [
      "http://cchc.example.gov.vn/",
      "https://localhost:3000/",
      "cchc.example.gov.vn",
      "https://x/?a=1",
    ]) {
      let message = "";
      try {
        addinBase(bad);
      } catch (e) {
        message = (e as Error).message;
      }
      expect([bad, message.startsWith("Lỗi: ADDIN_URL"), message.includes("\n")]).toEqual([bad, true, false]);
    }
  });

  it("stops the build at once with that line when ADDIN_URL is not https", () => {
    const webpack = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
    const run = spawnSync(process.execPath, [webpack, "--mode", "production"], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "http://cchc.example.gov.vn/" },
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Lỗi: ADDIN_URL phải dùng https:\/\//)]);
  });
});
