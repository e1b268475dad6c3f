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

// "Practise aloud": read the other person's line with the browser's own speech synthesis, where it exists.
document.addEventListener("DOMContentLoaded", () => {
  if (!("speechSynthesis" in window)) {
    return;
  }
  document.querySelectorAll("[data-speak-target]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const line = document.getElementById(button.dataset.speakTarget);
      if (line) {
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(new SpeechSynthesisUtterance(line.textContent));
      }
    });
  });
});
