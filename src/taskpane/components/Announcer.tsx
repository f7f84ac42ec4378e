import { makeStyles } from "@fluentui/react-components";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the usual visually hidden box.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

const AnnounceContext = createContext<(text: string) => void>(() => {});

/** Says something to screen reader users without moving their focus (results found, a job cancelled). */
export const useAnnounce = () => useContext(AnnounceContext);

/**
 * The pane's live region: one polite status that every tab announces its results through. The same sentence
 * twice is announced twice (the region is emptied first, as screen readers only read changes).
 */
export function Announcer({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const announce = useCallback((next: string) => {
    setText("");
    setTimeout(() => setText(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="announcer">
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}
