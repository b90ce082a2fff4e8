// Menu and search are <details> disclosures: closed on phones, always open on wide screens.
// Without JavaScript they work as plain <details> (and CSS shows them on wide screens where
// the browser supports ::details-content); this keeps the open state, which screen readers
// announce, in step with what is shown.

const wide = window.matchMedia("(min-width: 48em)");
const disclosures = document.querySelectorAll("[data-disclosure]");

function sync() {
    for (const disclosure of disclosures) {
        disclosure.open = wide.matches;
    }
}

sync();
wide.addEventListener("change", sync);
