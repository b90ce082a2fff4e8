// The print date at the end of a printed page: the server writes the date the page was made,
// which a cached page may have made earlier; this sets the day it is actually printed.

const FORMAT = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric" });

window.addEventListener("beforeprint", () => {
    const today = new Date();
    for (const element of document.querySelectorAll("[data-print-date]")) {
        element.textContent = FORMAT.format(today);
        element.dateTime = today.toISOString().slice(0, 10);
    }
});
