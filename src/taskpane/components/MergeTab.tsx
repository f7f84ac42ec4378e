import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  ProgressBar,
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
import { useEffect, useMemo, useRef, useState } from "react";
import { catalog } from "../../domain/catalog";
import { mergeFiles, type MergeResult } from "../../domain/merge/merge";
import { mergeOutputSheets } from "../../domain/merge/output-sheets";
import { parseRosterText } from "../../domain/merge/roster";
import type { ReceivedFile } from "../../domain/merge/select";
import type { Host } from "../host";
import type { Messages } from "../i18n";
import {
  fileRows,
  mergeFileBase,
  rowCounts,
  rowMatches,
  templatesIn,
  unitCount,
  type FileRow,
  type RowFilter,
  type RowStatus,
} from "../model/merge-view";
import { readReceived, readRosterFile } from "../model/read-files";
import { templateLabel } from "../model/templates";
import { ChooseFiles, DropArea } from "./FileDrop";
import { useI18n } from "./i18n-context";
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
  reason: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  rowActions: { display: "flex", flexWrap: "wrap", gap: "2px", marginTop: "2px" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  detail: { backgroundColor: tokens.colorNeutralBackground2, overflowWrap: "anywhere" },
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
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

/** A chosen file, known again if it is chosen twice (same name, size and time). */
const fileKey = (f: File) => `${f.name}|${f.size}|${f.lastModified}`;

/** The roster as typed: applied this long after the last keystroke, so that typing a long list stays smooth. */
const ROSTER_DELAY_MS = 400;

interface RowActions {
  /** Count this file (a duplicate, or a unit a consolidation brings) instead of the one that counts. */
  use(file: string, kept: string): void;
  include(file: string, on: boolean): void;
  remove(file: string): void;
}

/** The file whose copy counts in place of `row`'s, when the row lost to another input. */
function keptInstead(result: MergeResult, row: FileRow): string | undefined {
  return (
    result.duplicates.find((d) => d.file === row.file && (row.sheet === undefined || d.sheet === row.sheet))?.kept ??
    result.overlaps.find((o) => o.file === row.file)?.kept
  );
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

function FileRowView({ row, result, actions }: { row: FileRow; result: MergeResult; actions: RowActions }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<"findings" | "covered" | undefined>();
  const badge = badgeOf(row, t);
  const kept = keptInstead(result, row);
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
          <Badge appearance="tint" color={badge.color}>
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
              {row.covers.map((c, i) => {
                const other = c.counted
                  ? undefined
                  : result.overlaps.find((o) => o.file === row.file && o.unit === c.unit);
                return (
                  <li key={i}>
                    {t.coveredVia(c.unit, c.via.join(" › "))}
                    {c.reason && <span className={styles.reason}>{c.reason}</span>}
                    {other && (
                      <RowButton
                        label={t.useThisFile}
                        name={t.useThisFileFor(row.file)}
                        onClick={() => actions.use(row.file, other.kept)}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

function FilesTable({ rows, result, actions }: { rows: FileRow[]; result: MergeResult; actions: RowActions }) {
  const { t } = useI18n();
  const styles = useStyles();
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
        {rows.map((r) => (
          <FileRowView key={r.key} row={r} result={result} actions={actions} />
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "Tổng hợp": received files are read and validated here in the pane (both modes), the merge is worked out as
 * files and choices change (every template found, the period chosen, the roster), and "Tổng hợp" writes its
 * sheets (Excel: new sheets; standalone: a download). Rows say what will happen before the click, what did after.
 */
export function MergeTab({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [files, setFiles] = useState<{ key: string; received: ReceivedFile }[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
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
  const hintId = useId("merge-hint");
  const reasonId = useId("merge-reason");
  const rosterLoaded = useRef(false);

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

  const received = useMemo(() => files.map((f) => f.received), [files]);
  const units = useMemo(() => parseRosterText(appliedRoster), [appliedRoster]);
  const choices = useMemo(() => templatesIn(received, catalog()), [received]);
  const result = useMemo(
    () =>
      received.length === 0
        ? undefined
        : mergeFiles(received, catalog(), {
            locale,
            templateId: templateId || undefined,
            period: period || undefined,
            roster: units.length > 0 ? units : undefined,
            preferred,
            includeOtherPeriod: included,
          }),
    [received, templateId, period, units, locale, preferred, included],
  );
  const signature = JSON.stringify([
    files.map((f) => f.key),
    templateId,
    period,
    unit,
    units,
    preferred,
    included,
    leaves,
  ]);
  const rows = useMemo(
    () => (result ? fileRows(result, received, written === signature) : []),
    [result, received, written, signature],
  );
  const counts = rowCounts(rows);

  const add = (chosen: File[]) => {
    const known = new Set(files.map((f) => f.key));
    const fresh = chosen.filter((f) => !known.has(fileKey(f)));
    if (fresh.length === 0) return;
    void run(async () => {
      try {
        const read = await readReceived(fresh, locale, (done, total) => setProgress({ done, total }));
        setFiles((prev) => [...prev, ...read.map((r, i) => ({ key: fileKey(fresh[i]), received: r }))]);
        return [];
      } finally {
        setProgress(undefined);
      }
    });
  };

  const loadRoster = ([file]: File[]) =>
    run(async (): Promise<Note[]> => {
      const list = await readRosterFile(file);
      if (!list) return [{ intent: "error", text: ({ t }) => t.rosterUnreadable(file.name) }];
      setRoster(list.join("\n"));
      return [{ intent: "success", text: ({ t }) => t.rosterLoaded(list.length, file.name) }];
    });

  const actions: RowActions = {
    use: (file, kept) => setPreferred((prev) => [...prev.filter((f) => f !== kept && f !== file), file]),
    include: (file, on) => setIncluded((prev) => [...prev.filter((f) => f !== file), ...(on ? [file] : [])]),
    remove: (file) => setFiles((prev) => prev.filter((f) => f.received.file !== file)),
  };

  const disabledReason = files.length === 0 ? t.needFiles : result?.tables.length === 0 ? t.nothingToMerge : undefined;
  const merge = () =>
    run(async (): Promise<Note[]> => {
      if (!result || result.tables.length === 0) return [{ intent: "error", text: ({ t }) => t.nothingToMerge }];
      const count = unitCount(result);
      // The consolidating unit only goes into the title blocks: typing it does not redo the merge.
      const sheets = mergeOutputSheets({ ...result, unit: unit.trim() }, locale, { leaves });
      const out = await host.writeSheets(sheets, mergeFileBase(result));
      setWritten(signature);
      return [
        out.fileName
          ? { intent: "success", text: ({ t }) => t.mergedDownload(count, out.fileName!) }
          : { intent: "success", text: ({ t }) => t.merged(count, out.sheetNames.join(", ")) },
      ];
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
      <div className={styles.actions}>
        <ChooseFiles label={t.chooseFiles} multiple disabled={busy} describedBy={hintId} onFiles={add} />
        {files.length > 0 && (
          <Button
            disabled={busy}
            onClick={() => {
              setFiles([]);
              setTemplateId("");
              setPeriod("");
              setPreferred([]);
              setIncluded([]);
              setNotes([]);
            }}
          >
            {t.clearFiles}
          </Button>
        )}
      </div>
      <Text id={hintId} className={styles.muted}>
        {t.chooseFilesHint}
      </Text>
      {progress && (
        <Field label={t.reading(Math.min(progress.done + 1, progress.total), progress.total)}>
          <ProgressBar value={progress.done} max={progress.total} />
        </Field>
      )}
      <Field label={t.consolidatorLabel} hint={t.consolidatorHint} className={styles.field}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </Field>
      {result && result.periods.length > 0 && (
        <Field label={t.periodChoice} className={styles.field}>
          <Select select={{ className: styles.select }} value={period} onChange={(_, data) => setPeriod(data.value)}>
            <option value="">{t.periodAutomatic(result.periods[0].period)}</option>
            {result.periods.map((p) => (
              <option key={p.period} value={p.period}>
                {t.periodOption(p.period, p.sheets)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {choices.length > 0 && (
        <Field label={t.templateChoice} className={styles.field}>
          <Select
            select={{ className: styles.select }}
            value={templateId}
            onChange={(_, data) => setTemplateId(data.value)}
          >
            <option value="">{t.templateAutomatic}</option>
            {choices.map((e) => (
              <option key={e.template.id} value={e.template.id}>
                {templateLabel(e, t)}
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
          disabled={busy || disabledReason !== undefined}
          aria-describedby={disabledReason ? reasonId : undefined}
          onClick={merge}
        >
          {t.merge}
        </Button>
        {busy && !progress && <Spinner size="tiny" label={t.busy} />}
      </div>
      {disabledReason && (
        <Text id={reasonId} className={styles.muted}>
          {disabledReason}
        </Text>
      )}
      <Notices notes={notes} />
      {result && (
        <>
          {result.tables.map((table) => (
            <Text key={table.entry.template.id} weight="semibold">
              {t.mergeTarget(templateLabel(table.entry, t), table.leaves.length)}
            </Text>
          ))}
          {result.period && <Text>{t.mergePeriod(result.period)}</Text>}
          <div role="group" aria-label={t.filtersLabel} className={styles.actions}>
            {filters.map(([f, label]) => (
              <ToggleButton key={f} size="small" checked={filter === f} onClick={() => setFilter(f)}>
                {label}
              </ToggleButton>
            ))}
          </div>
          <FilesTable rows={rows.filter((r) => rowMatches(r, filter))} result={result} actions={actions} />
          {result.missing.length > 0 && (
            <section aria-label={t.missingHeading(result.missing.length)}>
              <h4 className={styles.heading}>{t.missingHeading(result.missing.length)}</h4>
              <ul className={styles.list}>
                {result.missing.map((m) => (
                  <li key={m.unit}>
                    {m.unit}
                    {m.suggestion && <span className={styles.reason}>{t.suggestion(m.suggestion)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {result.unlisted.length > 0 && (
            <section aria-label={t.unlistedHeading(result.unlisted.length)}>
              <h4 className={styles.heading}>{t.unlistedHeading(result.unlisted.length)}</h4>
              <ul className={styles.list}>
                {result.unlisted.map((u) => (
                  <li key={u.unit}>
                    {u.unit}
                    {u.suggestion && <span className={styles.reason}>{t.suggestion(u.suggestion)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </DropArea>
  );
}
