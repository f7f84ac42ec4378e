import {
  hasRequirements,
  markCells,
  writeLayouts,
  OFFICE_ERROR_MESSAGES,
  OfficeError,
  REQUIRED_EXCEL_API,
  toOfficeError,
  type OfficeErrorKind,
} from "../../../src/io/office";
import { ExcelMock, OfficeMockObject, WorkbookModel } from "./excel-mock";
import { periodicLayout } from "./layout-fixtures";

describe("OfficeError", () => {
  it.each<[unknown, OfficeErrorKind]>([
    [{ code: "AccessDenied", message: "You cannot perform the requested operation." }, "protected"],
    [{ code: "InvalidOperation", message: "The cell you're trying to change is on a protected sheet." }, "protected"],
    [{ code: "InvalidOperationInCellEditMode", message: "..." }, "editMode"],
    [{ code: "ItemAlreadyExists", message: "The resource being created already exists." }, "nameTaken"],
    [{ code: "ApiNotFound", message: "..." }, "unsupported"],
    [{ code: "NotImplemented", message: "..." }, "unsupported"],
    [{ code: "GeneralException", message: "..." }, "other"],
    [new TypeError("x is undefined"), "other"],
  ])("turns %j into kind %s", (error, kind) => {
    const e = toOfficeError(error);
    expect(e).toBeInstanceOf(OfficeError);
    expect(e.kind).toBe(kind);
    expect(toOfficeError(e)).toBe(e);
  });

  it("keeps Excel's code and message as detail and speaks Vietnamese by default", () => {
    const e = toOfficeError({ code: "AccessDenied", message: "You cannot perform the requested operation." });
    expect(e.detail).toBe("AccessDenied: You cannot perform the requested operation.");
    expect(e.message).toBe(OFFICE_ERROR_MESSAGES.protected.vi);
    expect(e.text("en")).toBe(OFFICE_ERROR_MESSAGES.protected.en);
  });

  it("has a Vietnamese and an English message for every kind", () => {
    for (const messages of Object.values(OFFICE_ERROR_MESSAGES)) {
      expect(messages.vi.length).toBeGreaterThan(20);
      expect(messages.en.length).toBeGreaterThan(20);
    }
    expect(OFFICE_ERROR_MESSAGES.unsupported.en).toContain(REQUIRED_EXCEL_API);
  });
});

describe("hasRequirements", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it("asks Office for the ExcelApi set of the manifest", () => {
    const asked: string[] = [];
    global.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return version <= "1.9";
          },
        },
      },
    });
    expect(hasRequirements()).toBe(true);
    expect(asked).toEqual([`ExcelApi ${REQUIRED_EXCEL_API}`]);
  });

  it("is false outside Office and on an older Excel", () => {
    expect(hasRequirements()).toBe(false);
    global.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => false } } });
    expect(hasRequirements()).toBe(false);
  });
});

describe("a workbook that cannot take changes, told apart from a protected sheet", () => {
  const layout = periodicLayout();

  it("refuses to insert into a workbook open read-only, saying so, and adds nothing", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.readOnly = true;
    const mock = new ExcelMock(model);
    const error = (await writeLayouts(mock.context, [layout]).catch((e) => e)) as OfficeError;
    expect(error.kind).toBe("readOnly");
    expect(error.text("vi")).toContain("chỉ đọc");
    expect(error.text("en")).toContain("read-only");
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("refuses to insert into a workbook whose structure is protected, naming Protect Workbook, not the sheet", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.structureProtected = true;
    const error = (await writeLayouts(new ExcelMock(model).context, [layout]).catch((e) => e)) as OfficeError;
    expect(error.kind).toBe("workbookProtected");
    expect(error.text("vi")).toContain("Bảo vệ sổ làm việc (Protect Workbook)");
    expect(error.text("vi")).not.toContain("Bỏ bảo vệ trang tính");
  });

  it("refuses to mark cells in a read-only workbook", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.readOnly = true;
    const error = (await markCells(new ExcelMock(model).context, "Sheet1", ["B2"], "error").catch(
      (e) => e,
    )) as OfficeError;
    expect(error.kind).toBe("readOnly");
  });

  it("has a message in both languages for every kind", () => {
    for (const [kind, text] of Object.entries(OFFICE_ERROR_MESSAGES))
      expect([kind, text.vi.length > 20, text.en.length > 20]).toEqual([kind, true, true]);
  });
});
