import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent, type ReactNode } from "react";
import { useI18n } from "./i18n-context";

const useStyles = makeStyles({
  area: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
    minWidth: 0,
    minHeight: "200px",
  },
  over: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "4px" },
  overlay: {
    position: "absolute",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    opacity: 0.92,
    // The overlay must not take the drag events, or leaving the area would never be seen.
    pointerEvents: "none",
  },
});

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

/** A tab's content that also accepts files dropped onto it (the pane as a drop target). */
export function DropArea(props: {
  multiple: boolean;
  disabled?: boolean;
  onFiles(files: File[]): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const accept = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = props.disabled ? "none" : "copy";
    setOver(!props.disabled);
  };
  return (
    <div
      className={mergeClasses(styles.area, over && styles.over)}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length === 0 || props.disabled) return;
        props.onFiles(props.multiple ? files : files.slice(0, 1));
      }}
    >
      {props.children}
      {over && (
        <div className={styles.overlay} aria-hidden>
          {t.dropHere}
        </div>
      )}
    </div>
  );
}

/** The "Chọn tệp…" button, with the real <input type="file"> behind it (hidden; end-to-end tests set its files). */
export function ChooseFiles(props: {
  label: string;
  multiple: boolean;
  disabled?: boolean;
  describedBy?: string;
  /** File types offered by the chooser; .xlsx by default. */
  accept?: string;
  onFiles(files: File[]): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={props.disabled} aria-describedby={props.describedBy} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={props.accept ?? ".xlsx"}
        multiple={props.multiple}
        hidden
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared so that choosing the same file again is seen as a new choice.
          e.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
