import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
  useId,
} from "@fluentui/react-components";
import { memo } from "react";
import type { Finding } from "../../domain/rules/finding";
import { bySeverity, type SheetCheck } from "../model/findings";
import { useI18n } from "./i18n-context";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  errorText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  plainList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
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

/** One finding: cell and indicator, the value as typed, and the message saying what to type, on two lines. */
function FindingItem({ finding, onSelect }: { finding: Finding; onSelect?: (f: Finding) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const className = mergeClasses(
    styles.item,
    finding.severity === "warning" && styles.warningItem,
    onSelect && finding.cell && styles.clickable,
  );
  const where = [finding.cell ? `${t.cellLabel} ${finding.cell}` : t.wholeSheet, finding.label]
    .filter(Boolean)
    .join(" · ");
  const content = (
    <>
      <span className={styles.where}>{where}</span>
      {finding.value !== "" && ` — ${t.valueLabel}: ${finding.value}`}
      <br />
      {finding.message}
    </>
  );
  // A finding with a cell is a button in Excel (it selects the cell); otherwise it still takes focus, so that
  // the list can be read line by line with the arrow keys.
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
  const id = useId("findings");
  if (props.findings.length === 0) return null;
  return (
    <section className={styles.report} aria-labelledby={id}>
      <h4 id={id} className={styles.subheading}>{`${props.title} (${props.findings.length})`}</h4>
      <ul className={styles.list}>
        {props.findings.map((f, i) => (
          <FindingItem key={i} finding={f} onSelect={props.onSelect} />
        ))}
      </ul>
    </section>
  );
}

/** The empty input cells, one line per heading of the table: addresses, not a card per cell. */
function EmptyCells({ check }: { check: SheetCheck }) {
  const { t } = useI18n();
  const styles = useStyles();
  const id = useId("empty");
  if (check.empty.length === 0) return null;
  return (
    <section className={styles.report} aria-labelledby={id}>
      <h4 id={id} className={styles.subheading}>
        {t.emptyHeading(check.emptyCount)}
      </h4>
      <ul className={styles.plainList}>
        {check.empty.map((g, i) => (
          <li key={i}>
            <span className={styles.where}>{g.heading || t.emptyOther}</span>
            {` — ${t.emptyCells(g.cells.length, g.cells.join(", "))}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A validated sheet: what it was recognised as, whether it is ready to send, how much is filled in, then its
 * findings by severity (one list to the keyboard: Tab reaches it once, the arrow keys go through every line) and
 * its empty cells. Memoised: a long list of files renders each result once, as it arrives.
 */
export const SheetResult = memo(function SheetResult(props: {
  check: SheetCheck;
  /** The file's name, shown before the sheet's when several files were validated. */
  file?: string;
  onSelect?: (f: Finding) => void;
}) {
  const { check: s, onSelect } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId("sheet");
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const groups = bySeverity(s.findings);
  const title = props.file ? t.fileSheetOf(props.file, s.sheet) : t.sheetOf(s.sheet);
  return (
    <section className={styles.report} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>{`${title} — ${s.template}`}</h3>
      <Text>{t.unitIs(s.unit || t.notFound)}</Text>
      <Text>{t.periodIs(s.period || t.notFound)}</Text>
      {s.errors === 0 ? (
        <MessageBar intent="success" layout="multiline" aria-labelledby={`${headingId}-ready`}>
          <MessageBarBody id={`${headingId}-ready`}>
            <MessageBarTitle>{t.readyToSend}</MessageBarTitle>
            {t.readyDetail(s.warnings)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text className={styles.errorText}>{t.notReady(s.errors)}</Text>
      )}
      <div className={styles.counts}>
        <Text weight="semibold">{t.filled(s.filled, s.expected)}</Text>
        {/* Only counts that are not zero call for attention. */}
        <Text className={s.errors > 0 ? styles.errorText : styles.muted}>{t.errorCount(s.errors)}</Text>
        <Text className={s.warnings > 0 ? styles.warningText : styles.muted}>{t.warningCount(s.warnings)}</Text>
      </div>
      <Text className={styles.muted}>{s.recognizedBy === "metadata" ? t.byMetadata : t.byLabels}</Text>
      {s.comparedWith && <Text className={styles.muted}>{t.comparedWith(s.comparedWith)}</Text>}
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
      {s.findings.length > 0 && (
        <>
          <Text size={200} className={styles.muted}>
            {onSelect ? t.findingsKeysExcel : t.findingsKeys}
          </Text>
          <div className={styles.groups} {...arrows}>
            <FindingGroup title={t.errorsHeading} findings={groups.errors} onSelect={onSelect} />
            <FindingGroup title={t.warningsHeading} findings={groups.warnings} onSelect={onSelect} />
          </div>
        </>
      )}
      <EmptyCells check={s} />
    </section>
  );
});
