import { UsageError } from "./args";
import { processIo, type Io } from "./io";
import { CliError } from "./output-file";

/** `cchc --help`: every command of the contract (DESIGN §8), what it does, and its exit codes. */
const USAGE = `Cách dùng: cchc <lệnh> [tùy chọn]   (trong thư mục dự án: npx cchc <lệnh>)

Lệnh:
  templates [--json]
      Liệt kê các mẫu phụ lục (mã, phiên bản, tên, nguồn).
  template <mã>... [--unit "<tên đơn vị>"] [--period "<kỳ báo cáo>"] -o <tệp.xlsx> [--force]
  template --all [--unit ...] [--period ...] -o <thư mục> [--force]
  template --definition <định-nghĩa.json> [--unit ...] [--period ...] -o <tệp.xlsx> [--force]
      Ghi mẫu biểu (một hoặc nhiều trang) vào một sổ tính mới.
  define <bảng.xlsx> [--sheet <tên trang>] -o <định-nghĩa.json> [--json] [--force]
      Tạo định nghĩa mẫu (JSON) từ một bảng sẵn có: STT, chỉ tiêu, đơn vị tính, các cột số liệu.
  validate <tệp>... [--json] [--completeness] [--previous <báo-cáo-kỳ-trước.xlsx>] [--definitions <tệp|thư mục>]
      Kiểm tra báo cáo đã điền: từng ô theo quy tắc của chỉ tiêu, các chỉ tiêu thành phần so với tổng.
  merge <tệp|thư mục>... -o <tệp.xlsx> [--unit "<đơn vị tổng hợp>"] [--period "<kỳ>"] [--template <mã>]
        [--roster <tệp>] [--definitions <tệp|thư mục>] [--previous <kỳ-trước.xlsx>] [--leaves] [--json] [--force]
      Tổng hợp báo cáo của nhiều đơn vị thành các trang Tổng hợp, Chi tiết, Nguồn, Kiểm tra.
  help, --help, -h
      In hướng dẫn này.

Mã thoát: 0 thành công; 1 (validate) có lỗi trong báo cáo; 2 không đọc được tệp, không tổng hợp được gì,
hoặc lệnh sai. --json in một tài liệu JSON ra stdout. Tệp đầu vào không bao giờ bị ghi đè.`;

type Command = (argv: string[], io: Io) => Promise<number>;

/** Each command's module is loaded when it runs: `cchc templates` never loads the reader, the writer or zod. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import("./commands/templates")).templatesCommand,
  template: async () => (await import("./commands/template")).templateCommand,
  define: async () => (await import("./commands/define")).defineCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  merge: async () => (await import("./commands/merge")).mergeCommand,
};

/** Runs one command; every failure becomes one Vietnamese line on stderr and exit code 2. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`Lỗi: không có lệnh «${name}».\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError) {
      io.err(`Lỗi: ${e.message}`);
      return e instanceof CliError ? e.exitCode : 2;
    }
    // Anything unexpected is still one line: the user gets no stack trace, CCHC_DEBUG=1 shows it.
    io.err(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.CCHC_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return 2;
  }
}

export function main(argv: string[]): void {
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
