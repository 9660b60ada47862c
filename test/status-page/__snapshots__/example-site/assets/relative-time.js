/* global document */
// Adds "(3 hours ago)" after times marked data-relative, read against the reader's clock. An
// enhancement only: every time is already written out in full, so the page reads the same without it.
(() => {
  const units = [
    ["year", 31536e6],
    ["month", 2592e6],
    ["week", 6048e5],
    ["day", 864e5],
    ["hour", 36e5],
    ["minute", 6e4],
  ];
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const time of document.querySelectorAll("time[data-relative]")) {
    const at = Date.parse(time.getAttribute("datetime") || "");
    if (Number.isNaN(at)) continue;
    const diff = at - Date.now();
    const [unit, size] = units.find(([, ms]) => Math.abs(diff) >= ms) || ["minute", 6e4];
    const note = document.createElement("span");
    note.className = "relative";
    note.textContent = ` (${format.format(Math.round(diff / size), unit)})`;
    time.after(note);
  }
})();
