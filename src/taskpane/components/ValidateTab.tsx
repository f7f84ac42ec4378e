import { Button, Checkbox, Field, Select, Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentCheckmark20Regular, History20Regular } from "@fluentui/react-icons";
import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import type { Finding, Locale } from "../../domain/rules/finding";
import { markBatches, markedCellCount } from "../../domain/rules/marks";
import type { Host, PreviousChoice } from "../host";
import { MESSAGES } from "../i18n";
import { resultsLayout, type FileCheck } from "../model/findings";
import { CancelledError, type Job } from "../worker/client";
import { useAnnounce } from "./Announcer";
import { ChooseFiles, DropArea, DropZone } from "./FileDrop";
import { CheckedFiles } from "./CheckedFiles";
import { useI18n } from "./i18n-context";
import { JobProgress } from "./JobProgress";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  heading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  compare: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The chosen files' names, the first few of a long list. */
const namesOf = (files: readonly File[]) =>
  files.length <= 3
    ? files.map((f) => f.name).join(", ")
    : `${files
        .slice(0, 3)
        .map((f) => f.name)
        .join(", ")}, …`;

/** What a validation is asked with. */
interface Asked {
  locale: Locale;
  completeness: boolean;
  previous: PreviousChoice | undefined;
}

const counts = (checks: readonly FileCheck[]) => {
  const sheets = checks.flatMap((c) => c.sheets);
  return {
    sheets: sheets.length,
    errors: sheets.reduce((n, s) => n + s.errors, 0),
    warnings: sheets.reduce((n, s) => n + s.warnings, 0),
  };
};

/**
 * "Kiểm tra". Excel: validates every appendix sheet of the open workbook (the active one first); each finding
 * selects its cell; invalid cells can be coloured and uncoloured. Standalone: validates the files chosen or
 * dropped, several at once, in the worker (progress, "Hủy"); each file's results appear as it is done. Both:
 * the empty cells on request (ticking re-runs), "Sẵn sàng gửi" when a sheet has no error, the results as a
 * printable workbook, the outcome announced and the focus moved to the results' heading.
 */
export function ValidateTab({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const announce = useAnnounce();
  const [files, setFiles] = useState<File[]>([]);
  const [checks, setChecks] = useState<FileCheck[]>();
  const [completeness, setCompleteness] = useState(false);
  const [previous, setPrevious] = useState<PreviousChoice>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const job = useRef<Job<"check">>(undefined);
  const frame = useRef<number>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const { busy, notes, run } = useAction();
  const hintId = useId("validate-hint");
  const excel = host.kind === "excel";
  const findings: Finding[] = useMemo(
    () => checks?.flatMap((c) => c.sheets.flatMap((s) => s.findings)) ?? [],
    [checks],
  );

  /** What the results on screen were asked with: when any of it changes, the results are redone. */
  const asked: Asked = { locale, completeness, previous };
  const shown = useRef(asked);

  /** Validates and shows the results as they come; says what was found once everything is in. */
  const validate = (chosen: readonly File[], ask: Asked) =>
    run(async () => {
      shown.current = ask;
      setChecks(undefined);
      const got: FileCheck[] = [];
      let failed = false;
      const { locale: lang, completeness: withEmpty, previous: earlier } = ask;
      try {
        if (host.validateWorkbook)
          got.push(await host.validateWorkbook(lang, { completeness: withEmpty, previous: earlier }));
        else {
          setChecks([]);
          job.current = host.checkFiles!(
            chosen,
            lang,
            { completeness: withEmpty, previous: earlier && "file" in earlier ? earlier.file : undefined },
            {
              progress: (k, n) => setProgress({ done: k, total: n }),
              item: (check) => {
                got.push(check);
                // Shown once per frame, as a transition: React yields to the page however fast results come.
                if (frame.current === undefined)
                  frame.current = requestAnimationFrame(() => {
                    frame.current = undefined;
                    startTransition(() => setChecks([...got]));
                  });
              },
            },
          );
          await job.current.result;
        }
        const c = counts(got);
        announce(MESSAGES[lang].checkedSummary(c.sheets, c.errors, c.warnings));
        return [];
      } catch (e) {
        // A failure shows its message alone; a cancelled job keeps the files done before it stopped.
        if (!(e instanceof CancelledError)) failed = got.length === 0;
        throw e;
      } finally {
        if (frame.current !== undefined) cancelAnimationFrame(frame.current);
        frame.current = undefined;
        job.current = undefined;
        setProgress(undefined);
        startTransition(() => setChecks(failed ? undefined : [...got]));
        // The results are what the user asked for: the focus, kept by the busy button meanwhile, goes to them.
        requestAnimationFrame(() => heading.current?.focus());
      }
    });

  // The findings' messages are written in the language of the validation, the empty cells are listed or not, the
  // earlier period compared or not: when any of it changes, the results on screen are redone (once the running
  // job is over).
  useEffect(() => {
    if (!checks || busy || (!excel && files.length === 0)) return;
    const was = shown.current;
    if (was.locale !== locale || was.completeness !== completeness || was.previous !== previous)
      void validate(files, asked);
    // Only these changes trigger it; files and results are read as they are at that moment.
  }, [locale, completeness, previous, busy]);

  const pick = (chosen: File[]) => {
    setFiles(chosen);
    void validate(chosen, asked);
  };

  /** The appendix sheets of the results on screen: the earlier period's sheet can be one of them (Excel). */
  const sheetNames = useMemo(() => [...new Set(checks?.flatMap((c) => c.sheets.map((s) => s.sheet)) ?? [])], [checks]);

  const cancel = () => {
    job.current?.cancel();
    announce(t.cancelled);
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

  const saveResults = () =>
    run(async (): Promise<Note[]> => {
      const { layout, title } = resultsLayout(checks ?? [], locale, t, new Date());
      const written = await host.saveWorkbook([layout], title);
      return [
        written.fileName
          ? { intent: "success", text: ({ t }) => t.downloaded(written.fileName!) }
          : { intent: "success", text: ({ t }) => t.resultsOpened },
      ];
    });

  const content = (
    <>
      {excel ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<DocumentCheckmark20Regular />}
            disabledFocusable={busy}
            aria-describedby={hintId}
            onClick={() => validate([], asked)}
          >
            {t.validate}
          </Button>
          <Text id={hintId} className={styles.muted}>
            {t.validateHintExcel}
          </Text>
        </div>
      ) : (
        <DropZone
          text={t.dropZone}
          hint={t.chooseFileHint}
          label={t.chooseFile}
          multiple
          disabled={busy}
          onFiles={pick}
        />
      )}
      <Checkbox
        checked={completeness}
        label={t.listEmptyCells}
        onChange={(_, data) => setCompleteness(data.checked === true)}
      />
      {!excel && files.length > 0 && (
        <div className={styles.actions}>
          <Text className={styles.muted}>{t.chosenFiles(files.length, namesOf(files))}</Text>
          <Button icon={<DocumentCheckmark20Regular />} disabledFocusable={busy} onClick={() => validate(files, asked)}>
            {t.validate}
          </Button>
        </div>
      )}
      {progress && (
        <JobProgress
          label={t.checking(Math.min(progress.done + 1, progress.total), progress.total)}
          progress={progress}
          onCancel={cancel}
        />
      )}
      {busy && !progress && <Spinner size="tiny" label={t.busy} />}
      <Notices notes={notes} />
      {checks && (
        <section className={styles.results} aria-labelledby={`${hintId}-results`}>
          <h2 id={`${hintId}-results`} ref={heading} tabIndex={-1} className={styles.heading}>
            {t.resultsHeading}
          </h2>
          <div className={styles.actions}>
            <Button
              icon={<ArrowDownload20Regular />}
              disabledFocusable={busy || checks.length === 0}
              onClick={saveResults}
            >
              {t.downloadResults}
            </Button>
            {excel && host.markFindings && host.clearMarks && (
              <>
                <Button disabledFocusable={busy || findings.length === 0} onClick={mark}>
                  {t.mark}
                </Button>
                <Button disabledFocusable={busy} onClick={clear}>
                  {t.clearMarks}
                </Button>
              </>
            )}
          </div>
          <ComparePrevious
            excel={excel}
            sheets={sheetNames}
            previous={previous}
            disabled={busy}
            onChange={setPrevious}
          />
          <CheckedFiles checks={checks} onSelect={select} />
        </section>
      )}
    </>
  );

  return excel ? (
    <div className={styles.panel}>{content}</div>
  ) : (
    <DropArea multiple disabled={busy} onFiles={pick}>
      {content}
    </DropArea>
  );
}

/**
 * "So với kỳ trước…": the unit's report of the previous period, from a file (or, in Excel, a sheet of the open
 * workbook); every sheet is then compared with it and the results say so.
 */
function ComparePrevious(props: {
  excel: boolean;
  sheets: string[];
  previous: PreviousChoice | undefined;
  disabled: boolean;
  onChange(previous: PreviousChoice | undefined): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const { previous } = props;
  const NONE = "";
  return (
    <div className={styles.compare}>
      {props.excel && props.sheets.length > 1 && (
        <Field label={t.compareSheet}>
          <Select
            value={previous && "sheet" in previous ? previous.sheet : NONE}
            onChange={(_, data) => props.onChange(data.value === NONE ? undefined : { sheet: data.value })}
          >
            <option value={NONE}>{t.compareNone}</option>
            {props.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.actions}>
        <ChooseFiles
          label={t.compare}
          multiple={false}
          disabled={props.disabled}
          icon={<History20Regular />}
          onFiles={([file]) => props.onChange({ file })}
        />
        {previous && (
          <>
            <Text className={styles.muted}>
              {t.comparedWith("file" in previous ? `«${previous.file.name}»` : t.sheetOf(previous.sheet))}
            </Text>
            <Button appearance="subtle" disabledFocusable={props.disabled} onClick={() => props.onChange(undefined)}>
              {t.stopCompare}
            </Button>
          </>
        )}
      </div>
      {!previous && (
        <Text size={200} className={styles.muted}>
          {t.compareFileHint}
        </Text>
      )}
    </div>
  );
}
