# Varnish in front of the app (Debian package `varnish`, 7.x): the only full-page cache.
# It keeps what the app marks public (integrationsnetz/caching.py: `Cache-Control: public,
# s-maxage`, with X-Purge-Site and X-Purge-Path), once per address and display preference,
# and Wagtail purges changed pages by PURGE requests (FRONTEND_CACHE_URL). docs/caching.md.
vcl 4.1;

import std;

# The app (gunicorn, or nginx in front of it). tests/integrationsnetz/test_varnish.py and
# `make bench` replace this port with their server's.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    # While the app does not answer its health check, pages are served from grace (below).
    .probe = {
        .url = "/healthz/";
        .interval = 2s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the app hosts. Add their addresses when they run on other machines.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The Host of a purge is the Site record's host (and port), as the app tags objects.
        if (req.url ~ "[?&]umfang=website(&|$)") {
            # A change every page shows (menu, settings, a move): the whole site.
            ban("obj.http.x-purge-site == " + req.http.host);
        } else {
            # The path with every query string (pagination, filters) and display variant.
            ban("obj.http.x-purge-site == " + req.http.host + " && obj.http.x-purge-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents)/" || req.http.Authorization) {
        return (pass);
    }
    # Logged-in editors (and visitors who unlocked a protected page): never from the cache,
    # never into it.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }

    # Only the query parameters that pages read (pagination, the news tag, search, the
    # filters of the directory and the calendar, the language switcher's notice) reach the app
    # and the key: tracking parameters and junk make no new objects. A new filter field must
    # be added here (tests/integrationsnetz/test_varnish.py checks the forms).
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url, "(?<=[?&])(?!(page|tag|q|thema|sprache|kategorie|monat|ort|zielgruppe|kostenlos|offen|format|buchstabe|uebersetzung)=)[^&]*(&|$)", "");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }

    # The only cookie a public page reads is `darstellung`; keep its valid value, drop the rest,
    # so junk values and other cookies (analytics of other sites, CSRF) make no new objects.
    if (req.http.Cookie ~ "(^|;\s*)darstellung=(standard|kontrast|auto)-(100|125|150|200)(;|$)") {
        set req.http.Cookie = "darstellung=" + regsub(req.http.Cookie, "^(.*;\s*)?darstellung=([a-z]+-[0-9]+).*$", "\2");
        if (req.http.Cookie == "darstellung=auto-100") {
            unset req.http.Cookie;
        }
    } else {
        unset req.http.Cookie;
    }

    # A healthy app refreshes a stale page at once; while it is down, grace serves the copy.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hash {
    # One object per site, address and display preference, whatever port the client named.
    hash_data(std.tolower(regsub(req.http.host, ":[0-9]+$", "")));
    hash_data(req.url);
    if (req.http.Cookie) {
        hash_data(req.http.Cookie);
    }
    return (lookup);
}

sub vcl_backend_response {
    # Only what the app marked public and tagged for purging (never a session, form,
    # preview, private or no-store response, nor a Set-Cookie).
    if (!beresp.http.X-Purge-Site || beresp.http.Set-Cookie
            || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # X-Purge-Site and X-Purge-Path stay on the object: bans match them, so the ban lurker
    # can apply them in the background.
    # Serve a stale copy for a while if the app is down.
    set beresp.grace = 6h;
}

sub vcl_deliver {
    unset resp.http.x-purge-site;
    unset resp.http.x-purge-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
