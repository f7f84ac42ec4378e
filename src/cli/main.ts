import { UsageError } from "./args";
import { processIo, type Io } from "./io";
import { CliError } from "./output-file";

const USAGE = `Cách dùng:
  npx cchc templates [--json]
  npx cchc template <mã> [--unit "<tên đơn vị>"] [--period "<kỳ báo cáo>"] -o <tệp.xlsx> [--force]
  npx cchc template --definition <mẫu.json> [--unit ...] [--period ...] -o <tệp.xlsx> [--force]
  npx cchc define <bảng.xlsx> [--sheet <tên>] -o <mẫu.json> [--json] [--force]
  npx cchc validate <tệp.xlsx>... [--json] [--completeness] [--previous <báo cáo kỳ trước.xlsx>] [--definitions <tệp|thư mục>]
  npx cchc merge <tệp|thư mục>... -o <tệp.xlsx> [--template <mã>] [--roster <tệp>] [--definitions <tệp|thư mục>] [--json] [--force]`;

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
