import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/rules/finding";
import type { SheetReport } from "../../domain/rules/validate-sheet";
import { bySeverity, summarize } from "../model/findings";
import { useI18n } from "./i18n-context";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  errorText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  plainList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  warningItem: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground2Pressed },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
});

/** One finding: cell and indicator, the value as typed, and the message saying what to type. */
function FindingItem({ finding, onSelect }: { finding: Finding; onSelect?: (f: Finding) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const className = mergeClasses(
    styles.item,
    finding.severity === "warning" && styles.warningItem,
    onSelect && styles.clickable,
  );
  const content = (
    <>
      <span className={styles.where}>
        {finding.cell ? `${t.cellLabel} ${finding.cell}` : t.wholeSheet}
        {finding.label ? ` · ${finding.label}` : ""}
      </span>
      {finding.value !== "" && <span>{`${t.valueLabel}: ${finding.value}`}</span>}
      <span>{finding.message}</span>
    </>
  );
  // A finding with a cell is a button in Excel (it selects the cell); otherwise it still takes focus, so that
  // the list can be read item by item with Tab.
  return (
    <li>
      {onSelect && finding.cell ? (
        <button type="button" className={className} onClick={() => onSelect(finding)}>
          {content}
        </button>
      ) : (
        <div className={className} tabIndex={0}>
          {content}
        </div>
      )}
    </li>
  );
}

function FindingGroup(props: { title: string; findings: Finding[]; onSelect?: (f: Finding) => void }) {
  const styles = useStyles();
  if (props.findings.length === 0) return null;
  return (
    <section className={styles.report} aria-label={props.title}>
      <h4 className={styles.subheading}>{`${props.title} (${props.findings.length})`}</h4>
      <ul className={styles.list}>
        {props.findings.map((f, i) => (
          <FindingItem key={i} finding={f} onSelect={props.onSelect} />
        ))}
      </ul>
    </section>
  );
}

/** A validated sheet: what it was recognised as, how much is filled in, and its findings by severity. */
export function ReportView({ report, onSelect }: { report: SheetReport; onSelect?: (f: Finding) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const s = summarize(report);
  const groups = bySeverity(report.findings);
  return (
    <section className={styles.report} aria-label={t.findingsLabel(s.sheet)}>
      <h3 className={styles.heading}>{`${t.sheetOf(s.sheet)} — ${t.appendixOption(s.appendix, s.table)}`}</h3>
      <Text>{t.unitIs(s.unit || t.notFound)}</Text>
      <Text>{t.periodIs(s.period || t.notFound)}</Text>
      <div className={styles.counts}>
        <Text weight="semibold">{t.filled(s.filled, s.expected)}</Text>
        {/* Only counts that are not zero call for attention. */}
        <Text className={s.errors > 0 ? styles.errorText : styles.muted}>{t.errorCount(s.errors)}</Text>
        <Text className={s.warnings > 0 ? styles.warningText : styles.muted}>{t.warningCount(s.warnings)}</Text>
      </div>
      <Text className={styles.muted}>{s.recognizedBy === "metadata" ? t.byMetadata : t.byLabels}</Text>
      {s.unplaced.length > 0 && (
        <div>
          <Text>{t.unplacedTitle(s.unplaced.length)}</Text>
          <ul className={styles.plainList}>
            {s.unplaced.map((u) => (
              <li key={u.row}>{t.unplacedRow(u.row, u.label)}</li>
            ))}
          </ul>
        </div>
      )}
      {report.findings.length === 0 ? (
        <Text>{t.noFindings}</Text>
      ) : (
        <>
          {onSelect && <Text className={styles.muted}>{t.selectCellHint}</Text>}
          <FindingGroup title={t.errorsHeading} findings={groups.errors} onSelect={onSelect} />
          <FindingGroup title={t.warningsHeading} findings={groups.warnings} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}
