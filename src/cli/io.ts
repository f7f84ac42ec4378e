import { terminalText } from "./terminal-text";

/** Where the CLI writes: injectable so tests run commands in-process. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/**
 * A standard stream that may go away: when the reader of a pipe exits (`cchc templates | head -1`) the next
 * write fails with EPIPE. The command then finishes its work as if it had been read to the end, quietly, and
 * exits with its own code; nothing more is written to that stream.
 */
function lineWriter(streamOf: () => NodeJS.WriteStream): (line: string) => void {
  let stream: NodeJS.WriteStream | undefined;
  let open = true;
  return (line) => {
    // Made on first use: a standard stream costs milliseconds to set up, and most commands write to one only.
    if (!stream) {
      stream = streamOf();
      stream.on("error", () => {
        // EPIPE (the reader is gone) or any other failure of the stream itself: there is no one left to tell.
        open = false;
      });
    }
    if (open) stream.write(`${terminalText(line)}\n`);
  };
}

export const processIo: Io = {
  out: lineWriter(() => process.stdout),
  err: lineWriter(() => process.stderr),
};
