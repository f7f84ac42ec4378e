import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { plainTitle } from "../../domain/catalog/catalog";
import { definitionFileText, type UserDefinition } from "../../domain/catalog/definitions";
import { defineProblemMessage, kindName, tableFailureMessage } from "../../domain/define";
import type { Host, TableSource } from "../host";
import {
  KINDS,
  definitionFileName,
  kindInputOf,
  draftFrom,
  finish,
  forget,
  legendOf,
  remember,
  rememberedDefinitions,
  reviewRows,
  ruleOf,
  withRule,
  type Draft,
  type Kind,
  type KindInput,
  type ReviewRow,
} from "../model/define-template";
import { ChooseFiles } from "./FileDrop";
import { useI18n } from "./i18n-context";
import { Notices, useAction, type Note } from "./Notices";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Set apart from the catalog's templates above it.
  own: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  // One indicator per line; at the pane's width its kind goes under its label.
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "3em minmax(0, 1fr) minmax(11em, 16em)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 560px)": { gridTemplateColumns: "2.5em minmax(0, 1fr)" },
  },
  stt: { color: tokens.colorNeutralForeground2 },
  what: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, overflowWrap: "anywhere" },
  kind: { minWidth: 0, "@media (max-width: 560px)": { gridColumn: "2 / 3" } },
  problem: { color: tokens.colorPaletteDarkOrangeForeground1 },
  kindCell: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: "6px" },
  item: { overflowWrap: "anywhere" },
});

/**
 * "Mẫu tự tạo" in the Mẫu biểu tab: a table the user already has becomes a template. Excel reads the active sheet,
 * the standalone page a chosen file; the inferred indicators are shown with their kind for review; "Lưu mẫu"
 * downloads the definition and "Chèn mẫu" inserts it like a catalog template. The definitions made are remembered
 * (workbook settings or the browser) and listed to be inserted again.
 */
export function DefineTemplate({ host, unit, period }: { host: Host; unit: string; period: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId("define-heading");
  const hintId = useId("define-hint");
  const [table, setTable] = useState<TableSource>();
  const [draft, setDraft] = useState<Draft>();
  const [typed, setTyped] = useState<Map<string, KindInput>>(new Map());
  const [remembered, setRemembered] = useState<UserDefinition[]>([]);
  const { busy, notes, setNotes, run } = useAction();

  useEffect(() => {
    host.loadDefinitions().then(
      (texts) => setRemembered(rememberedDefinitions(texts)),
      (e: unknown) => console.error(e),
    );
  }, [host]);

  const start = (source: TableSource, sheet?: string): Note[] => {
    const grids = sheet === undefined ? source.grids : source.grids.filter((g) => g.sheetName === sheet);
    const made = draftFrom(source.source, grids, new Date().getFullYear());
    setTable(source);
    setTyped(new Map());
    if (!made.ok) {
      setDraft(undefined);
      return [{ intent: "warning", text: ({ locale: l }) => tableFailureMessage(made.reason, l) }];
    }
    setDraft(made.draft);
    return [];
  };

  const read = (file?: File) => run(async () => start(await host.readTable(file)));

  const keep = async (definition: UserDefinition): Promise<Note[]> => {
    const next = remember(remembered, definition);
    setRemembered(next);
    try {
      await host.saveDefinitions(next.map((d) => d.definition.json));
      return [];
    } catch (e) {
      console.error(e);
      return [{ intent: "warning", text: ({ t: m }) => m.definitionRememberFailed }];
    }
  };

  /** The draft through the schema; its issues (never expected from the pane's own choices) shown if any. */
  const finished = (): UserDefinition => {
    const done = finish(draft!);
    if (!done.ok) throw new Error(done.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    return done.definition;
  };

  const insert = (definition: UserDefinition, andKeep: boolean) =>
    run(async () => {
      const written = await host.insertTemplates({ templateIds: [definition.template.id], unit, period, definition });
      const done: Note = written.fileName
        ? { intent: "success", text: ({ t: m }) => m.downloaded(written.fileName!) }
        : { intent: "success", text: ({ t: m }) => m.inserted(written.sheetNames.map((n) => `«${n}»`).join(", ")) };
      return [done, ...(andKeep ? await keep(definition) : [])];
    });

  const download = (definition: UserDefinition) =>
    host.saveTextFile(definitionFileText(definition), definitionFileName(definition));

  const save = () =>
    run(async () => {
      const definition = finished();
      await download(definition);
      const title = plainTitle(definition);
      const file = definitionFileName(definition);
      return [{ intent: "success", text: ({ t: m }) => m.definitionSaved(title, file) }, ...(await keep(definition))];
    });

  const choose = (row: ReviewRow, next: KindInput) => {
    setTyped((prev) => new Map(prev).set(row.id, next));
    const rule = ruleOf(next);
    if (rule) setDraft((d) => d && withRule(d, row.id, rule));
  };

  const rows = draft ? reviewRows(draft) : [];
  const invalid = rows.some((r) => {
    const ty = typed.get(r.id);
    return ty !== undefined && !ruleOf(ty);
  });
  const sheets = table?.grids.map((g) => g.sheetName) ?? [];

  return (
    <section className={mergeClasses(styles.section, styles.own)} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.defineHeading}
      </h2>
      <Text className={styles.muted}>{t.defineIntro}</Text>
      <div className={styles.actions}>
        {host.kind === "excel" ? (
          <Button disabled={busy} aria-describedby={hintId} onClick={() => read()}>
            {t.defineFromSheet}
          </Button>
        ) : (
          <ChooseFiles
            label={t.defineFromFile}
            multiple={false}
            disabled={busy}
            describedBy={hintId}
            onFiles={([file]) => read(file)}
          />
        )}
        {busy && <Spinner size="tiny" label={t.busy} />}
        <Text id={hintId} className={styles.muted}>
          {host.kind === "excel" ? t.defineFromSheetHint : t.defineFromFileHint}
        </Text>
      </div>
      {table && draft && (
        <div className={styles.card}>
          {sheets.length > 1 && (
            <Field label={t.defineSheetLabel}>
              <Select value={draft.sheet} onChange={(_, data) => setNotes(start(table, data.value))}>
                {sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
          )}
          <Text className={styles.title}>{draft.module.templates[0].title.join(" ")}</Text>
          <Text>{t.defineSummary(rows.length, draft.problems.length)}</Text>
          <ol className={styles.rows} aria-label={t.defineReviewLabel}>
            {rows.map((row) => (
              <li key={row.id} className={styles.row}>
                <span className={styles.stt}>{row.stt}</span>
                <div className={styles.what}>
                  <Text>{row.label}</Text>
                  {row.unit && <Text size={200} className={styles.muted}>{`${t.colUnit}: ${row.unit}`}</Text>}
                  {row.problem && (
                    <Text size={200} className={styles.problem}>
                      {defineProblemMessage(row.problem, locale)}
                    </Text>
                  )}
                </div>
                <div className={styles.kind}>
                  {row.rule ? (
                    <KindChoice
                      row={row}
                      typed={typed.get(row.id) ?? kindInputOf(row.rule)}
                      onChange={(v) => choose(row, v)}
                    />
                  ) : (
                    <Text>{t.byColumn([...new Set(row.columnKinds.map((k) => kindName(k, locale)))].join(", "))}</Text>
                  )}
                </div>
              </li>
            ))}
          </ol>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || invalid} onClick={save}>
              {t.saveDefinition}
            </Button>
            <Button disabled={busy || invalid} onClick={() => insert(finished(), true)}>
              {host.kind === "excel" ? t.insert : t.download}
            </Button>
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() => {
                setDraft(undefined);
                setTable(undefined);
                setNotes([]);
              }}
            >
              {t.discardDraft}
            </Button>
          </div>
        </div>
      )}
      <Notices notes={notes} />
      {remembered.length > 0 && (
        <section className={styles.section} aria-label={t.rememberedHeading}>
          <h3 className={styles.subheading}>{t.rememberedHeading}</h3>
          <Text className={styles.muted}>{t.rememberedHint}</Text>
          <ul className={styles.list}>
            {remembered.map((d) => (
              <li key={d.template.id} className={styles.item}>
                <Text>{t.rememberedItem(plainTitle(d), d.template.id)}</Text>
                <div className={styles.actions}>
                  <Button size="small" disabled={busy} onClick={() => insert(d, false)}>
                    {host.kind === "excel" ? t.insert : t.download}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() =>
                      run(async () => {
                        await download(d);
                        return [];
                      })
                    }
                  >
                    {t.downloadDefinition}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() =>
                      run(async () => {
                        const next = forget(remembered, d.template.id);
                        setRemembered(next);
                        await host.saveDefinitions(next.map((x) => x.definition.json));
                        const title = plainTitle(d);
                        return [{ intent: "success", text: ({ t: m }) => m.removed(title) }];
                      })
                    }
                  >
                    {t.removeDefinition}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** The kind of one indicator, with what that kind needs: a legend, a maximum score, the form of a pair. */
function KindChoice({ row, typed, onChange }: { row: ReviewRow; typed: KindInput; onChange(next: KindInput): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const valid = ruleOf(typed) !== undefined;
  return (
    <div className={styles.kindCell}>
      <Select
        aria-label={t.kindOf(row.label)}
        select={{ className: styles.select }}
        value={typed.kind}
        onChange={(_, data) => {
          const kind = data.value as Kind;
          onChange({
            ...typed,
            kind,
            legend: kind === "flag" || kind === "code" ? legendOf(row.rule, kind) : typed.legend,
          });
        }}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {kindName(k, locale)}
          </option>
        ))}
      </Select>
      {(typed.kind === "flag" || typed.kind === "code") && (
        <CheckedInput
          label={t.legendOf(row.label)}
          value={typed.legend}
          invalid={valid ? undefined : t.legendInvalid}
          onChange={(legend) => onChange({ ...typed, legend })}
        />
      )}
      {typed.kind === "score" && (
        <CheckedInput
          label={t.maxOf(row.label)}
          value={typed.max}
          invalid={valid ? undefined : t.maxInvalid}
          onChange={(max) => onChange({ ...typed, max })}
        />
      )}
      {typed.kind === "pair" && (
        <Select
          aria-label={t.pairFormOf(row.label)}
          select={{ className: styles.select }}
          value={typed.form}
          onChange={(_, data) => onChange({ ...typed, form: data.value as KindInput["form"] })}
        >
          <option value="countPercent">{t.pairCountPercent}</option>
          <option value="partWhole">{t.pairPartWhole}</option>
          <option value="partWholePercent">{t.pairPartWholePercent}</option>
          <option value="ratio">{t.pairRatio}</option>
          <option value="twoCounts">{t.pairTwoCounts}</option>
        </Select>
      )}
    </div>
  );
}

/** A text a kind needs (a legend, a maximum score), with what to type while it makes no rule. */
function CheckedInput(props: { label: string; value: string; invalid?: string; onChange(value: string): void }) {
  return (
    <Field validationMessage={props.invalid} validationState={props.invalid ? "error" : "none"}>
      <Input aria-label={props.label} value={props.value} onChange={(_, data) => props.onChange(data.value)} />
    </Field>
  );
}
