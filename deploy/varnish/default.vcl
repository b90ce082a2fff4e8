# Varnish in front of the app (Debian package `varnish`, 7.x): public pages for anonymous
# visitors are cached once per display preference; Wagtail purges changed pages on publish
# (FRONTEND_CACHE_URL, integrationsnetz/page_cache.py). README.md, "Speed and caching".
vcl 4.1;

import std;

# The app (gunicorn, or nginx in front of it). tests/integrationsnetz/test_varnish.py replaces
# this port with its test server's.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app hosts. Add their addresses when they run on other machines.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One object per site whatever port the client named (Wagtail purges by the Site's host).
    set req.http.host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));

    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.url ~ "\?umfang=website$") {
            # A change every page shows (menu, settings, a move): the whole site.
            ban("obj.http.x-host == " + req.http.host);
        } else {
            # The path with any query string (pagination, filters) and every display variant.
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents)/" || req.http.Authorization) {
        return (pass);
    }
    # Logged-in editors: never from the cache, never into it (their pages show the user bar).
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
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
    return (hash);
}

sub vcl_hash {
    # The display preference (the app marks such pages with Vary: Cookie as well).
    if (req.http.Cookie) {
        hash_data(req.http.Cookie);
    }
}

sub vcl_backend_response {
    # For bans that the ban lurker can apply in the background.
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # The builtin VCL already refuses Set-Cookie and private/no-store responses (forms, editors).
    # Serve a stale copy for a while if the app is down or slow.
    set beresp.grace = 6h;
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
