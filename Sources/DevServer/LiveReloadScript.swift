/// The script that serve mode adds to every HTML response (never to files on disk).
///
/// It listens on `/__sitegen/events`: `hello` carries the current build id and reloads a page
/// built by an older build; `reload` reloads; `error` shows an overlay listing the build's error
/// lines, which the next `hello` or `reload` removes. The overlay is a `role="alertdialog"` that
/// takes focus, with the lines as text in a monospace `<pre>` (set through `textContent`, so
/// nothing in them is read as HTML) and a Dismiss button.
enum LiveReloadScript {
    /// The path of the event stream.
    static let eventsPath = "/__sitegen/events"

    /// The `<script>` element for a page served while build `buildID` is current.
    static func element(buildID: String) -> String {
        """
        <script data-sitegen-live-reload>
        (() => {
          const build = "\(buildID)";
          const source = new EventSource("\(eventsPath)");
          let overlay = null;
          const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
          const show = (lines) => {
            hide();
            overlay = document.createElement("div");
            overlay.id = "sitegen-error-overlay";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-modal", "true");
            overlay.setAttribute("aria-labelledby", "sitegen-error-title");
            overlay.setAttribute("aria-describedby", "sitegen-error-lines");
            overlay.tabIndex = -1;
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
              "padding:2rem;background:rgba(17,17,17,.96);color:#fff;font:16px/1.5 system-ui,sans-serif";
            const title = document.createElement("h2");
            title.id = "sitegen-error-title";
            title.textContent = "The site did not build; the last good version is still shown.";
            const text = document.createElement("pre");
            text.id = "sitegen-error-lines";
            text.style.cssText = "white-space:pre-wrap;color:#ffc9c9;" +
              "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
            text.textContent = lines.join("\\n");
            const dismiss = document.createElement("button");
            dismiss.type = "button";
            dismiss.textContent = "Dismiss";
            dismiss.addEventListener("click", hide);
            overlay.append(title, text, dismiss);
            document.body.appendChild(overlay);
            overlay.focus();
          };
          source.addEventListener("hello", (event) => { hide(); if (event.data !== build) location.reload(); });
          source.addEventListener("reload", () => location.reload());
          // EventSource also fires a plain "error" Event when the connection drops: only ours has data.
          source.addEventListener("error", (event) => {
            if (typeof event.data === "string") show(event.data.split("\\n"));
          });
        })();
        </script>

        """
    }

    /// `html` with the script inserted before its last `</body>` (any case), or appended when
    /// there is none.
    static func inject(into html: [UInt8], buildID: String) -> [UInt8] {
        let script = Array(element(buildID: buildID).utf8)
        let closing = Array("</body".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index..<index + closing.count], closing).allSatisfy({ asciiLowercase($0) == $1 }) {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
