// The site's service worker (offline/views.py renders it with this site's settings).
// Pages a visitor reads are kept: network first, the kept copy when the network fails, marked so
// that the page shows "Offline gespeicherte Fassung vom …". Hashed static files come from the
// cache first. "Für unterwegs speichern" keeps a page with what it links to until the visitor
// removes it ("Gespeicherte Seiten"). Only what any anonymous visitor may get is kept: a page
// must say `Cache-Control: public` (never private, no-store or no-cache, which the admin,
// previews, forms and pages for signed-in editors say). A new release (its version below)
// replaces every cache: saved and read pages are fetched anew, old files are dropped.
"use strict";

const CONFIG = {{ config|safe }};
const PREFIX = "integrationsnetz-";
const STATIC = `${PREFIX}${CONFIG.version}-static`;
const PAGES = `${PREFIX}${CONFIG.version}-pages`;
const SAVED = `${PREFIX}${CONFIG.version}-saved`;
const CURRENT = [STATIC, PAGES, SAVED];
// A cheap phone has little room: the oldest read pages go first (saved ones stay).
const MAX_READ_PAGES = 50;
const MAX_SAVED_LINKS = 30;
// On a weak connection a kept copy is shown rather than waiting longer than this.
const NETWORK_TIMEOUT_MS = 8000;
const HASHED_NAME = /\.[0-9a-f]{12}\.[a-z0-9]+$/;
const KEPT_AT = "X-Kept-At";
const SAVED_WITH = "X-Saved-With";
const SAVED_TITLE = "X-Saved-Title";

function cacheControl(response) {
    return (response.headers.get("Cache-Control") || "").toLowerCase();
}

function isKeepable(response) {
    return Boolean(response) && response.ok && response.type === "basic" && !response.redirected
        && !/private|no-store|no-cache/.test(cacheControl(response));
}

function isHtml(response) {
    return (response.headers.get("Content-Type") || "").startsWith("text/html");
}

function isPublicPage(response) {
    return isKeepable(response) && isHtml(response) && /\bpublic\b/.test(cacheControl(response));
}

async function stamped(response, extra = {}) {
    const headers = new Headers(response.headers);
    headers.set(KEPT_AT, new Date().toISOString());
    for (const [name, value] of Object.entries(extra)) {
        headers.set(name, value);
    }
    return new Response(await response.blob(), {
        status: response.status,
        statusText: response.statusText,
        headers,
    });
}

// The page's own script shows the offline note when the root element carries this mark.
async function markedOffline(response) {
    const html = await response.text();
    const keptAt = (response.headers.get(KEPT_AT) || "").replace(/[^0-9TZ:.-]/g, "");
    const body = html.replace(/<html\b/i, `<html data-offline-kept="${keptAt}"`);
    const headers = new Headers(response.headers);
    headers.delete("Content-Length"); // the body is longer now
    return new Response(body, { status: 200, headers });
}

function offlinePageFor(url) {
    const first = url.pathname.split("/")[1];
    const language = first in CONFIG.offlinePages ? first : CONFIG.defaultLanguage;
    return caches.match(CONFIG.offlinePages[language], { cacheName: STATIC });
}

async function keptCopy(url) {
    return (await caches.match(url, { cacheName: SAVED }))
        || (await caches.match(url, { cacheName: PAGES }));
}

async function keepRead(url, response) {
    const pages = await caches.open(PAGES);
    await pages.put(url, await stamped(response.clone()));
    const saved = await caches.open(SAVED);
    const savedCopy = await saved.match(url);
    if (savedCopy && savedCopy.headers.has(SAVED_WITH)) {
        await saved.put(url, await stamped(response, {
            [SAVED_WITH]: savedCopy.headers.get(SAVED_WITH),
            [SAVED_TITLE]: savedCopy.headers.get(SAVED_TITLE) || "",
        }));
    }
    const keys = await pages.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_READ_PAGES))) {
        await pages.delete(old);
    }
}

function withTimeout(promise, milliseconds) {
    return Promise.race([
        promise,
        new Promise((resolve, reject) => {
            setTimeout(() => reject(new Error("timeout")), milliseconds);
        }),
    ]);
}

async function page(event) {
    const url = new URL(event.request.url);
    const kept = await keptCopy(url.href);
    const network = fetch(event.request);
    try {
        const response = await (kept ? withTimeout(network, NETWORK_TIMEOUT_MS) : network);
        if (isPublicPage(response)) {
            event.waitUntil(keepRead(url.href, response.clone()));
        }
        // A server that answers with a gateway error is as good as none when there is a copy.
        if (kept && response.status >= 502 && response.status <= 504) {
            return markedOffline(kept);
        }
        return response;
    } catch {
        if (kept) {
            return markedOffline(kept);
        }
        return (await offlinePageFor(url)) || Response.error();
    }
}

async function staticFile(request) {
    const cache = await caches.open(STATIC);
    if (HASHED_NAME.test(new URL(request.url).pathname)) {
        const cached = await cache.match(request);
        if (cached) {
            return cached;
        }
    }
    try {
        const response = await fetch(request);
        if (isKeepable(response)) {
            await cache.put(request, response.clone());
        }
        return response;
    } catch {
        return (await cache.match(request)) || Response.error();
    }
}

async function file(request) {
    try {
        return await fetch(request);
    } catch {
        return (await caches.match(request)) || Response.error();
    }
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin
        || request.headers.has("Range")
        || CONFIG.bypass.some((prefix) => url.pathname.startsWith(prefix))) {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(page(event));
    } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
        event.respondWith(staticFile(request));
    } else {
        event.respondWith(file(request));
    }
});

// "Für unterwegs speichern": the page and what it links to, fetched now, kept until removed.
async function save(url, links, title) {
    const saved = await caches.open(SAVED);
    const response = await fetch(url, { credentials: "same-origin" });
    if (!isPublicPage(response)) {
        return { ok: false };
    }
    const kept = [];
    for (const link of links.slice(0, MAX_SAVED_LINKS)) {
        try {
            const existing = await saved.match(link);
            if (existing && existing.headers.has(SAVED_WITH)) {
                kept.push(link); // saved by itself: it stays when this page is removed
                continue;
            }
            const linked = await fetch(link, { credentials: "same-origin" });
            if (isHtml(linked) ? isPublicPage(linked) : isKeepable(linked)) {
                await saved.put(link, await stamped(linked));
                kept.push(link);
            }
        } catch {
            // An address that cannot be fetched now is simply not kept.
        }
    }
    await saved.put(url, await stamped(response, {
        [SAVED_WITH]: JSON.stringify(kept),
        [SAVED_TITLE]: encodeURIComponent(title || ""),
    }));
    return { ok: true, links: kept.length };
}

async function savedPages(cacheName = SAVED) {
    const saved = await caches.open(cacheName);
    const pages = [];
    for (const request of await saved.keys()) {
        const response = await saved.match(request);
        if (response.headers.has(SAVED_WITH)) {
            pages.push({
                url: request.url,
                title: decodeURIComponent(response.headers.get(SAVED_TITLE) || ""),
                keptAt: response.headers.get(KEPT_AT),
                links: JSON.parse(response.headers.get(SAVED_WITH)),
            });
        }
    }
    return pages;
}

async function remove(url) {
    const saved = await caches.open(SAVED);
    const pages = await savedPages();
    const page = pages.find((candidate) => candidate.url === url);
    if (!page) {
        return { ok: false };
    }
    const stillUsed = new Set(pages.filter((other) => other !== page)
        .flatMap((other) => [other.url, ...other.links]));
    await saved.delete(url);
    for (const link of page.links) {
        if (!stillUsed.has(link)) {
            await saved.delete(link);
        }
    }
    return { ok: true };
}

const ACTIONS = {
    save: (data) => save(data.url, data.links || [], data.title),
    remove: (data) => remove(data.url),
    list: async () => ({ ok: true, pages: await savedPages() }),
    status: async (data) => ({
        ok: true,
        saved: (await savedPages()).some((page) => page.url === data.url),
    }),
};

self.addEventListener("message", (event) => {
    const action = event.data && ACTIONS[event.data.action];
    const port = event.ports[0];
    if (!action || !port) {
        return;
    }
    event.waitUntil(action(event.data)
        .catch(() => ({ ok: false }))
        .then((answer) => port.postMessage(answer)));
});

self.addEventListener("install", (event) => {
    event.waitUntil((async () => {
        const cache = await caches.open(STATIC);
        // One after the other, not all at once: a cheap server has more to do than this. And
        // without cookies: the offline pages are the same for everyone, never an editor's.
        for (const url of CONFIG.precache) {
            await cache.add(new Request(url, { credentials: "omit" }));
        }
        await self.skipWaiting();
    })());
});

// What an older release kept: saved pages are saved anew (or carried over as they are while
// offline), read pages fetched anew where the network answers; then the old caches go.
async function carryOver(name) {
    if (name.endsWith("-saved")) {
        const old = await caches.open(name);
        for (const page of await savedPages(name)) {
            const answer = await save(page.url, page.links, page.title).catch(() => ({ ok: false }));
            if (!answer.ok) {
                const saved = await caches.open(SAVED);
                for (const url of [page.url, ...page.links]) {
                    const response = await old.match(url);
                    if (response) {
                        await saved.put(url, response);
                    }
                }
            }
        }
    } else if (name.endsWith("-pages")) {
        const old = await caches.open(name);
        for (const request of (await old.keys()).slice(-MAX_READ_PAGES)) {
            try {
                const response = await fetch(request.url, { credentials: "same-origin" });
                if (isPublicPage(response)) {
                    await (await caches.open(PAGES)).put(request.url, await stamped(response));
                }
            } catch {
                // Offline during the update: this page is fetched again when it is read.
            }
        }
    }
}

self.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
        const names = await caches.keys();
        for (const name of names) {
            if (name.startsWith(PREFIX) && !CURRENT.includes(name)) {
                await carryOver(name);
                await caches.delete(name);
            }
        }
        await self.clients.claim();
    })());
});
