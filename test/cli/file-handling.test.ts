import { execFileSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unreadableOf, writeFailure } from "../../src/cli/errno";
import { readUserFile } from "../../src/cli/input-file";
import { discoverInputs } from "../../src/cli/inputs";
import { CliError, refuseExisting, refuseInputAsOutput, writeOutput } from "../../src/cli/output-file";
import { readRosterFile, ROSTER_LIMITS } from "../../src/cli/roster-file";
import { terminalText } from "../../src/cli/terminal-text";
import { sheetBomb, SIZES } from "../hostile/craft";

const dir = mkdtempSync(path.join(tmpdir(), "cchc-files-"));
// rm, not rmSync: the deepest folder is past PATH_MAX.
afterAll(() => execFileSync("rm", ["-rf", dir]));
const at = (...p: string[]) => path.join(dir, ...p);
const write = (name: string, data: string | Uint8Array) => {
  mkdirSync(path.dirname(at(name)), { recursive: true });
  writeFileSync(at(name), data);
  return at(name);
};
const errno = (code: string) => Object.assign(new Error(code), { code });
/** The one-line message a CliError carries, or "" when `f` does not throw one. */
const refusal = (f: () => unknown) => {
  try {
    f();
    return "";
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
};

describe("system errors in Vietnamese", () => {
  it("says why a write failed, for every code a user meets", () => {
    expect(writeFailure(errno("EROFS"))).toBe("ổ đĩa hoặc thư mục đó chỉ cho đọc");
    expect(writeFailure(errno("EACCES"))).toBe("không có quyền ghi");
    expect(writeFailure(errno("EPERM"))).toBe("hệ điều hành không cho phép ghi");
    expect(writeFailure(errno("ENOSPC"))).toBe("đĩa đầy");
    expect(writeFailure(errno("ENAMETOOLONG"))).toBe("đường dẫn quá dài");
    expect(writeFailure(errno("EISDIR"))).toBe("đó là một thư mục");
    expect(writeFailure(errno("ELOOP"))).toMatch(/liên kết tượng trưng/);
    expect(writeFailure(errno("EMFILE"))).toMatch(/quá nhiều tệp/);
    expect(writeFailure(errno("EWHATEVER"))).toBe("lỗi hệ thống EWHATEVER");
    expect(writeFailure(new Error("no code"))).toBe("lỗi hệ thống");
  });

  it("says why an output cannot be written, even when its folder cannot be looked at", async () => {
    const long = at("x".repeat(300), "tong-hop.xlsx");
    await expect(writeOutput(long, new Uint8Array([1]), false)).rejects.toThrow(
      `không ghi được tệp «${long}»: đường dẫn quá dài.`,
    );
    await expect(writeOutput(at("khong-co", "a.xlsx"), new Uint8Array([1]), false)).rejects.toThrow(
      /thư mục «.*khong-co» không tồn tại\.$/,
    );
  });

  it("says why an input could not be read", () => {
    expect(
      ["EACCES", "EPERM", "ENAMETOOLONG", "ELOOP", "ENOENT", "EISDIR", "EIO"].map((c) => unreadableOf(errno(c))),
    ).toEqual(["denied", "denied", "pathTooLong", "linkLoop", "notFound", "directory", "ioError"]);
  });
});

describe("text shown on a terminal", () => {
  it("escapes what a terminal would act on, keeps Vietnamese, tabs and line feeds", () => {
    const hostile = "\u001b]0;PWNED\u0007Sở Y tế\r\u009b2J\u202eabc\ttab\nline";
    expect(terminalText(hostile)).toBe("\\u001B]0;PWNED\\u0007Sở Y tế\\u000D\\u009B2J\\u202Eabc\ttab\nline");
  });

  it("leaves JSON valid and meaning the same", () => {
    const value = { unit: "\u001b]0;x\u0007Sở\u202e \u2028 ok" };
    const shown = terminalText(JSON.stringify(value, null, 2));
    expect([...shown].filter((ch) => ch !== "\n" && terminalText(ch) !== ch)).toEqual([]);
    expect(JSON.parse(shown)).toEqual(value);
  });
});

describe("reading a file the user named", () => {
  beforeAll(() => {
    write("a.xlsx", "abc");
    execFileSync("mkfifo", [at("fifo.xlsx")]);
    symlinkSync("/dev/zero", at("zero.xlsx"));
    symlinkSync(at("a.xlsx"), at("link.xlsx"));
    symlinkSync(at("loop.xlsx"), at("loop.xlsx"));
  });

  it("reads a regular file, and one through a link", () => {
    expect(Buffer.from(readUserFile(at("a.xlsx")) as Uint8Array).toString()).toBe("abc");
    expect(Buffer.from(readUserFile(at("link.xlsx")) as Uint8Array).toString()).toBe("abc");
  });

  it("sets a FIFO and a device aside without opening them (a FIFO would wait forever)", () => {
    expect(readUserFile(at("fifo.xlsx"))).toBe("special");
    expect(readUserFile(at("zero.xlsx"))).toBe("special");
    expect(readUserFile("/dev/zero")).toBe("special");
  });

  it("reads nothing past the cap", () => {
    expect(readUserFile(at("a.xlsx"), 2)).toBe("tooLarge");
  });

  it("names what else is wrong", () => {
    expect(readUserFile(dir)).toBe("directory");
    expect(readUserFile(at("none.xlsx"))).toBe("notFound");
    expect(readUserFile(at("loop.xlsx"))).toBe("linkLoop");
    expect(readUserFile(at(`${"d".repeat(255)}/`.repeat(20), "x.xlsx"))).toBe("pathTooLong");
  });
});

describe("the inputs of a merge", () => {
  const inbox = at("inbox");
  beforeAll(() => {
    write("inbox/b.xlsx", "b");
    write("inbox/a.xlsx", "a");
    write("inbox/ghi-chu.txt", "not a workbook");
    write("inbox/~$a.xlsx", "lock");
    write("inbox/sub/c.XLSX", "c");
    execFileSync("mkfifo", [path.join(inbox, "fifo.xlsx")]);
    symlinkSync("/dev/zero", path.join(inbox, "zero.xlsx"));
    symlinkSync(path.join(inbox, "a.xlsx"), path.join(inbox, "link.xlsx"));
    symlinkSync(inbox, path.join(inbox, "vong"));
    symlinkSync(path.join(inbox, "sub"), path.join(inbox, "thu-muc.xlsx"));
  });

  it("finds the workbooks of a folder in order; special files and links to folders are set aside with a reason", () => {
    const found = discoverInputs([inbox]).map((i) => [path.relative(inbox, i.path), i.problem ?? "read"]);
    expect(found).toEqual([
      ["a.xlsx", "read"],
      ["b.xlsx", "read"],
      ["fifo.xlsx", "special"],
      ["link.xlsx", "read"],
      ["sub/c.XLSX", "read"],
      ["thu-muc.xlsx", "directory"],
      ["zero.xlsx", "special"],
    ]);
  });

  it("lists a folder past the system's path limit as one input it could not read, and goes on", () => {
    const deep = path.join(inbox, ...Array.from({ length: 25 }, () => "d".repeat(200)));
    // mkdir -p walks the path one component at a time, past PATH_MAX.
    execFileSync("mkdir", ["-p", deep]);
    const found = discoverInputs([inbox, at("a.xlsx")]);
    expect(found.filter((i) => i.problem === "pathTooLong")).toHaveLength(1);
    expect(found[found.length - 1]).toEqual({ path: at("a.xlsx") });
    execFileSync("rm", ["-rf", path.join(inbox, "d".repeat(200))]);
  });
});

describe("the output is never an input", () => {
  beforeAll(() => {
    write("in/r1.xlsx", "r1");
    write("in/r2.xlsx", "r2");
    linkSync(at("in/r1.xlsx"), at("hard.xlsx"));
    symlinkSync(at("in/r2.xlsx"), at("soft.xlsx"));
  });
  const inputs = () => discoverInputs([at("in")]).map((i) => i.path);

  it("refuses the same file under any spelling: itself, through '..', a link, a hard link", () => {
    for (const out of [at("in/r1.xlsx"), at("in/sub/../r1.xlsx"), at("soft.xlsx"), at("hard.xlsx")])
      expect(refusal(() => refuseInputAsOutput(out, inputs()))).toMatch(
        /cũng là tệp đầu vào .*: không ghi đè lên tệp đã nhận, kể cả với --force/,
      );
  });

  it("lets a new file be written beside the inputs", () => {
    expect(refusal(() => refuseInputAsOutput(at("in/tong-hop.xlsx"), inputs()))).toBe("");
  });

  it("refuses to replace existing files without --force, naming how many", () => {
    expect(refusal(() => refuseExisting([at("in/r1.xlsx"), at("in/r2.xlsx"), at("in/x.xlsx")], false, "in"))).toBe(
      "đã có 2 tệp sẽ bị ghi đè trong «in» (ví dụ «r1.xlsx»); dùng --force để ghi đè hoặc chọn thư mục khác.",
    );
    expect(refusal(() => refuseExisting([at("in/r1.xlsx")], true, "in"))).toBe("");
  });
});

describe("the roster, bounded", () => {
  const roster = async (file: string) =>
    readRosterFile(file).then(
      (units) => units,
      (e: Error) => e.message,
    );

  it("reads a roster of units", async () => {
    expect(await roster(write("ds.txt", "\ufeffTên đơn vị\n1. Sở Nội vụ\r\n2. Sở Tư pháp\n"))).toEqual([
      "Sở Nội vụ",
      "Sở Tư pháp",
    ]);
  });

  it("refuses a roster of a million lines, or more lines than the limit, in one line", async () => {
    const million = write("trieu-dong.txt", "UBND xã Cam Hải Đông\n".repeat(1_000_000));
    expect(await roster(million)).toMatch(/^danh sách đơn vị «.*» quá dài \(tối đa 20\.000 dòng, 2 MB\)/);
    const many = write("nhieu-dong.txt", "x\n".repeat(ROSTER_LIMITS.lines + 1));
    expect(await roster(many)).toMatch(/quá dài/);
  });

  it("refuses a roster that is a device or a bomb, through the bounded reader", async () => {
    expect(await roster("/dev/zero")).toBe(
      "không đọc được danh sách đơn vị «/dev/zero»: Đây không phải tệp thông thường (thiết bị, FIFO hoặc socket): bỏ qua, không đọc.",
    );
    expect(await roster(write("bom.xlsx", sheetBomb(3 * SIZES.GB)))).toMatch(/^không đọc được .*: Tệp quá lớn/);
  });
});
