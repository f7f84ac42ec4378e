import { Button, Checkbox, Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { unreadableMessage } from "../../domain/files/unreadable";
import type { Finding } from "../../domain/rules/finding";
import type { Host, ValidationResult } from "../host";
import { markBatches, markedCellCount } from "../../domain/rules/marks";
import { ChooseFiles, DropArea } from "./FileDrop";
import { ReportView } from "./Findings";
import { useI18n } from "./i18n-context";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  reports: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
});

/** What a validation found nothing to say about in its reports: a sheet, or a file, that is no appendix. */
function unrecognizedNotes(result: ValidationResult): Note[] {
  if (result.reports.length > 0) return [];
  if (result.fileName !== undefined)
    return [
      {
        intent: "warning",
        text: ({ locale, t }) => t.fileNoAppendix(result.fileName!, unreadableMessage("noAppendix", locale)),
      },
    ];
  return result.unrecognized.map((sheet) => ({ intent: "warning", text: ({ t }) => t.unrecognized(sheet) }));
}

/**
 * "Kiểm tra". Excel: validates the active sheet; each finding selects its cell; invalid cells can be coloured and
 * uncoloured. Standalone: validates the .xlsx chosen or dropped (every appendix sheet of it).
 */
export function ValidateTab({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<ValidationResult>();
  const [completeness, setCompleteness] = useState(false);
  const { busy, notes, run } = useAction();
  const hintId = useId("validate-hint");
  const excel = host.kind === "excel";
  const findings: Finding[] = result?.reports.flatMap((r) => r.findings) ?? [];

  const validate = (chosen?: File) =>
    run(async () => {
      setResult(undefined);
      const validated = await host.validate(locale, chosen, { completeness });
      setResult(validated);
      return unrecognizedNotes(validated);
    });

  // The findings' messages are written in the language of the validation: in standalone mode, a language switch
  // validates the same file again so that they follow (in Excel the language is Office's own and does not switch).
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    if (!excel && file && result) void validate(file);
    // Only a language change triggers this; file and result are read as they are at that moment.
  }, [locale]);

  const pick = (files: File[]) => {
    setFile(files[0]);
    void validate(files[0]);
  };

  const select = host.selectCell
    ? (f: Finding) =>
        run(async () => {
          await host.selectCell!(f.sheet, f.cell);
          return [];
        })
    : undefined;

  const mark = () =>
    run(async (): Promise<Note[]> => {
      const n = markedCellCount(markBatches(findings));
      if (n === 0) return [{ intent: "info", text: ({ t }) => t.nothingToMark }];
      await host.markFindings!(findings);
      return [{ intent: "success", text: ({ t }) => t.marked(n) }];
    });

  const clear = () =>
    run(async (): Promise<Note[]> => {
      await host.clearMarks!();
      return [{ intent: "success", text: ({ t }) => t.cleared }];
    });

  const content = (
    <>
      <div className={styles.actions}>
        {!excel && (
          <ChooseFiles label={t.chooseFile} multiple={false} disabled={busy} describedBy={hintId} onFiles={pick} />
        )}
        <Button
          appearance="primary"
          disabled={busy || (!excel && !file)}
          aria-describedby={hintId}
          onClick={() => validate(file)}
        >
          {t.validate}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
      </div>
      <Checkbox
        checked={completeness}
        label={t.listEmptyCells}
        onChange={(_, data) => setCompleteness(data.checked === true)}
      />
      <Text id={hintId} className={styles.muted}>
        {excel ? t.validateHintExcel : t.chooseFileHint}
      </Text>
      {file && !excel && <Text>{t.chosenFile(file.name)}</Text>}
      {excel && host.markFindings && host.clearMarks && (
        <div className={styles.actions}>
          <Button disabled={busy || findings.length === 0} onClick={mark}>
            {t.mark}
          </Button>
          <Button disabled={busy} onClick={clear}>
            {t.clearMarks}
          </Button>
        </div>
      )}
      <Notices notes={notes} />
      {result && (
        <div className={styles.reports}>
          {result.reports.map((r) => (
            <ReportView key={r.sheet} report={r} onSelect={select} />
          ))}
        </div>
      )}
    </>
  );

  return excel ? (
    <div className={styles.panel}>{content}</div>
  ) : (
    <DropArea multiple={false} disabled={busy} onFiles={pick}>
      {content}
    </DropArea>
  );
}
