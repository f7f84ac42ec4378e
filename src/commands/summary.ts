import "../old-webview/started";
import { decodeSummary } from "./summary-codec";

/** The dialog of the "Kiểm tra" command: the summary its URL carries, and a button that tells the command to close. */
Office.onReady(() => {
  const encoded = new URLSearchParams(window.location.search).get("s");
  const summary = encoded ? decodeSummary(encoded) : { title: "CCHC", lines: [], close: "Đóng" };
  const title = document.createElement("h1");
  title.textContent = summary.title;
  const lines = summary.lines.map((line) => {
    const p = document.createElement("p");
    p.textContent = line;
    return p;
  });
  const close = document.createElement("button");
  close.textContent = summary.close;
  close.onclick = () => Office.context.ui.messageParent("close");
  document.body.replaceChildren(title, ...lines, close);
  close.focus();
});
