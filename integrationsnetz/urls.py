from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import security, views
from .centre_reports import report_urlpatterns
from .sitemaps import LanguageSitemap

urlpatterns = [
    # Wagtail's reports "Workflows", "Workflow tasks" and "Site history" scoped to the editor's
    # centre: at Wagtail's addresses and before its admin URLs, so that they answer
    # (integrationsnetz/centre_reports.py).
    path("admin/reports/", include(report_urlpatterns())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Not per language: the sitemap of the site serving the request (Wagtail finds the Site by
    # host name), robots.txt, the favicon and the service worker (its scope is the whole site).
    path("sitemap.xml", sitemap, {"sitemaps": {"seiten": LanguageSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("", include("offline.worker_urls")),
    path(settings.CSP_REPORT_PATH.lstrip("/"), security.csp_report, name="csp_report"),
]

if settings.SERVE_MEDIA:
    # In production the web server in front of gunicorn serves MEDIA_ROOT (see docs/betrieb.md).
    # Documents only through Wagtail's document view, which checks who may have them
    # (integrationsnetz.documents); their files are never served directly.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?!documents/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# German without a prefix (every existing address stays as it is), the other languages under
# theirs: /en/suche/, /ar/ansprechpartner/… Pages come from the page tree of that language;
# a page without a translation is served from the German tree (HomePage.route).
# Wagtail's URLs last: its page view takes every other address (Unicode slugs included), and
# its /_util/ views unlock restricted pages (password, login).
urlpatterns += i18n_patterns(
    path("suche/", views.search, name="search"),
    # Per language: its home page is the app's start (offline reading, offline/).
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("", include("accessibility.urls")),
    path("ansprechpartner/", include("contacts.urls")),
    path("", include("offline.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "integrationsnetz.views.server_error"
