import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { REQUIRED_EXCEL_API } from "../../io/office/requirements";
import { useI18n } from "./i18n-context";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  address: { overflowWrap: "anywhere" },
});

/** The whole pane when Excel lacks the API requirement set: what is missing, what works, where to go instead. */
export function UnsupportedPane() {
  const { t } = useI18n();
  const styles = useStyles();
  const address = window.location.href.split(/[?#]/)[0];
  return (
    <div className={styles.pane}>
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{t.unsupportedTitle}</MessageBarTitle>
          {t.unsupportedBody(REQUIRED_EXCEL_API)}
        </MessageBarBody>
      </MessageBar>
      <Text>{t.unsupportedVersions}</Text>
      <Text>{t.unsupportedStandalone}</Text>
      <Text>{t.unsupportedAddress}</Text>
      <Link className={styles.address} href={address} target="_blank" rel="noreferrer">
        {address}
      </Link>
    </div>
  );
}
