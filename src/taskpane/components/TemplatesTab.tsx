import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { catalog } from "../../domain/catalog";
import type { Host } from "../host";
import {
  documentLabel,
  documentsOf,
  templateLabel,
  templateSize,
  templatePreview,
  templateSizeText,
} from "../model/templates";
import { DefineTemplate } from "./DefineTemplate";
import { useI18n } from "./i18n-context";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select is as wide as its longest option (document titles are long): keep it to the pane's width.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  // The "(Kèm theo Báo cáo số      /BC-      ngày ...)" line keeps the blanks left for the number and date.
  muted: { color: tokens.colorNeutralForeground3, whiteSpace: "pre-wrap" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** "Mẫu biểu": choose the document and its appendix table, give unit and period, insert (Excel) or download. */
export function TemplatesTab({ host }: { host: Host }) {
  const { t } = useI18n();
  const styles = useStyles();
  const documents = useMemo(() => documentsOf(catalog()), []);
  const [documentId, setDocumentId] = useState(documents[0].document.id);
  const choice = documents.find((d) => d.document.id === documentId) ?? documents[0];
  const [templateId, setTemplateId] = useState(choice.templates[0].template.id);
  const entry = choice.templates.find((e) => e.template.id === templateId) ?? choice.templates[0];
  const size = useMemo(() => templateSize(entry), [entry]);
  const [unit, setUnit] = useState("");
  const [period, setPeriod] = useState("");
  const preview = useMemo(() => templatePreview(entry, unit.trim(), period.trim()), [entry, unit, period]);
  const { busy, notes, setNotes, run } = useAction();
  const hintId = useId("insert-hint");

  useEffect(() => {
    host.loadRemembered().then(
      (r) => {
        // What the user typed meanwhile wins over what was remembered.
        setUnit((u) => u || r.unit);
        setPeriod((p) => p || r.period);
      },
      (e: unknown) => {
        console.error(e);
        setNotes([{ intent: "warning", text: ({ t }) => t.unexpectedError }]);
      },
    );
  }, [host, setNotes]);

  const insert = () =>
    run(async () => {
      const value = { unit: unit.trim(), period: period.trim() };
      const written = await host.insertTemplate({ templateId: entry.template.id, ...value });
      const done: Note = written.fileName
        ? { intent: "success", text: ({ t }) => t.downloaded(written.fileName!) }
        : { intent: "success", text: ({ t }) => t.inserted(written.sheetNames.join(", ")) };
      try {
        await host.saveRemembered(value);
        return [done];
      } catch (e) {
        console.error(e);
        return [done, { intent: "warning", text: ({ t }) => t.rememberFailed }];
      }
    });

  return (
    <div className={styles.panel}>
      <Field label={t.documentLabel} className={styles.field}>
        <Select
          select={{ className: styles.select }}
          value={choice.document.id}
          onChange={(_, data) => {
            const next = documents.find((d) => d.document.id === data.value) ?? documents[0];
            setDocumentId(next.document.id);
            setTemplateId(next.templates[0].template.id);
          }}
        >
          {documents.map((d) => (
            <option key={d.document.id} value={d.document.id}>
              {documentLabel(d.document)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.appendixLabel} className={styles.field}>
        <Select
          select={{ className: styles.select }}
          value={entry.template.id}
          onChange={(_, data) => setTemplateId(data.value)}
        >
          {choice.templates.map((e) => (
            <option key={e.template.id} value={e.template.id}>
              {templateLabel(e, t)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.card}>
        {preview.map((line, i) => (
          <Text
            key={i}
            className={line.kind === "title" ? styles.title : line.kind === "attached" ? styles.muted : undefined}
          >
            {line.text}
          </Text>
        ))}
        <Text>{templateSizeText(size, t)}</Text>
      </div>
      <Field label={t.unitLabel} hint={t.unitHint}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </Field>
      <Field label={t.periodLabel} hint={t.periodHint}>
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} aria-describedby={hintId} onClick={insert}>
          {t.insert}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
        <Text id={hintId} className={styles.muted}>
          {host.kind === "excel" ? t.insertHintExcel : t.insertHintStandalone}
        </Text>
      </div>
      <Notices notes={notes} />
      <DefineTemplate host={host} unit={unit.trim()} period={period.trim()} />
    </div>
  );
}
