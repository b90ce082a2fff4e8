"""/sitemap.xml: every live public page of the site in every language, with its translations
as alternates (hreflang) and the German page as x-default."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class LanguageSitemap(Sitemap):
    def items(self):
        site = Site.find_for_request(self.request)
        homes = site.root_page.get_translations(inclusive=True).live()
        within = reduce(or_, (Q(path__startswith=home.path) for home in homes))
        return (
            Page.objects.filter(within)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        pages = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in pages}
        # One query for the translations of this sitemap page's pages.
        versions = {}
        for version in (
            Page.objects.filter(translation_key__in=keys).live().public().select_related("locale")
        ):
            url = version.get_full_url(self.request)
            if url:
                versions.setdefault(version.translation_key, {})[version.locale.language_code] = url
        key_of = {item.get_full_url(self.request): item.translation_key for item in pages}
        for url_info in urls:
            languages = versions.get(key_of.get(url_info["location"]), {})
            if len(languages) < 2:
                continue
            url_info["alternates"] = [
                {"lang_code": code, "location": url} for code, url in sorted(languages.items())
            ]
            if settings.LANGUAGE_CODE in languages:
                url_info["alternates"].append(
                    {"lang_code": "x-default", "location": languages[settings.LANGUAGE_CODE]}
                )
        return urls
