import {
  Button,
  FluentProvider,
  makeStaticStyles,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "../domain/rules/finding";
import { Announcer } from "./components/Announcer";
import { I18nContext } from "./components/i18n-context";
import { MergeTab } from "./components/MergeTab";
import { TemplatesTab } from "./components/TemplatesTab";
import { UnsupportedPane } from "./components/UnsupportedPane";
import { ValidateTab } from "./components/ValidateTab";
import type { Host } from "./host";
import type { PaneWorker } from "./worker/client";
import { MESSAGES } from "./i18n";

// The page is webpack's (webpack.config.js), without a style sheet: the pane fills the window edge to edge.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minHeight: "100vh",
    maxWidth: "960px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  appName: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
});

const TABS = ["templates", "validate", "merge"] as const;
type TabId = (typeof TABS)[number];

/**
 * The task pane: three tabs over a Host (Excel or the standalone page), or, in an Excel without the needed API,
 * the message saying so. Panels stay mounted while hidden, so chosen files and results survive a tab switch.
 * The header holds the name and the language switch; everything else is the page's <main>, with the live region
 * that announces results.
 */
export function App(props: {
  host: Host | undefined;
  /** Where files are read, validated, merged and written, off the page. */
  worker: PaneWorker;
  initialLocale: Locale;
  /** Told of the user's choice of language (the standalone page remembers it). */
  onLocaleChange?(locale: Locale): void;
}) {
  const { host, worker, onLocaleChange } = props;
  useGlobalStyles();
  const styles = useStyles();
  const [locale, setLocale] = useState(props.initialLocale);
  const [tab, setTab] = useState<TabId>("templates");
  const i18n = useMemo(() => ({ locale, t: MESSAGES[locale] }), [locale]);
  const t = i18n.t;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const names: Record<TabId, string> = { templates: t.tabTemplates, validate: t.tabValidate, merge: t.tabMerge };
  const switchLocale = () => {
    const next = locale === "vi" ? "en" : "vi";
    setLocale(next);
    onLocaleChange?.(next);
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <I18nContext.Provider value={i18n}>
        <header className={styles.header}>
          <Text as="h1" className={styles.appName}>
            {t.appName}
          </Text>
          <Button
            appearance="subtle"
            icon={<LocalLanguage20Regular />}
            lang={t.switchLanguageLang}
            onClick={switchLocale}
          >
            {t.switchLanguage}
          </Button>
        </header>
        <Announcer>
          <main className={styles.main}>
            {!host ? (
              <UnsupportedPane />
            ) : (
              <>
                {host.kind === "standalone" && <Text className={styles.muted}>{t.standaloneNote}</Text>}
                <TabList
                  className={styles.tabs}
                  selectedValue={tab}
                  onTabSelect={(_, data) => setTab(data.value as TabId)}
                  aria-label={t.tabsLabel}
                >
                  {TABS.map((id) => (
                    <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
                      {names[id]}
                    </Tab>
                  ))}
                </TabList>
                {TABS.map((id) => (
                  <div
                    key={id}
                    id={`panel-${id}`}
                    role="tabpanel"
                    aria-labelledby={`tab-${id}`}
                    hidden={tab !== id}
                    className={tab === id ? styles.panel : undefined}
                  >
                    {id === "templates" && <TemplatesTab host={host} />}
                    {id === "validate" && <ValidateTab host={host} />}
                    {id === "merge" && <MergeTab host={host} worker={worker} />}
                  </div>
                ))}
              </>
            )}
          </main>
        </Announcer>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
