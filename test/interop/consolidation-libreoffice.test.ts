import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalog } from "../../src/domain/catalog";
import { mergeFiles } from "../../src/domain/merge/merge";
import { mergeOutputSheets } from "../../src/domain/merge/output-sheets";
import type { ReceivedFile } from "../../src/domain/merge/select";
import { layoutWorkbook } from "../../src/io/xlsx/template-workbook";
import { figuresOf } from "../helpers/chain";
import { receive } from "../helpers/receive";
import { randomReport } from "../helpers/reports";
import { findSoffice, sofficeConvert } from "../helpers/soffice";
import { writtenWorkbook } from "../helpers/workbooks";

const soffice = findSoffice();
if (!soffice) console.log("Bỏ qua kiểm thử LibreOffice: chưa cài soffice (gói Debian libreoffice-calc-nogui).");
const withSoffice = soffice ? describe : describe.skip;

/**
 * A consolidation opened and saved by LibreOffice (as a consolidator without Excel would) still carries what the
 * next level needs: its hidden columns and row, long texts and numbers come back, it validates without error, and
 * merging it gives the figures of its units merged directly.
 */
withSoffice("a consolidation saved through LibreOffice", () => {
  jest.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-lo-chain-"));
  const period = "Năm 2024";
  let units: ReceivedFile[];
  let viaLibreOffice: ReceivedFile;

  beforeAll(async () => {
    units = [];
    for (let u = 1; u <= 6; u++) {
      const values = { ...randomReport("sl-pl2", 11 * u), ...(u === 2 ? { "I.1.a@y2024": -3 } : {}) };
      units.push(await receive(`xa-${u}.xlsx`, await writtenWorkbook(`UBND xã ${u}`, period, { "sl-pl2": values })));
    }
    const merged = mergeFiles(units, catalog(), { locale: "vi", unit: "UBND huyện Mộc Châu" });
    const ours = path.join(dir, "tong-hop-moc-chau.xlsx");
    writeFileSync(ours, await layoutWorkbook(mergeOutputSheets(merged, "vi"), "Tổng hợp"));
    const saved = sofficeConvert(soffice!, ours, "xlsx");
    viaLibreOffice = await receive("tong-hop-moc-chau.xlsx", new Uint8Array(readFileSync(saved)));
  });

  it("is still recognised as a consolidation and validates with no error", () => {
    expect(viaLibreOffice.outcome.ok).toBe(true);
    if (!viaLibreOffice.outcome.ok) return;
    const [sheet] = viaLibreOffice.outcome.report.sheets;
    expect(viaLibreOffice.outcome.report.sheets).toHaveLength(1);
    expect(sheet.recognition.consolidation?.ok).toBe(true);
    expect(sheet.recognition.unit.value).toBe("UBND huyện Mộc Châu");
    expect(sheet.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(viaLibreOffice.outcome.report.companions).toEqual(["Chi tiết", "Nguồn", "Kiểm tra"]);
  });

  it("merges to exactly the figures of its six units merged directly", () => {
    const up = mergeFiles([viaLibreOffice], catalog(), { locale: "vi" });
    expect(up.tables[0].leaves.map((l) => l.unit)).toEqual(units.map((_, i) => `UBND xã ${i + 1}`));
    expect(figuresOf(up)).toEqual(figuresOf(mergeFiles(units, catalog(), { locale: "vi" })));
  });
});
