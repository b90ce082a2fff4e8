// Moves focus to the error summary of a form that came back with errors, so screen readers
// announce it and keyboard users start there. Without JavaScript the summary is the first
// thing in the main content and the page title starts with "Fehler:".
const summary = document.querySelector("[data-error-summary]");
if (summary) {
    summary.focus();
}
