import {
  Badge,
  Button,
  Field,
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
  makeStyles,
  tokens,
  useId,
  type BadgeProps,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { catalog } from "../../domain/catalog";
import { mergeFiles } from "../../domain/merge/merge";
import { mergeOutputSheets } from "../../domain/merge/output-sheets";
import { parseRosterText } from "../../domain/merge/roster";
import type { ReceivedFile } from "../../domain/merge/select";
import type { Host } from "../host";
import type { Messages } from "../i18n";
import { fileRows, mergeFileBase, templatesIn, type FileRow } from "../model/merge-view";
import { readReceived } from "../model/read-files";
import { templateLabel } from "../model/templates";
import { ChooseFiles, DropArea } from "./FileDrop";
import { useI18n } from "./i18n-context";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: "auto", width: "100%" },
  fileName: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  fileHeader: { width: "45%" },
  checksHeader: { width: "4.5em" },
  wrap: { overflowWrap: "anywhere", verticalAlign: "top", paddingTop: "6px", paddingBottom: "6px" },
  number: { textAlign: "right", verticalAlign: "top", paddingTop: "6px" },
  reason: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

const STATUS: Record<FileRow["status"], { color: BadgeProps["color"]; text: (t: Messages) => string }> = {
  included: { color: "success", text: (t) => t.statusIncluded },
  duplicate: { color: "warning", text: (t) => t.statusDuplicate },
  overlap: { color: "warning", text: (t) => t.statusDuplicate },
  skipped: { color: "danger", text: (t) => t.statusSkipped },
};

/** A chosen file, known again if it is chosen twice (same name, size and time). */
const fileKey = (f: File) => `${f.name}|${f.size}|${f.lastModified}`;

function FilesTable({ rows }: { rows: FileRow[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  // Three columns, the unit and period under the file name: the table fits the task pane's ~350 px.
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
          <TableRow key={r.key}>
            <TableCell className={styles.wrap}>
              <span className={styles.fileName}>{r.sheet ? `${r.file} («${r.sheet}»)` : r.file}</span>
              {(r.unit || r.period) && (
                <span className={styles.reason}>{[r.unit, r.period].filter(Boolean).join(" · ")}</span>
              )}
            </TableCell>
            <TableCell className={styles.wrap}>
              <Badge appearance="tint" color={STATUS[r.status].color}>
                {STATUS[r.status].text(t)}
              </Badge>
              {r.reason && <span className={styles.reason}>{r.reason}</span>}
            </TableCell>
            <TableCell className={styles.number}>{r.checked ? `${r.errors} / ${r.warnings}` : "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "Tổng hợp": received files are read and validated here in the pane (both modes), the merge is worked out as
 * files, template or roster change, and "Tổng hợp" writes its sheets (Excel: new sheets; standalone: a download).
 */
export function MergeTab({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [files, setFiles] = useState<{ key: string; received: ReceivedFile }[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [templateId, setTemplateId] = useState("");
  const [roster, setRoster] = useState("");
  // Files the consolidator chose to count over another file of the same unit.
  const [preferred, setPreferred] = useState<string[]>([]);
  const { busy, notes, setNotes, run } = useAction();
  const hintId = useId("merge-hint");

  const received = useMemo(() => files.map((f) => f.received), [files]);
  const units = useMemo(() => parseRosterText(roster), [roster]);
  const choices = useMemo(() => templatesIn(received, catalog()), [received]);
  const result = useMemo(
    () =>
      received.length === 0
        ? undefined
        : mergeFiles(received, catalog(), {
            locale,
            templateId: templateId || undefined,
            roster: units.length > 0 ? units : undefined,
            preferred,
          }),
    [received, templateId, units, locale, preferred],
  );

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

  const merge = () =>
    run(async (): Promise<Note[]> => {
      if (!result || result.tables.length === 0) return [{ intent: "error", text: ({ t }) => t.nothingToMerge }];
      const count = new Set(result.tables.flatMap((table) => table.leaves.map((l) => l.unitKey))).size;
      const written = await host.writeSheets(mergeOutputSheets(result, locale), mergeFileBase(result));
      return [
        written.fileName
          ? { intent: "success", text: ({ t }) => t.mergedDownload(count, written.fileName!) }
          : { intent: "success", text: ({ t }) => t.merged(count, written.sheetNames.join(", ")) },
      ];
    });

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
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={merge}>
          {t.merge}
        </Button>
        {busy && !progress && <Spinner size="tiny" label={t.busy} />}
      </div>
      <Notices notes={notes} />
      {result && (
        <>
          {result.tables.map((table) => (
            <Text key={table.entry.template.id} weight="semibold">
              {t.mergeTarget(templateLabel(table.entry, t), result.period)}
            </Text>
          ))}
          <Text>
            {t.mergeCounts(
              result.sources.filter((s) => s.status === "included").length,
              result.duplicates.length,
              result.skipped.length,
            )}
          </Text>
          <FilesTable rows={fileRows(result, received)} />
          {result.missing.length > 0 && (
            <section aria-label={t.missingHeading(result.missing.length)}>
              <h4 className={styles.heading}>{t.missingHeading(result.missing.length)}</h4>
              <ul className={styles.list}>
                {result.missing.map((u) => (
                  <li key={u.unit}>{u.unit}</li>
                ))}
              </ul>
            </section>
          )}
          {result.duplicates.length > 0 && (
            <section aria-label={t.duplicatesHeading(result.duplicates.length)}>
              <h4 className={styles.heading}>{t.duplicatesHeading(result.duplicates.length)}</h4>
              <ul className={styles.list}>
                {result.duplicates.map((d, i) => (
                  <li key={i}>
                    {t.duplicateLine(d.unit, d.file, d.reason)}{" "}
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={t.useThisFileFor(d.file)}
                      onClick={() => setPreferred((prev) => [...prev.filter((f) => f !== d.kept), d.file])}
                    >
                      {t.useThisFile}
                    </Button>
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
