import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  ToggleButton,
  makeStyles,
  tokens,
  useId,
  type BadgeProps,
} from "@fluentui/react-components";
import { TableStackAbove20Regular } from "@fluentui/react-icons";
import { memo, startTransition, useEffect, useMemo, useRef, useState } from "react";
import { parseRosterText } from "../../domain/merge/roster";
import type { Host } from "../host";
import { MESSAGES, type Messages } from "../i18n";
import {
  rowCounts,
  rowMatches,
  writtenRows,
  type FileRow,
  type MergeView,
  type RowFilter,
  type RowStatus,
} from "../model/merge-view";
import { readRosterFile } from "../model/read-files";
import type { PaneWorker } from "../worker/client";
import { MergeSession } from "../worker/merge-session";
import type { MergeChoice } from "../worker/protocol";
import { useAnnounce } from "./Announcer";
import { ChooseFiles, DropArea, DropZone } from "./FileDrop";
import { useI18n } from "./i18n-context";
import { JobProgress } from "./JobProgress";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: "auto", width: "100%" },
  unit: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  secondary: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  fileHeader: { width: "45%" },
  checksHeader: { width: "4.5em" },
  wrap: { overflowWrap: "anywhere", verticalAlign: "top", paddingTop: "6px", paddingBottom: "6px" },
  number: { textAlign: "right", verticalAlign: "top", paddingTop: "6px" },
  // A status longer than the column is narrow ("Will be merged" at 350 px) wraps inside its badge.
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "center" },
  reason: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  rowActions: { display: "flex", flexWrap: "wrap", gap: "2px", marginTop: "2px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  resultsHeading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  detail: { backgroundColor: tokens.colorNeutralBackground2, overflowWrap: "anywhere" },
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** How a row's status looks: amber when values are left out, so that a count is never taken for granted. */
function badgeOf(row: FileRow, t: Messages): { color: BadgeProps["color"]; text: string } {
  const text: Record<RowStatus, string> = {
    willMerge: t.statusWillMerge,
    merged: t.statusIncluded,
    duplicate: t.statusDuplicate,
    overlap: t.statusOverlap,
    otherPeriod: t.statusOtherPeriod,
    skipped: t.statusSkipped,
  };
  const counted = row.status === "willMerge" || row.status === "merged";
  if (counted && row.excluded > 0) return { color: "warning", text: t.statusExcluded(text[row.status], row.excluded) };
  if (counted) return { color: "success", text: text[row.status] };
  return { color: row.quiet ? "informative" : row.status === "skipped" ? "danger" : "warning", text: text[row.status] };
}

/** Rows drawn per frame: a list of hundreds of files appears in a few frames, none of them long. */
const ROWS_PER_FRAME = 40;

/** The roster as typed: applied this long after the last keystroke, so that typing a long list stays smooth. */
const ROSTER_DELAY_MS = 400;

interface RowActions {
  /** Count this file (a duplicate, or a unit a consolidation brings) instead of the one that counts. */
  use(file: string, kept: string): void;
  include(file: string, on: boolean): void;
  remove(file: string): void;
}

/** A small button of a row: an action on that file, named for screen readers with the file it acts on. */
function RowButton(props: { label: string; name?: string; expanded?: boolean; onClick(): void }) {
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-label={props.name}
      aria-expanded={props.expanded}
      onClick={props.onClick}
    >
      {props.label}
    </Button>
  );
}

const FileRowView = memo(function FileRowView({ row, actions }: { row: FileRow; actions: RowActions }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<"findings" | "covered" | undefined>();
  const badge = badgeOf(row, t);
  const kept = row.kept;
  const toggle = (what: "findings" | "covered") => setOpen((o) => (o === what ? undefined : what));
  return (
    <>
      <TableRow>
        <TableCell className={styles.wrap}>
          <span className={styles.unit}>{row.unit || t.noUnit}</span>
          <span className={styles.secondary}>{row.sheet ? t.fileAndSheet(row.file, row.sheet) : row.file}</span>
          {row.period && <span className={styles.secondary}>{row.period}</span>}
          <span className={styles.rowActions}>
            {row.findings.length > 0 && (
              <RowButton
                label={open === "findings" ? t.hideFindings : t.showFindings(row.findings.length)}
                expanded={open === "findings"}
                onClick={() => toggle("findings")}
              />
            )}
            {row.covers && row.covers.length > 0 && (
              <RowButton
                label={open === "covered" ? t.hideCovered : t.showCovered(row.covers.length)}
                expanded={open === "covered"}
                onClick={() => toggle("covered")}
              />
            )}
            <RowButton label={t.removeFile} name={t.removeFileFor(row.file)} onClick={() => actions.remove(row.file)} />
          </span>
        </TableCell>
        <TableCell className={styles.wrap}>
          <Badge appearance="tint" color={badge.color} className={styles.badge}>
            {badge.text}
          </Badge>
          {row.reason && <span className={styles.reason}>{row.reason}</span>}
          {kept && (
            <RowButton
              label={t.useThisFile}
              name={t.useThisFileFor(row.file)}
              onClick={() => actions.use(row.file, kept)}
            />
          )}
          {row.status === "otherPeriod" && (
            <RowButton
              label={t.includeFile}
              name={t.includeFileFor(row.file)}
              onClick={() => actions.include(row.file, true)}
            />
          )}
          {row.otherPeriod && (
            <RowButton
              label={t.excludeFile}
              name={t.excludeFileFor(row.file)}
              onClick={() => actions.include(row.file, false)}
            />
          )}
        </TableCell>
        <TableCell className={styles.number}>{row.checked ? `${row.errors} / ${row.warnings}` : "—"}</TableCell>
      </TableRow>
      {open === "findings" && (
        <TableRow className={styles.detail}>
          <TableCell colSpan={3}>
            <ul className={styles.list} aria-label={t.findingsOf(row.file)}>
              {row.findings.map((f, i) => (
                <li key={i}>
                  {`${f.severity === "error" ? t.errorsHeading : t.warningsHeading} · ${
                    f.cell ? `${t.cellLabel} ${f.cell}` : t.wholeSheet
                  }${f.value ? ` «${f.value}»` : ""}: ${f.message}`}
                </li>
              ))}
            </ul>
          </TableCell>
        </TableRow>
      )}
      {open === "covered" && row.covers && (
        <TableRow className={styles.detail}>
          <TableCell colSpan={3}>
            <ul className={styles.list} aria-label={t.coveredOf(row.file)}>
              {row.covers.map((c, i) => (
                <li key={i}>
                  {t.coveredVia(c.unit, c.via.join(" › "))}
                  {c.reason && <span className={styles.reason}>{c.reason}</span>}
                  {c.kept && (
                    <RowButton
                      label={t.useThisFile}
                      name={t.useThisFileFor(row.file)}
                      onClick={() => actions.use(row.file, c.kept!)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </TableCell>
        </TableRow>
      )}
    </>
  );
});

/** The rows of a long list drawn a few dozen per frame, as transitions: the page answers while they appear. */
function useGrowing<T>(items: readonly T[]): readonly T[] {
  const [shown, setShown] = useState(ROWS_PER_FRAME);
  useEffect(() => setShown(ROWS_PER_FRAME), [items]);
  useEffect(() => {
    if (shown >= items.length) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown((n) => n + ROWS_PER_FRAME)));
    return () => cancelAnimationFrame(frame);
  }, [shown, items]);
  return items.length <= shown ? items : items.slice(0, shown);
}

function FilesTable({ rows, actions }: { rows: FileRow[]; actions: RowActions }) {
  const { t } = useI18n();
  const styles = useStyles();
  const shown = useGrowing(rows);
  // Three columns, the file and period under the unit: the table fits the task pane's ~350 px.
  return (
    <Table size="small" className={styles.table} aria-label={t.filesCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.fileHeader}>{t.colFile}</TableHeaderCell>
          <TableHeaderCell>{t.colStatus}</TableHeaderCell>
          <TableHeaderCell className={styles.checksHeader}>{t.colChecks}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((r) => (
          <FileRowView key={r.key} row={r} actions={actions} />
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "Tổng hợp": the received files are read, validated and merged in the pane's worker (MergeSession), the merge
 * worked out again as files and choices change (every template found, the period chosen, the roster); the page
 * shows the view the worker sends, and "Tổng hợp" writes the sheets (Excel: new sheets; standalone: a download).
 * Rows say what will happen before the click, what did after.
 */
export function MergeTab({ host, worker }: { host: Host; worker: PaneWorker }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const announce = useAnnounce();
  const session = useMemo(() => new MergeSession(worker), [worker]);
  // The files received, in the order given: their keys in the worker and their names.
  const [files, setFiles] = useState<{ key: string; name: string }[]>([]);
  // The merge shown, and what it was worked out for (the files and choices of that moment).
  const [view, setView] = useState<MergeView>();
  const [viewOf, setViewOf] = useState<string>();
  // The job under way that "Hủy" stops: reading files (with their count), or writing the merge.
  const [stage, setStage] = useState<{ what: "reading"; done: number; total: number } | { what: "writing" }>();
  const [templateId, setTemplateId] = useState("");
  const [period, setPeriod] = useState("");
  const [unit, setUnit] = useState("");
  const [roster, setRoster] = useState("");
  const [appliedRoster, setAppliedRoster] = useState("");
  const [leaves, setLeaves] = useState(false);
  // Files the consolidator chose to count over another copy of a unit, and files of another period included.
  const [preferred, setPreferred] = useState<string[]>([]);
  const [included, setIncluded] = useState<string[]>([]);
  const [filter, setFilter] = useState<RowFilter>("all");
  // The merge last written, by what it was made of: rows say "Đã tổng hợp" only while nothing changed since.
  const [written, setWritten] = useState<string>();
  const { busy, notes, setNotes, run } = useAction();
  const reasonId = useId("merge-reason");
  const resultsId = useId("merge-results");
  const rosterLoaded = useRef(false);
  const running = useRef<{ cancel(): void }>(undefined);

  useEffect(() => {
    host.loadRemembered().then(
      (r) => setUnit((u) => u || r.unit),
      (e: unknown) => console.error(e),
    );
    host.loadRoster().then(
      (text) => {
        setRoster((r) => r || text);
        setAppliedRoster((r) => r || text);
        rosterLoaded.current = true;
      },
      (e: unknown) => {
        console.error(e);
        rosterLoaded.current = true;
      },
    );
  }, [host]);

  useEffect(() => {
    const timer = setTimeout(() => setAppliedRoster(roster), ROSTER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [roster]);

  useEffect(() => {
    if (!rosterLoaded.current) return;
    host.saveRoster(appliedRoster).catch((e: unknown) => {
      console.error(e);
      setNotes([{ intent: "warning", text: ({ t }) => t.rosterNotSaved }]);
    });
  }, [host, appliedRoster, setNotes]);

  const keys = useMemo(() => files.map((f) => f.key), [files]);
  const units = useMemo(() => parseRosterText(appliedRoster), [appliedRoster]);
  const choice: MergeChoice = useMemo(
    () => ({
      locale,
      templateId: templateId || undefined,
      period: period || undefined,
      roster: units,
      preferred,
      includeOtherPeriod: included,
    }),
    [locale, templateId, period, units, preferred, included],
  );

  // The merge as the files and choices now are, worked out in the worker; only the latest one is shown.
  const asked = useRef(0);
  const mergeOf = JSON.stringify([keys, choice]);
  useEffect(() => {
    const n = ++asked.current;
    if (keys.length === 0) {
      setView(undefined);
      return;
    }
    session.merge(keys, choice).then(
      (v) => {
        if (n !== asked.current) return;
        startTransition(() => {
          setView(v);
          setViewOf(mergeOf);
        });
      },
      (e: unknown) => {
        console.error(e);
        if (n === asked.current) setNotes([{ intent: "error", text: ({ t }) => t.unexpectedError }]);
      },
    );
  }, [session, keys, choice, setNotes]);

  const signature = JSON.stringify([keys, choice, unit, leaves]);
  const rows = useMemo(() => {
    const shown = view?.rows ?? [];
    return written === signature ? writtenRows(shown) : shown;
  }, [view, written, signature]);
  const counts = rowCounts(rows);
  // The same array while nothing it depends on changed: the list keeps what it has drawn.
  const filtered = useMemo(() => rows.filter((r) => rowMatches(r, filter)), [rows, filter]);

  const add = (chosen: File[]) =>
    run(async (): Promise<Note[]> => {
      const fresh = await cancellable(
        session.receive(chosen, locale, { progress: (done, total) => setStage({ what: "reading", done, total }) }),
        { what: "reading", done: 0, total: chosen.length },
      );
      if (fresh.length === 0) return [];
      setFiles((prev) => [...prev, ...fresh]);
      announce(MESSAGES[locale].receivedFiles(fresh.length));
      return [];
    });

  /** Runs a job of the worker that "Hủy" can stop, showing its stage meanwhile. */
  async function cancellable<T>(job: { result: Promise<T>; cancel(): void }, first: typeof stage): Promise<T> {
    running.current = job;
    setStage(first);
    try {
      return await job.result;
    } finally {
      running.current = undefined;
      setStage(undefined);
    }
  }

  const cancel = () => {
    running.current?.cancel();
    announce(t.cancelled);
  };

  const loadRoster = ([file]: File[]) =>
    run(async (): Promise<Note[]> => {
      const list = await readRosterFile(file);
      if (!list) return [{ intent: "error", text: ({ t }) => t.rosterUnreadable(file.name) }];
      setRoster(list.join("\n"));
      return [{ intent: "success", text: ({ t }) => t.rosterLoaded(list.length, file.name) }];
    });

  const actions: RowActions = useMemo(
    () => ({
      use: (file, kept) => setPreferred((prev) => [...prev.filter((f) => f !== kept && f !== file), file]),
      include: (file, on) => setIncluded((prev) => [...prev.filter((f) => f !== file), ...(on ? [file] : [])]),
      remove: (file) =>
        setFiles((prev) => {
          void session.forget(prev.filter((f) => f.name === file).map((f) => f.key));
          return prev.filter((f) => f.name !== file);
        }),
    }),
    [session],
  );

  const clear = () => {
    void session.forget(keys);
    setFiles([]);
    setTemplateId("");
    setPeriod("");
    setPreferred([]);
    setIncluded([]);
    setNotes([]);
  };

  // Written is what is on screen: while the worker works out the merge of the latest choices, the button waits.
  const current = view !== undefined && viewOf === mergeOf;
  const mergeable = current && view.tables.length > 0;
  const disabledReason = files.length === 0 ? t.needFiles : current && !mergeable ? t.nothingToMerge : undefined;
  const merge = () =>
    run(async (): Promise<Note[]> => {
      if (!view || !mergeable) return [{ intent: "error", text: ({ t }) => t.nothingToMerge }];
      const count = view.units;
      const made = signature;
      const outputs = await cancellable(
        session.outputs(keys, choice, { unit: unit.trim(), leaves, as: host.downloadWorkbook ? "xlsx" : "layouts" }),
        { what: "writing" },
      );
      const out =
        host.downloadWorkbook && outputs.bytes
          ? host.downloadWorkbook(outputs.bytes, view.fileBase)
          : await host.writeSheets(outputs.layouts, view.fileBase);
      setWritten(made);
      const done: Note = out.fileName
        ? { intent: "success", text: ({ t }) => t.mergedDownload(count, out.fileName!) }
        : { intent: "success", text: ({ t }) => t.merged(count, out.sheetNames.join(", ")) };
      announce(done.text({ locale, t }));
      return [done];
    });

  const filters: [RowFilter, string][] = [
    ["all", t.filterAll(counts.all)],
    ["problems", t.filterProblems(counts.problems)],
    ["counted", t.filterCounted(counts.counted)],
    ["duplicates", t.filterDuplicates(counts.duplicates)],
    ["skipped", t.filterSkipped(counts.skipped)],
  ];

  return (
    <DropArea multiple disabled={busy} onFiles={add}>
      <DropZone
        text={t.dropZone}
        hint={t.chooseFilesHint}
        label={t.chooseFiles}
        multiple
        disabled={busy}
        onFiles={add}
      />
      {files.length > 0 && (
        <div className={styles.actions}>
          <Button disabledFocusable={busy} onClick={clear}>
            {t.clearFiles}
          </Button>
        </div>
      )}
      {stage?.what === "reading" && (
        <JobProgress
          label={t.reading(Math.min(stage.done + 1, stage.total), stage.total)}
          progress={stage}
          onCancel={cancel}
        />
      )}
      <Field label={t.consolidatorLabel} hint={t.consolidatorHint} className={styles.field}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </Field>
      {view && view.periods.length > 0 && (
        <Field label={t.periodChoice} className={styles.field}>
          <Select select={{ className: styles.select }} value={period} onChange={(_, data) => setPeriod(data.value)}>
            <option value="">{t.periodAutomatic(view.periods[0].period)}</option>
            {view.periods.map((p) => (
              <option key={p.period} value={p.period}>
                {t.periodOption(p.period, p.sheets)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {view && view.templates.length > 0 && (
        <Field label={t.templateChoice} className={styles.field}>
          <Select
            select={{ className: styles.select }}
            value={templateId}
            onChange={(_, data) => setTemplateId(data.value)}
          >
            <option value="">{t.templateAutomatic}</option>
            {view.templates.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t.rosterLabel} hint={t.rosterHint}>
        <Textarea value={roster} resize="vertical" rows={5} onChange={(_, data) => setRoster(data.value)} />
      </Field>
      <div className={styles.actions}>
        <ChooseFiles
          label={t.rosterFromFile}
          multiple={false}
          accept=".txt,.csv,.xlsx"
          disabled={busy}
          onFiles={loadRoster}
        />
      </div>
      <Checkbox checked={leaves} onChange={(_, data) => setLeaves(data.checked === true)} label={t.leavesOption} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableStackAbove20Regular />}
          // Focusable while busy or not possible yet: the focus stays, and the reason is read with the button.
          disabledFocusable={busy || !mergeable}
          aria-describedby={disabledReason ? reasonId : undefined}
          onClick={merge}
        >
          {t.merge}
        </Button>
        {(busy || (files.length > 0 && !current)) && !stage && <Spinner size="tiny" label={t.busy} />}
      </div>
      {stage?.what === "writing" && <JobProgress label={t.writingMerge} onCancel={cancel} />}
      {disabledReason && (
        <Text id={reasonId} className={styles.muted}>
          {disabledReason}
        </Text>
      )}
      <Notices notes={notes} />
      {view && (
        <section aria-labelledby={resultsId} className={styles.results}>
          <h2 id={resultsId} className={styles.resultsHeading}>
            {t.filesCaption}
          </h2>
          {view.tables.map((table) => (
            <Text key={table.id} weight="semibold">
              {t.mergeTarget(table.label, table.units)}
            </Text>
          ))}
          {view.period && <Text>{t.mergePeriod(view.period)}</Text>}
          <div role="group" aria-label={t.filtersLabel} className={styles.actions}>
            {filters.map(([f, label]) => (
              <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)}>
                {label}
              </ToggleButton>
            ))}
          </div>
          <FilesTable rows={filtered} actions={actions} />
          {view.missing.length > 0 && (
            <section aria-label={t.missingHeading(view.missing.length)}>
              <h3 className={styles.heading}>{t.missingHeading(view.missing.length)}</h3>
              <ul className={styles.list}>
                {view.missing.map((m) => (
                  <li key={m.unit}>
                    {m.unit}
                    {m.suggestion && <span className={styles.reason}>{t.suggestion(m.suggestion)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {view.unlisted.length > 0 && (
            <section aria-label={t.unlistedHeading(view.unlisted.length)}>
              <h3 className={styles.heading}>{t.unlistedHeading(view.unlisted.length)}</h3>
              <ul className={styles.list}>
                {view.unlisted.map((u) => (
                  <li key={u.unit}>
                    {u.unit}
                    {u.suggestion && <span className={styles.reason}>{t.suggestion(u.suggestion)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
      )}
    </DropArea>
  );
}
