#!/usr/bin/env node
"use strict";
/**
 * Writes the LibreOffice-produced fixtures of test/fixtures/libreoffice (run once by a developer, then
 * committed; tests never need LibreOffice to read them):
 *  - lo-<n>.xlsx: a template written by `cchc template`, filled, then opened and saved again by LibreOffice;
 *  - hand-<n>.xlsx: the official table typed by hand as CSV (no hidden ids, label column first, blank rows),
 *    turned into .xlsx by LibreOffice.
 * values.json records every value typed, so that tests compute the expected totals on their own.
 * Needs: npm run build:cli, and soffice (Debian package libreoffice-calc-nogui).
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const dist = path.join(__dirname, "..", "dist-cli", "src");
const { catalog } = require(path.join(dist, "domain", "catalog"));
const { buildLayout } = require(path.join(dist, "domain", "layout", "build-layout"));
const { templateWorkbook } = require(path.join(dist, "io", "xlsx", "template-workbook"));

const OUT = path.join(__dirname, "..", "test", "fixtures", "libreoffice");
const TEMPLATE = "kh-pl2-ii1";
const PERIOD = "Năm 2020";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-fixtures-"));

function convert(file) {
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"))}`;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  // CSV is read as UTF-8 (filter options: comma, double quote, charset 76 = UTF-8), never the locale's default.
  const infilter = file.endsWith(".csv") ? ["--infilter=CSV:44,34,76"] : [];
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", ...infilter, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file],
    { stdio: "pipe" },
  );
  return path.join(outDir, path.basename(file).replace(/\.[^.]+$/, ".xlsx"));
}

/** Count values only: easy to sum independently in a test. */
function valuesFor(seed, inputs) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const values = {};
  for (const i of inputs) if (i.rule.kind === "count" && rnd() > 0.2) values[i.ref] = Math.floor(rnd() * 30);
  return values;
}

async function main() {
  const template = catalog().get(TEMPLATE).template;
  const record = { template: TEMPLATE, period: PERIOD, files: {} };
  const loUnits = ["UBND huyện Diên Khánh", "UBND huyện Vạn Ninh", "UBND thị xã Ninh Hòa"];
  for (const [n, unit] of loUnits.entries()) {
    const layout = buildLayout(template, { unit, period: PERIOD });
    const values = valuesFor(n + 11, layout.inputs);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await templateWorkbook([{ template, unit, period: PERIOD }]));
    const ws = wb.worksheets.find((w) => w.state === "visible");
    for (const i of layout.inputs) if (values[i.ref] !== undefined) ws.getCell(i.row, i.col).value = values[i.ref];
    const src = path.join(tmp, `lo-${n + 1}.xlsx`);
    await wb.xlsx.writeFile(src);
    fs.copyFileSync(convert(src), path.join(OUT, `lo-${n + 1}.xlsx`));
    record.files[`lo-${n + 1}.xlsx`] = { unit, values };
  }

  // Typed by hand: label column first, STT second, the years, no reporter column, blank rows between sections.
  const handUnits = ["UBND huyện Khánh Vĩnh", "UBND huyện Khánh Sơn", "UBND huyện Cam Lâm"];
  const years = template.columns.filter((c) => c.role === "value");
  for (const [n, unit] of handUnits.entries()) {
    const layout = buildLayout(template, { unit, period: PERIOD });
    const values = valuesFor(n + 21, layout.inputs);
    const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
    const lines = [
      q(template.title.join(" ")),
      q(`Đơn vị báo cáo: ${unit}`),
      q(`Kỳ báo cáo: ${PERIOD}`),
      "",
      ["Chỉ tiêu", "STT", ...years.map((c) => c.header)].map(q).join(","),
    ];
    for (const row of template.rows) {
      if (row.type === "entries") continue;
      if (row.type === "section" && row.level <= 1) lines.push("");
      const cells = years.map((c) => values[`${row.id}@${c.key}`] ?? "");
      lines.push([q(row.label), q(row.stt ?? ""), ...cells].join(","));
    }
    const csv = path.join(tmp, `hand-${n + 1}.csv`);
    fs.writeFileSync(csv, `${lines.join("\n")}\n`);
    fs.copyFileSync(convert(csv), path.join(OUT, `hand-${n + 1}.xlsx`));
    record.files[`hand-${n + 1}.xlsx`] = { unit, values };
  }
  fs.writeFileSync(path.join(OUT, "values.json"), `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`Đã ghi ${Object.keys(record.files).length} tệp vào ${OUT}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
