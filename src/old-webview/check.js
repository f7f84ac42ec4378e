/*
 * Inlined by webpack.config.js into taskpane.html, commands.html and summary.html, before any bundle: ES5 only,
 * so that it runs where the bundles (ES2022) cannot, in the Internet Explorer 11 and EdgeHTML webviews of older
 * Office builds. There a blank pane and a dead ribbon button would be all the user got; instead the page says
 * why, in Vietnamese and English, and gives the address of the standalone page (the same site, standalone.html),
 * and the ribbon's Kiểm tra command answers with that message. test/old-webview.test.ts runs it as ES5.
 *
 * The page counts as too old when it lacks what the bundles use (ES2022 built-ins and syntax), or when, by the
 * window's load event, no bundle has started (it could not be parsed, or could not be fetched).
 */
(function () {
  var page = document.documentElement.getAttribute("data-cchc-page");
  var shown = false;

  function modern() {
    if (typeof Object.hasOwn !== "function" || typeof [].at !== "function") return false;
    try {
      // The syntax of the bundles: class fields and private names, optional chaining, nullish coalescing.
      new Function("class A { #p = 1; static s = 0; m() { return this?.#p ?? A.s; } }");
    } catch (e) {
      // A Content-Security-Policy without 'unsafe-eval' refuses to compile anything: that says nothing of syntax.
      return !(e instanceof SyntaxError);
    }
    return true;
  }

  function here(file) {
    return String(window.location.href)
      .replace(/[?#].*$/, "")
      .replace(/[^/]*$/, file);
  }

  function paragraph(parent, text, strong) {
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(text));
    if (strong) p.style.fontWeight = "600";
    parent.appendChild(p);
    return p;
  }

  function link(parent, address) {
    var p = document.createElement("p");
    var a = document.createElement("a");
    a.setAttribute("href", address);
    a.setAttribute("target", "_blank");
    a.appendChild(document.createTextNode(address));
    p.appendChild(a);
    parent.appendChild(p);
  }

  function showMessage() {
    if (shown) return;
    shown = true;
    var address = here("standalone.html");
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, Arial, sans-serif";
    box.style.fontSize = "14px";
    box.style.margin = "16px";
    paragraph(box, "Phiên bản Excel này dùng trình duyệt nhúng cũ nên không mở được ngăn CCHC.", true);
    paragraph(box, "Hãy dùng trang CCHC độc lập trong Chrome, Edge hoặc Firefox (mở được mọi tệp báo cáo):");
    link(box, address);
    paragraph(box, "Hoặc cập nhật Microsoft 365, hay cài Microsoft Edge WebView2 Runtime, rồi mở lại Excel.");
    paragraph(box, "This version of Excel uses an old built-in browser, which cannot open the CCHC pane.", true);
    paragraph(box, "Use the standalone CCHC page in Chrome, Edge or Firefox (it opens any report file):");
    link(box, address);
    paragraph(box, "Or update Microsoft 365, or install the Microsoft Edge WebView2 Runtime, then restart Excel.");
    if (page === "summary") {
      var close = document.createElement("button");
      close.appendChild(document.createTextNode("Đóng / Close"));
      close.onclick = function () {
        Office.context.ui.messageParent("close");
      };
      box.appendChild(close);
    }
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(box);
    if (page === "commands") answerRibbon();
  }

  /** The ribbon's Kiểm tra, where its bundle cannot run: the same message in a dialog, then the command ends. */
  function answerRibbon() {
    function validateActiveSheet(event) {
      var completed = false;
      function done() {
        if (completed) return;
        completed = true;
        event.completed();
      }
      try {
        Office.context.ui.displayDialogAsync(here("summary.html"), { height: 45, width: 35 }, function (result) {
          if (result.status !== "succeeded") return done();
          var dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, function () {
            dialog.close();
            done();
          });
          dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
        });
      } catch (e) {
        done();
      }
    }
    // Older hosts call the function file's global by name; newer ones ask Office.actions.
    window.validateActiveSheet = validateActiveSheet;
    if (typeof Office !== "undefined" && Office.onReady)
      Office.onReady(function () {
        if (Office.actions && Office.actions.associate)
          Office.actions.associate("validateActiveSheet", validateActiveSheet);
      });
  }

  if (!modern()) {
    // The bundles will not run: say so as soon as there is a body to say it in.
    if (document.body) showMessage();
    else document.addEventListener("DOMContentLoaded", showMessage);
    return;
  }
  window.addEventListener("load", function () {
    if (!window.cchcStarted) showMessage();
  });
})();
