// Menu, search and language list are <details> disclosures: closed on phones, always open on
// wide screens. Without JavaScript they work as plain <details> (and CSS shows them on wide
// screens where the browser supports ::details-content); this keeps the open state, which
// screen readers announce, in step with what is shown. On phones Escape closes an open one and
// puts the focus back on its button, and opening one closes the others.

const wide = window.matchMedia("(min-width: 48em)");
const disclosures = document.querySelectorAll("[data-disclosure]");

function sync() {
    for (const disclosure of disclosures) {
        disclosure.open = wide.matches;
    }
}

sync();
wide.addEventListener("change", sync);

for (const disclosure of disclosures) {
    disclosure.addEventListener("toggle", () => {
        if (wide.matches || !disclosure.open) {
            return;
        }
        for (const other of disclosures) {
            if (other !== disclosure) {
                other.open = false;
            }
        }
    });
}

document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || wide.matches) {
        return;
    }
    for (const disclosure of disclosures) {
        if (disclosure.open) {
            disclosure.open = false;
            disclosure.querySelector("summary").focus();
            event.preventDefault();
        }
    }
});
