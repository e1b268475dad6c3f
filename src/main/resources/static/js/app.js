// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a save that may signal risk, bring the help panel into view and to screen readers first.
  const panel = document.getElementById("safety-panel");
  if (panel) {
    panel.focus();
    return;
  }
  // After a failed submit, take keyboard and screen-reader users straight to the list of problems.
  const summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
