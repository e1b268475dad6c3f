// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, take keyboard and screen-reader users straight to the list of problems.
  const summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
