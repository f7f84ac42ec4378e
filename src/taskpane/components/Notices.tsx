import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  useId,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { errorText, UnreadableFileError } from "../errors";
import { CancelledError } from "../worker/client";
import { useI18n, type I18n } from "./i18n-context";

/** A message for the user, worded at render time so that it follows a language switch. */
export interface Note {
  intent: MessageBarIntent;
  text: (i18n: I18n) => string;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** One message bar, named by its own text (Fluent names a bar by a title this pane does not use). */
export function Notice({ note }: { note: Note }) {
  const i18n = useI18n();
  const styles = useStyles();
  const id = useId("notice");
  return (
    <MessageBar intent={note.intent} politeness={note.intent === "error" ? "assertive" : "polite"} aria-labelledby={id}>
      <MessageBarBody id={id} className={styles.text}>
        {note.text(i18n)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Notices({ notes }: { notes: readonly Note[] }) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <div className={styles.list}>
      {notes.map((note, i) => (
        <Notice key={i} note={note} />
      ))}
    </div>
  );
}

/**
 * Runs one user action at a time: `busy` while it runs, its notes afterwards, and any failure turned into a
 * visible error in the user's language (never silent, never a stack trace). A job the user cancelled says so.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<Note[]>([]);
  const run = useCallback(async (action: () => Promise<Note[]>) => {
    setBusy(true);
    setNotes([]);
    try {
      setNotes(await action());
    } catch (e) {
      if (e instanceof CancelledError) {
        setNotes([{ intent: "info", text: ({ t }) => t.cancelled }]);
        return;
      }
      // An unreadable file is the user's to fix and fully told; anything else is kept for support.
      if (!(e instanceof UnreadableFileError)) console.error(e);
      setNotes([{ intent: "error", text: ({ locale, t }) => errorText(e, locale, t) }]);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, notes, setNotes, run };
}
