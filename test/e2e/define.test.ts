/**
 * "Mẫu tự tạo" on the standalone page in Debian's Chromium: a province's own table becomes a template, reviewed
 * (one kind changed by the user), saved as .json, remembered by the browser, inserted as a template that carries
 * its definition, and that template validated on the Kiểm tra tab. Screenshots at the pane's and a desktop width.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { parseDefinitionText } from "../../src/domain/catalog/definitions";
import { DEFINITION_SHEET } from "../../src/domain/layout/identity";
import { validateWorkbook } from "../../src/domain/rules/validate-workbook";
import { catalog } from "../../src/domain/catalog";
import { openWorkbook } from "../../src/io/xlsx/open-workbook";
import { provincialForm } from "../helpers/provincial-form";
import { loadWorkbook } from "../helpers/workbooks";
import {
  chooseFiles,
  describeE2E,
  download,
  OUT_DIR,
  openStandalone,
  openTab,
  overflowX,
  screenshotBoth,
  type OpenPage,
} from "./harness";
import { TempFiles } from "./workbooks";

const UNIT = "UBND xã Ninh Tây";

const PERIOD = "Quý I năm 2026";
const WIFI = "Wifi công cộng miễn phí tại trụ sở";

describeE2E("making a template from the user's own table, in Chromium", () => {
  let opened: OpenPage;
  let page: Page;
  let files: TempFiles;
  let definitionText = "";

  beforeAll(async () => {
    files = new TempFiles();
    opened = await openStandalone();
    page = opened.page;
  });

  afterAll(async () => {
    if (opened) {
      const { requests, pageErrors, consoleErrors } = opened;
      const log = { requests: requests.urls, pageErrors, consoleErrors };
      writeFileSync(path.join(OUT_DIR, "define-log.json"), JSON.stringify(log, null, 2));
      await opened.close();
    }
    files?.remove();
  });

  const section = () => page.getByRole("region", { name: "Mẫu tự tạo", exact: true });
  const review = () => section().getByRole("list", { name: "Các chỉ tiêu của mẫu" });

  it("reads the chosen table and shows each inferred indicator with its kind, and the row it could not type", async () => {
    await openTab(page, "Mẫu biểu");
    await section().waitFor();
    const file = files.write("bieu-05-chuyen-doi-so.xlsx", await provincialForm());
    await chooseFiles(page, section().getByRole("button", { name: "Tạo mẫu từ tệp…" }), [file]);
    await review().waitFor();
    await section().getByText("THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ", { exact: true }).waitFor();
    await section().getByText("8 chỉ tiêu; 1 dòng cần chọn loại (đang để là văn bản).", { exact: true }).waitFor();
    const kinds = review().getByRole("combobox", { name: /^Loại của/ });
    expect(await kinds.count()).toBe(8);
    const chosen = await kinds.evaluateAll((els) =>
      els.map((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""),
    );
    expect(chosen).toEqual([
      "số lượng",
      "tỷ lệ %",
      "mã có/không",
      "văn bản",
      "số lượng",
      "số lượng",
      "số lượng",
      "số tiền",
    ]);
    await review().getByText("đơn vị tính «Điểm truy cập» không cho biết loại số liệu", { exact: false }).waitFor();
    expect(
      await review()
        .getByRole("textbox", { name: /^Chú giải của «Kết nối mạng/ })
        .inputValue(),
    ).toBe("Có = 1; Không = 0");
    expect(await overflowX(page)).toBe(0);
    await screenshotBoth(page, "mau-tu-tao-review");
  });

  it("takes the kind the user chooses, with its legend, and saves the definition as .json", async () => {
    await review()
      .getByRole("combobox", { name: `Loại của «${WIFI}»` })
      .selectOption({ label: "mã có/không" });
    const legend = review().getByRole("textbox", { name: `Chú giải của «${WIFI}»` });
    await legend.fill("Có");
    await section().getByText("Viết chú giải dạng", { exact: false }).waitFor();
    expect(await section().getByRole("button", { name: "Lưu mẫu" }).isDisabled()).toBe(true);
    await legend.fill("Chưa lắp = 0; Đã lắp = 1");
    expect(await section().getByRole("button", { name: "Lưu mẫu" }).isEnabled()).toBe(true);

    const { download: d, bytes } = await download(page, section().getByRole("button", { name: "Lưu mẫu" }));
    expect(d.suggestedFilename()).toBe("bieu-05-chuyen-doi-so.json");
    definitionText = new TextDecoder().decode(bytes);
    const parsed = parseDefinitionText(definitionText);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [def] = parsed.definitions;
    const wifi = def.template.rows.find((r) => r.type === "indicator" && r.label === WIFI);
    expect(wifi && wifi.type === "indicator" && wifi.rule).toEqual({
      kind: "flag",
      yes: { code: 1, label: "Đã lắp" },
      no: { code: 0, label: "Chưa lắp" },
    });
    await section()
      .getByText(`Đã lưu mẫu «${"THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ"}» và tải về tệp «bieu-05-chuyen-doi-so.json».`)
      .waitFor();
    await section().getByRole("region", { name: "Mẫu đã tạo" }).waitFor();
    expect(await overflowX(page)).toBe(0);
    await screenshotBoth(page, "mau-tu-tao-saved");
  });

  it("remembers the template in the browser and inserts it, carrying its definition, for the unit and period", async () => {
    await page.reload();
    let p = await openTab(page, "Mẫu biểu");
    const remembered = section().getByRole("region", { name: "Mẫu đã tạo" });
    await remembered.getByText("THỐNG KÊ KẾT QUẢ CHUYỂN ĐỔI SỐ CẤP XÃ (mã bieu-05-chuyen-doi-so)").waitFor();
    await p.getByRole("textbox", { name: "Đơn vị báo cáo" }).fill(UNIT);
    // A period written otherwise than the lists write it: typed.
    await p.getByRole("combobox", { name: "Kỳ báo cáo" }).selectOption({ label: "Khác (tự nhập)" });
    await p.getByRole("textbox", { name: "Kỳ báo cáo khác" }).fill(PERIOD);
    const { download: d, bytes } = await download(page, remembered.getByRole("button", { name: "Tải mẫu về" }));
    // Named after the table's own sheet, the unit and the period.
    const fileName = `Biểu 05 - ${UNIT} - ${PERIOD}.xlsx`;
    expect(d.suggestedFilename()).toBe(fileName);
    await section().getByText(`Đã tải về tệp «${fileName}».`).waitFor();

    const wb = await loadWorkbook(bytes);
    expect(wb.getWorksheet(DEFINITION_SHEET)!.state).toBe("veryHidden");
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.reason);
    // The built-in catalog alone: the workbook's own carrier tells what it is.
    const [sheet] = validateWorkbook(opened.source, catalog(), { locale: "vi" }).sheets;
    expect(sheet.recognition).toMatchObject({
      recognizedBy: "metadata",
      unit: { value: UNIT },
      period: { value: PERIOD },
    });
    expect(sheet.recognition.entry.definition?.json).toBe(
      (parseDefinitionText(definitionText) as { ok: true; definitions: { definition: { json: string } }[] })
        .definitions[0].definition.json,
    );
    expect([sheet.filled, sheet.expected]).toEqual([0, 16]);

    // The Kiểm tra tab of the same page knows the template from the file alone.
    const file = files.write("bieu-05-ninh-tay.xlsx", bytes);
    p = await openTab(page, "Kiểm tra");
    await chooseFiles(page, p.getByRole("button", { name: "Chọn tệp…" }), [file]);
    await p.getByText("Đã nhập 0/16 ô số liệu", { exact: true }).waitFor();
    await p.getByText("Nhận dạng theo mã ẩn của mẫu biểu.", { exact: true }).waitFor();
  });

  it("made no request beyond its own origin and threw no error", () => {
    expect(opened.requests.foreign(opened.server.origin)).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
