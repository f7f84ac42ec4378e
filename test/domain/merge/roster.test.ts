import { matchRoster, parseRosterRows, parseRosterText } from "../../../src/domain/merge/roster";

describe("reading a roster as people keep it", () => {
  it("takes one unit a line, skipping blank lines, a header line and numbering", () => {
    expect(parseRosterText("Tên đơn vị\n1. Sở Nội vụ\n\n2) Sở Tư pháp\n3 - UBND xã Cam Hải Tây\n- Sở Y tế\n")).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
      "UBND xã Cam Hải Tây",
      "Sở Y tế",
    ]);
  });

  it("skips a header pasted from Excel (STT<TAB>Đơn vị) and takes the names column", () => {
    const pasted = "STT\tĐơn vị\tGhi chú\n1\tUBND xã Cam Hải Tây\t\n2\tUBND xã Cam Thành Bắc\tmới sáp nhập\n";
    expect(parseRosterText(pasted)).toEqual(["UBND xã Cam Hải Tây", "UBND xã Cam Thành Bắc"]);
  });

  it("finds the names column without a header, and skips titles, sections and repeats", () => {
    const rows = [
      ["DANH SÁCH ĐƠN VỊ BÁO CÁO CCHC NĂM 2024"],
      ["I", "CÁC SỞ, BAN, NGÀNH"],
      [1, "Sở Nội vụ"],
      [2, "Sở Tư pháp"],
      ["II", "CÁC XÃ, PHƯỜNG"],
      [3, "Phường Cam Linh"],
      [4, "sở nội vụ"],
      [null, null],
    ];
    expect(parseRosterRows(rows)).toEqual(["Sở Nội vụ", "Sở Tư pháp", "Phường Cam Linh"]);
  });

  it("reads a .csv with ';' (Excel's Vietnamese settings) or ',' and quoted names", () => {
    expect(parseRosterText('STT;Tên cơ quan, đơn vị\n1;"UBND xã A, huyện B"\n2;Sở Y tế\n', "csv")).toEqual([
      "UBND xã A, huyện B",
      "Sở Y tế",
    ]);
    expect(parseRosterText('\uFEFFstt,don vi\n1,"Sở ""Mới"""\n2,Sở Y tế\n', "csv")).toEqual(['Sở "Mới"', "Sở Y tế"]);
  });

  it("cleans invisible characters: a zero-width space does not make a second unit", () => {
    expect(parseRosterText("Sở Nội vụ\nSở\u200b Nội\u00a0vụ\u00ad\n")).toEqual(["Sở Nội vụ"]);
  });
});

describe("matching the roster with the units that sent", () => {
  it("matches case, spaces, invisible characters, diacritics and administrative prefixes", () => {
    const roster = [
      "UBND xã Cam Hải Tây",
      "UBND xã Cam Thành Bắc",
      "Sở Nội vụ",
      "Phường Cam Linh",
      "UBND xã Cam Phước",
    ];
    const senders = ["Cam Hải Tây", "UBND xa Cam Thanh Bac", "SỞ\u200b NỘI VỤ", "UBND phường Cam Linh", "Sở Y tế"];
    const m = matchRoster(roster, senders);
    expect([...m.matched]).toEqual([
      ["Sở Nội vụ", "SỞ\u200b NỘI VỤ"],
      ["UBND xã Cam Thành Bắc", "UBND xa Cam Thanh Bac"],
      ["UBND xã Cam Hải Tây", "Cam Hải Tây"],
      ["Phường Cam Linh", "UBND phường Cam Linh"],
    ]);
    expect(m.missing).toEqual([{ unit: "UBND xã Cam Phước", suggestion: undefined }]);
    expect(m.unlisted).toEqual([{ unit: "Sở Y tế", suggestion: undefined }]);
  });

  it("does not match by the bare name when two units share it (a wrong match is worse than none)", () => {
    const m = matchRoster(["UBND huyện Cam Lâm", "UBND xã Cam Lâm"], ["Cam Lâm"]);
    expect(m.matched.size).toBe(0);
    expect(m.missing.map((x) => x.unit)).toEqual(["UBND huyện Cam Lâm", "UBND xã Cam Lâm"]);
    expect(m.unlisted).toEqual([{ unit: "Cam Lâm", suggestion: "UBND huyện Cam Lâm" }]);
  });

  it("suggests a near match both ways, without matching it", () => {
    const m = matchRoster(["UBND xã Cam Hải Tây", "Sở Tư pháp"], ["UBND xã Cam Hả Tây", "Sở Tư Pháp"]);
    expect([...m.matched]).toEqual([["Sở Tư pháp", "Sở Tư Pháp"]]);
    expect(m.missing).toEqual([{ unit: "UBND xã Cam Hải Tây", suggestion: "UBND xã Cam Hả Tây" }]);
    expect(m.unlisted).toEqual([{ unit: "UBND xã Cam Hả Tây", suggestion: "UBND xã Cam Hải Tây" }]);
  });
});
