import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useI18n } from "./i18n-context";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * A long job in the worker and its "Hủy": a bar that fills as the files are done (`progress`), or that moves
 * while the job has nothing to count (writing the merge's workbook).
 */
export function JobProgress(props: { label: string; progress?: { done: number; total: number }; onCancel(): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { progress } = props;
  return (
    <div className={styles.row}>
      <Field label={props.label}>
        {progress ? <ProgressBar value={progress.done} max={progress.total} /> : <ProgressBar />}
      </Field>
      <Button icon={<Dismiss20Regular />} onClick={props.onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
