// Offline reading (templates/offline/service-worker.js does the keeping): registers the site's
// service worker, shows "Offline gespeicherte Fassung vom …" on a kept copy, runs the
// "Für unterwegs speichern" buttons and the list of saved pages. Every text comes from the
// page's data- attributes (translated on the server); without a service worker nothing here
// shows and the site works as before.

const root = document.documentElement;
const language = root.lang || "de";
// Gregorian calendar and Latin digits in every language, as the server writes dates
// (docs/sprachen.md): "fa" alone would give the Persian calendar and Persian digits.
const dateFormat = new Intl.DateTimeFormat(language, {
    dateStyle: "long",
    timeStyle: "short",
    calendar: "gregory",
    numberingSystem: "latn",
});
const script = document.querySelector("script[data-service-worker]");

function formatDate(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

function showOfflineNote() {
    const note = document.querySelector("[data-offline-note]");
    const keptAt = root.dataset.offlineKept;
    if (!note || keptAt === undefined) {
        return;
    }
    note.textContent = note.dataset.label.replace("{date}", formatDate(keptAt));
    note.hidden = false;
}

// A question to the service worker, answered through a message channel.
async function ask(message) {
    const registration = await navigator.serviceWorker.ready;
    return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data || { ok: false });
        registration.active.postMessage(message, [channel.port2]);
    });
}

// What a saved page takes along: the same-site addresses its content links to (contact
// cards, vCards, documents, other pages) and the pictures it shows, never the admin.
function linkedAddresses() {
    const main = document.querySelector("main") || document.body;
    const here = new URL(window.location.href);
    here.hash = "";
    const addresses = new Set();
    for (const link of main.querySelectorAll("a[href]")) {
        const url = new URL(link.href);
        url.hash = "";
        if (url.origin === here.origin && url.href !== here.href
            && !url.pathname.startsWith("/admin/")) {
            addresses.add(url.href);
        }
    }
    for (const image of main.querySelectorAll("img")) {
        if (image.currentSrc && new URL(image.currentSrc).origin === here.origin) {
            addresses.add(image.currentSrc);
        }
    }
    return [...addresses];
}

function setUpSaveButtons() {
    for (const box of document.querySelectorAll("[data-save-offline]")) {
        const button = box.querySelector("[data-save-offline-button]");
        const status = box.querySelector("[data-save-offline-status]");
        box.hidden = false;
        button.addEventListener("click", async () => {
            button.disabled = true;
            status.textContent = box.dataset.labelSaving;
            const url = new URL(window.location.href);
            url.hash = "";
            const answer = await ask({
                action: "save",
                url: url.href,
                links: linkedAddresses(),
                title: document.title,
            }).catch(() => ({ ok: false }));
            status.textContent = answer.ok ? box.dataset.labelSaved : box.dataset.labelFailed;
            button.disabled = false;
        });
    }
}

function savedItem(list, page, labels, onRemove) {
    const item = document.createElement("li");
    item.className = "saved-pages__item";
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.title || page.url;
    const kept = document.createElement("span");
    kept.className = "saved-pages__date";
    kept.textContent = labels.kept.replace("{date}", formatDate(page.keptAt));
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "button button--quiet saved-pages__remove";
    remove.textContent = labels.remove;
    // "Entfernen" alone would be ambiguous in a list: the page's title goes with it.
    remove.setAttribute("aria-label", `${labels.remove}: ${link.textContent}`);
    remove.addEventListener("click", () => onRemove(page, item));
    item.append(link, " ", kept, " ", remove);
    list.append(item);
}

async function setUpSavedList() {
    const box = document.querySelector("[data-saved-pages]");
    if (!box) {
        return;
    }
    const list = box.querySelector("[data-saved-pages-list]");
    const empty = box.querySelector("[data-saved-pages-empty]");
    const status = box.querySelector("[data-saved-pages-status]");
    const labels = {
        kept: box.dataset.labelKept,
        remove: box.dataset.labelRemove,
    };
    const answer = await ask({ action: "list" }).catch(() => ({ ok: false }));
    if (!answer.ok) {
        return;
    }
    box.querySelector("[data-saved-pages-unsupported]").hidden = true;
    const showEmpty = () => {
        empty.hidden = list.children.length > 0;
        list.hidden = list.children.length === 0;
    };
    const onRemove = async (page, item) => {
        const removed = await ask({ action: "remove", url: page.url });
        if (removed.ok) {
            item.remove();
            status.textContent = box.dataset.labelRemoved;
            showEmpty();
        }
    };
    for (const page of answer.pages) {
        savedItem(list, page, labels, onRemove);
    }
    showEmpty();
}

showOfflineNote();
if ("serviceWorker" in navigator && window.isSecureContext && script) {
    navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" })
        .then(() => {
            setUpSaveButtons();
            setUpSavedList();
        })
        .catch(() => {
            // No worker (private mode, storage full): the site works as before.
        });
}
