from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import i18n, security, views
from .sitemaps import LanguageSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Not per language: the sitemap of the site serving the request (Wagtail finds the Site by
    # host name), robots.txt, the web app manifest and the favicon.
    path("sitemap.xml", sitemap, {"sitemaps": {"seiten": LanguageSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(settings.CSP_REPORT_PATH.lstrip("/"), security.csp_report, name="csp_report"),
]

if settings.SERVE_MEDIA:
    # In production the web server in front of gunicorn serves MEDIA_ROOT (see README).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# German without a prefix (every existing address stays as it is), the other languages under
# theirs: /en/suche/, /ar/ansprechpartner/… Pages come from the page tree of that language;
# a page without a translation is served from the German tree (integrationsnetz/i18n.py).
urlpatterns += i18n_patterns(
    path("suche/", views.search, name="search"),
    path("", include("accessibility.urls")),
    path("ansprechpartner/", include("contacts.urls")),
    re_path(r"^((?:[\w\-]+/)*)$", i18n.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "integrationsnetz.views.server_error"
