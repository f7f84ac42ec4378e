import {
  hasRequirements,
  OFFICE_ERROR_MESSAGES,
  OfficeError,
  REQUIRED_EXCEL_API,
  toOfficeError,
  type OfficeErrorKind,
} from "../../../src/io/office";
import { OfficeMockObject } from "./excel-mock";

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
