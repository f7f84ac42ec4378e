import {
  Badge,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
  useId,
  type BadgeProps,
} from "@fluentui/react-components";
import { memo, useState } from "react";
import { unreadableMessage } from "../../domain/files/unreadable";
import type { Finding } from "../../domain/rules/finding";
import type { Messages } from "../i18n";
import { fileProblem, fileStatus, uncheckedText, type FileCheck, type FileStatus } from "../model/findings";
import { SheetResult } from "./Findings";
import { useI18n } from "./i18n-context";
import { Notice } from "./Notices";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", flexGrow: 1 },
});

const BADGE: Record<FileStatus["kind"], BadgeProps["color"]> = {
  ready: "success",
  errors: "danger",
  unreadable: "danger",
  noAppendix: "warning",
};

function statusText(s: FileStatus, t: Messages): string {
  switch (s.kind) {
    case "ready":
      return s.warnings > 0 ? `${t.readyToSend} · ${t.warningCount(s.warnings)}` : t.readyToSend;
    case "errors":
      return `${t.errorCount(s.errors)} · ${t.warningCount(s.warnings)}`;
    case "unreadable":
      return t.statusUnreadable;
    case "noAppendix":
      return t.statusNoAppendix;
  }
}

/** Everything found in one file (or the open workbook): why it could not be read, or each appendix sheet. */
export const FileResults = memo(function FileResults(props: { check: FileCheck; onSelect?: (f: Finding) => void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { check } = props;
  const problem = fileProblem(check, locale, t);
  return (
    <>
      {check.previousUnreadable && (
        <Notice
          note={{
            intent: "warning",
            text: ({ locale, t }) =>
              t.previousUnreadable(
                check.previousUnreadable!.file,
                unreadableMessage(check.previousUnreadable!.reason, locale),
              ),
          }}
        />
      )}
      {problem && (
        <Notice
          note={{
            intent: check.unreadable ? "error" : "warning",
            text: (i18n) => fileProblem(check, i18n.locale, i18n.t)!,
          }}
        />
      )}
      {check.sheets.map((s) => (
        <SheetResult key={s.sheet} check={s} file={check.file} onSelect={props.onSelect} />
      ))}
      {check.sheets.length > 0 && check.unrecognized.length > 0 && (
        <Text className={styles.muted}>{t.otherSheets(check.unrecognized.join(", "))}</Text>
      )}
      {uncheckedText(check, locale) && (
        <Notice note={{ intent: "warning", text: (i18n) => uncheckedText(check, i18n.locale)! }} />
      )}
    </>
  );
});

/** One line of the files list: the file's name and its state, a button that shows its results below. */
const FileRow = memo(function FileRow(props: {
  check: FileCheck;
  index: number;
  current: boolean;
  onShow(index: number): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const status = fileStatus(props.check);
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.row, props.current && styles.current)}
        aria-current={props.current ? "true" : undefined}
        onClick={() => props.onShow(props.index)}
      >
        <span className={styles.name}>{props.check.file}</span>
        <Badge appearance="tint" color={BADGE[status.kind]}>
          {statusText(status, t)}
        </Badge>
      </button>
    </li>
  );
});

/**
 * The results of several files: one line per file (one list to the keyboard, the arrow keys go through it), the
 * file chosen shown in full below. However many files, only one file's findings are on the page at a time.
 */
export function CheckedFiles(props: { checks: FileCheck[]; onSelect?: (f: Finding) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const listId = useId("files");
  const [chosen, setChosen] = useState<number>();
  const { checks } = props;
  // Until the user chooses, the first file that needs correcting (else the first one) is shown.
  const shown =
    chosen ??
    Math.max(
      0,
      checks.findIndex((c) => fileStatus(c).kind !== "ready"),
    );
  if (checks.length === 1) return <FileResults check={checks[0]} onSelect={props.onSelect} />;
  return (
    <div className={styles.results}>
      <section aria-labelledby={listId}>
        <h3 id={listId} className={styles.name}>
          {t.checkedFiles(checks.length, checks.filter((c) => fileStatus(c).kind === "ready").length)}
        </h3>
        <Text size={200} className={styles.muted}>
          {t.filesKeys}
        </Text>
        <ul className={styles.list} {...arrows}>
          {checks.map((c, i) => (
            <FileRow key={i} check={c} index={i} current={i === shown} onShow={setChosen} />
          ))}
        </ul>
      </section>
      {checks[shown] && <FileResults check={checks[shown]} onSelect={props.onSelect} />}
    </div>
  );
}
