import { cleanName, unitKey } from "../../../src/domain/text/names";

describe("unit names", () => {
  const nfc = "UBND xã Cam Hải Tây";
  it.each([
    ["NFD from macOS", nfc.normalize("NFD")],
    ["a zero-width space", "UBND xã Cam\u200b Hải Tây"],
    ["a soft hyphen", "UBND xã Cam Hải\u00ad Tây"],
    ["a BOM in front", "\ufeffUBND xã Cam Hải Tây"],
    ["doubled and non-breaking spaces", "UBND  xã\u00a0Cam Hải   Tây "],
    ["upper case", "UBND XÃ CAM HẢI TÂY"],
  ])("%s is the same unit", (_why, typed) => {
    expect(unitKey(typed)).toBe(unitKey(nfc));
  });

  it("keeps units that differ by a letter apart", () => {
    expect(unitKey("UBND xã Cam Hải Đông")).not.toBe(unitKey(nfc));
  });

  it("shows a cleaned name without control characters that would steer a terminal", () => {
    expect(cleanName("\u001b]0;hacked\u0007Sở Nội vụ")).toBe("]0;hackedSở Nội vụ");
    expect(cleanName(" Sở\u200b Nội vụ ")).toBe("Sở Nội vụ");
  });
});
