// Printing: the print date at the end of a printed page in the page's language (the server
// writes the day the page was made, which a cached page may have made earlier), and the links
// of the content with their absolute addresses, from the page's canonical address (the Site
// record's host), so that a printed vCard or document link can be typed in elsewhere.

const root = document.documentElement;
// Gregorian calendar and Latin digits in every language, as the server writes dates
// (docs/sprachen.md): "fa" alone would give the Persian calendar and Persian digits.
const FORMAT = new Intl.DateTimeFormat(root.lang || "de", {
    day: "numeric",
    month: "long",
    year: "numeric",
    calendar: "gregory",
    numberingSystem: "latn",
});
const canonical = document.querySelector("link[rel='canonical']");
const base = canonical ? canonical.href : window.location.href;

function markAbsoluteAddresses() {
    for (const link of document.querySelectorAll(".site-main a[href]")) {
        const href = link.getAttribute("href");
        if (href.startsWith("/") && !href.startsWith("//")) {
            link.dataset.printUrl = new URL(href, base).href;
        }
    }
}

function setPrintDate() {
    const today = new Date();
    for (const element of document.querySelectorAll("[data-print-date]")) {
        element.textContent = FORMAT.format(today);
        element.dateTime = today.toISOString().slice(0, 10);
    }
}

// The guide box beside a linked page prints with all its steps: the print styles open it
// where the browser supports ::details-content; elsewhere it is opened here, and closed again
// after printing if the reader had not opened it.
let openedForPrint = [];

function openGuideSteps() {
    openedForPrint = [...document.querySelectorAll("details.guide-box__details:not([open])")];
    for (const details of openedForPrint) {
        details.open = true;
    }
}

function closeGuideSteps() {
    for (const details of openedForPrint) {
        details.open = false;
    }
    openedForPrint = [];
}

markAbsoluteAddresses();
window.addEventListener("beforeprint", () => {
    markAbsoluteAddresses();
    setPrintDate();
    openGuideSteps();
});
window.addEventListener("afterprint", closeGuideSteps);
