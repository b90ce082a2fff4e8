// Display preferences (contrast theme and text size), switched without a reload.
// The server renders the same <html> classes from the same cookie (accessibility/preferences.py:
// change both together); without JavaScript the switcher's form goes to the server instead.

const COOKIE_NAME = "darstellung";
const COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
const COOKIE_PATTERN = /^(auto|standard|kontrast)-(100|125|150|200)$/;
const DEFAULTS = { theme: "auto", size: "100" };

const root = document.documentElement;
const systemContrast = window.matchMedia("(prefers-contrast: more)");

function readPreferences() {
    const prefix = `${COOKIE_NAME}=`;
    const entry = document.cookie.split("; ").find((part) => part.startsWith(prefix));
    const match = COOKIE_PATTERN.exec(entry ? entry.slice(prefix.length) : "");
    return match ? { theme: match[1], size: match[2] } : { ...DEFAULTS };
}

function writePreferences(preferences) {
    const isDefault = preferences.theme === DEFAULTS.theme && preferences.size === DEFAULTS.size;
    const value = isDefault ? "" : `${preferences.theme}-${preferences.size}`;
    const maxAge = isDefault ? 0 : COOKIE_MAX_AGE;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${COOKIE_NAME}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
}

function contrastShown(preferences) {
    return (
        preferences.theme === "kontrast" || (preferences.theme === "auto" && systemContrast.matches)
    );
}

function apply(preferences) {
    root.classList.toggle("theme-contrast", preferences.theme === "kontrast");
    root.classList.toggle("theme-default", preferences.theme === "standard");
    for (const size of ["125", "150", "200"]) {
        root.classList.toggle(`text-${size}`, size === preferences.size);
    }

    const form = document.querySelector("[data-preferences]");
    if (!form) {
        return;
    }
    const contrast = form.querySelector("[data-preferences-contrast]");
    const shown = contrastShown(preferences);
    contrast.setAttribute("aria-pressed", String(shown));
    // Browsers without event.submitter send the form to the server: it must ask for the switch.
    contrast.value = shown ? "aus" : "an";
    for (const button of form.querySelectorAll("[data-preferences-size]")) {
        const pressed = button.dataset.preferencesSize === preferences.size;
        button.setAttribute("aria-pressed", String(pressed));
    }
}

function choose(event) {
    const button = event.submitter;
    if (!button) {
        return;
    }
    event.preventDefault();
    const preferences = readPreferences();
    if (button.hasAttribute("data-preferences-contrast")) {
        preferences.theme = contrastShown(preferences) ? "standard" : "kontrast";
    } else if (button.hasAttribute("data-preferences-size")) {
        preferences.size = button.dataset.preferencesSize;
    }
    writePreferences(preferences);
    apply(preferences);
}

document.querySelector("[data-preferences]")?.addEventListener("submit", choose);
// Pages from the back/forward cache or a cache, and the 500 page (rendered without the
// request), catch up with the cookie; so do pages when the system contrast setting changes.
window.addEventListener("pageshow", () => apply(readPreferences()));
systemContrast.addEventListener("change", () => apply(readPreferences()));
apply(readPreferences());
