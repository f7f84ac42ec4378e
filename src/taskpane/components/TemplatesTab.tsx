import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowDownload20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { catalog } from "../../domain/catalog";
import type { Host } from "../host";
import type { Messages } from "../i18n";
import { PERIOD_KINDS, periodChoiceOf, periodText, yearsAround, type PeriodChoice } from "../model/periods";
import type { Remembered } from "../model/remembered";
import {
  appendicesOf,
  documentLabel,
  documentsOf,
  templateLabel,
  templatePreview,
  templateSize,
  templateSizeText,
  type DocumentChoice,
} from "../model/templates";
import { useAnnounce } from "./Announcer";
import { DefineTemplate } from "./DefineTemplate";
import { useI18n } from "./i18n-context";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select is as wide as its longest option (document titles are long): keep it to the pane's width.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  period: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  periodKind: { flexGrow: 1, minWidth: "10em" },
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

/** The appendix select's value: one table by its id, or every table of an appendix of the document. */
const ONE = "t:";
const ALL = "a:";

const KIND_LABELS: Record<(typeof PERIOD_KINDS)[number], (t: Messages) => string> = {
  q1: (t) => t.periodQ1,
  q2: (t) => t.periodQ2,
  q3: (t) => t.periodQ3,
  q4: (t) => t.periodQ4,
  h1: (t) => t.periodH1,
  m9: (t) => t.periodM9,
  year: (t) => t.periodYear,
};

/** The reporting period: a kind of period and a year from lists, or a text typed freely, or left blank. */
function PeriodPicker(props: { value: PeriodChoice; onChange(value: PeriodChoice): void; lastYear: number }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { value } = props;
  const year = "year" in value ? value.year : props.lastYear;
  const years = yearsAround(new Date().getFullYear());
  return (
    <div className={styles.period}>
      <Field label={t.periodLabel} className={styles.periodKind}>
        <Select
          select={{ className: styles.select }}
          value={value.kind}
          onChange={(_, data) => {
            const kind = data.value as PeriodChoice["kind"];
            props.onChange(
              kind === "blank"
                ? { kind }
                : kind === "other"
                  ? { kind, text: value.kind === "other" ? value.text : periodText(value) }
                  : { kind, year },
            );
          }}
        >
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k](t)}
            </option>
          ))}
          <option value="other">{t.periodOther}</option>
          <option value="blank">{t.periodBlank}</option>
        </Select>
      </Field>
      {value.kind !== "other" && value.kind !== "blank" && (
        <Field label={t.yearLabel}>
          <Select
            value={String(year)}
            onChange={(_, data) => props.onChange({ kind: value.kind, year: Number(data.value) })}
          >
            {(years.includes(year) ? years : [...years, year]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {value.kind === "other" && (
        <Field label={t.periodTextLabel} hint={t.periodHint} className={styles.periodKind}>
          <Input value={value.text} onChange={(_, data) => props.onChange({ kind: "other", text: data.value })} />
        </Field>
      )}
    </div>
  );
}

/** What the chosen appendix value names: its document's tables to write, and whether it is all of an appendix. */
function chosenTables(choice: DocumentChoice, value: string) {
  if (value.startsWith(ALL)) {
    const group = appendicesOf(choice).find((a) => a.appendix === value.slice(ALL.length));
    if (group) return { entries: group.templates, all: true };
  }
  const one = choice.templates.find((e) => `${ONE}${e.template.id}` === value) ?? choice.templates[0];
  return { entries: [one], all: false };
}

/**
 * "Mẫu biểu": choose the document and its appendix table (or every table of the appendix), give unit and period,
 * insert (Excel) or download (standalone). The choice is remembered for next time.
 */
export function TemplatesTab({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const announce = useAnnounce();
  const documents = useMemo(() => documentsOf(catalog()), []);
  const [documentId, setDocumentId] = useState(documents[0].document.id);
  const choice = documents.find((d) => d.document.id === documentId) ?? documents[0];
  const [tables, setTables] = useState(`${ONE}${choice.templates[0].template.id}`);
  const { entries, all } = chosenTables(choice, tables);
  const [unit, setUnit] = useState("");
  const [period, setPeriod] = useState<PeriodChoice>({ kind: "blank" });
  const [lastYear, setLastYear] = useState(new Date().getFullYear());
  const periodValue = periodText(period);
  const first = entries[0];
  const size = useMemo(() => templateSize(first), [first]);
  const preview = useMemo(
    () => templatePreview(first, unit.trim(), periodValue).filter((l) => !all || l.kind !== "heading"),
    [first, all, unit, periodValue],
  );
  const { busy, notes, setNotes, run } = useAction();
  const hintId = useId("insert-hint");
  // A choice the user makes before the remembered one arrives wins over it.
  const touched = useRef({ tables: false, unit: false, period: false });

  useEffect(() => {
    host.loadRemembered().then(
      (r) => {
        const doc = documents.find((d) => d.templates.some((e) => e.template.id === r.templateId));
        if (doc && !touched.current.tables) {
          setDocumentId(doc.document.id);
          const appendix = doc.templates.find((e) => e.template.id === r.templateId)!.template.appendix;
          setTables(r.allTables ? `${ALL}${appendix}` : `${ONE}${r.templateId}`);
        }
        if (!touched.current.unit) setUnit((u) => u || r.unit);
        if (!touched.current.period && r.period) {
          const remembered = periodChoiceOf(r.period);
          setPeriod(remembered);
          if ("year" in remembered) setLastYear(remembered.year);
        }
      },
      (e: unknown) => {
        console.error(e);
        setNotes([{ intent: "warning", text: ({ t }) => t.unexpectedError }]);
      },
    );
  }, [host, documents, setNotes]);

  const insert = () =>
    run(async () => {
      const value: Remembered = {
        templateId: first.template.id,
        allTables: all,
        unit: unit.trim(),
        period: periodValue,
      };
      const written = await host.insertTemplates({
        templateIds: entries.map((e) => e.template.id),
        unit: value.unit,
        period: value.period,
      });
      const done: Note = written.fileName
        ? { intent: "success", text: ({ t }) => t.downloaded(written.fileName!) }
        : { intent: "success", text: ({ t }) => t.inserted(written.sheetNames.map((n) => `«${n}»`).join(", ")) };
      announce(done.text({ locale, t }));
      try {
        await host.saveRemembered(value);
        return [done];
      } catch (e) {
        console.error(e);
        return [done, { intent: "warning", text: ({ t }) => t.rememberFailed }];
      }
    });

  const excel = host.kind === "excel";
  return (
    <div className={styles.panel}>
      <Field label={t.documentLabel} className={styles.field}>
        <Select
          select={{ className: styles.select }}
          value={choice.document.id}
          onChange={(_, data) => {
            const next = documents.find((d) => d.document.id === data.value) ?? documents[0];
            touched.current.tables = true;
            setDocumentId(next.document.id);
            setTables(`${ONE}${next.templates[0].template.id}`);
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
          value={all ? `${ALL}${first.template.appendix}` : `${ONE}${first.template.id}`}
          onChange={(_, data) => {
            touched.current.tables = true;
            setTables(data.value);
          }}
        >
          {appendicesOf(choice).map((a) =>
            a.templates.length === 1 ? (
              <option key={a.appendix} value={`${ONE}${a.templates[0].template.id}`}>
                {templateLabel(a.templates[0], t)}
              </option>
            ) : (
              <optgroup key={a.appendix} label={a.appendix}>
                <option value={`${ALL}${a.appendix}`}>{t.allTables(a.templates.length)}</option>
                {a.templates.map((e) => (
                  <option key={e.template.id} value={`${ONE}${e.template.id}`}>
                    {templateLabel(e, t)}
                  </option>
                ))}
              </optgroup>
            ),
          )}
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
        <Text>
          {all
            ? t.tablesOf(entries.length, entries.map((e) => e.template.table ?? e.template.appendix).join(", "))
            : templateSizeText(size, t)}
        </Text>
        <Text>{t.unitIs(unit.trim() || t.leftBlank)}</Text>
        <Text>{t.periodIs(periodValue || t.leftBlank)}</Text>
      </div>
      <Field label={t.unitLabel} hint={t.unitHint}>
        <Input
          value={unit}
          onChange={(_, data) => {
            touched.current.unit = true;
            setUnit(data.value);
          }}
        />
      </Field>
      <PeriodPicker
        value={period}
        lastYear={lastYear}
        onChange={(next) => {
          touched.current.period = true;
          if ("year" in next) setLastYear(next.year);
          setPeriod(next);
        }}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={excel ? <TableAdd20Regular /> : <ArrowDownload20Regular />}
          disabledFocusable={busy}
          aria-describedby={hintId}
          onClick={insert}
        >
          {excel ? t.insert : t.download}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
        <Text id={hintId} className={styles.muted}>
          {excel ? t.insertHintExcel(entries.length) : t.insertHintStandalone}
        </Text>
      </div>
      <Notices notes={notes} />
      <DefineTemplate host={host} unit={unit.trim()} period={periodValue} />
    </div>
  );
}
