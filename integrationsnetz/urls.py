from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import security, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("suche/", views.search, name="search"),
    # The sitemap of the site serving the request (Wagtail finds the Site by host name).
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(settings.CSP_REPORT_PATH.lstrip("/"), security.csp_report, name="csp_report"),
    path("", include("accessibility.urls")),
    path("ansprechpartner/", include("contacts.urls")),
]

if settings.SERVE_MEDIA:
    # In production the web server in front of gunicorn serves MEDIA_ROOT (see README).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler500 = "integrationsnetz.views.server_error"
