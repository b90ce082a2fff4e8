"""What the snippets edited as drafts per WIR centre share (contact persons, offers, providers,
places): the site scoping of their public lists and the slug filled in from the name."""

from django.db import models
from django.db.models import Q

from wagtail.search.queryset import SearchableQuerySetMixin

from .slugs import german_slug, unique_slug


class SiteScopedQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Entries with a `site` (a WIR centre) or none (shared by all centres) and a `live` flag."""

    def live(self):
        """Published entries: drafts and entries awaiting approval never reach the public."""
        return self.filter(live=True)

    def for_site(self, site):
        """The entries a site shows: its own and the shared ones (no site).

        Every public list goes through here (directories, cards, vCards, open data), so an
        entry of one WIR centre never appears on another centre's website. Without a site
        (no Site record matches) only the shared entries remain.
        """
        if site is None:
            return self.filter(site__isnull=True)
        return self.filter(Q(site_id=getattr(site, "pk", site)) | Q(site__isnull=True))

    def for_sites(self, sites):
        """The entries of any of `sites` (Site objects or ids) and the shared ones."""
        site_ids = [getattr(site, "pk", site) for site in sites]
        return self.filter(Q(site_id__in=site_ids) | Q(site__isnull=True))


class SlugFromNameMixin:
    """Fill an empty slug from the name, unique among other entries (translations share it).

    offers' first migration names it `offers.models.SlugFromNameMixin`: offers.models imports it.
    """

    slug_fallback = "eintrag"

    def clean(self):
        super().clean()
        if not self.slug and self.name:
            others = (
                type(self).objects.exclude(pk=self.pk).exclude(translation_key=self.translation_key)
            )
            self.slug = unique_slug(
                german_slug(self.name) or self.slug_fallback,
                taken=lambda slug: others.filter(slug=slug).exists(),
                max_length=150,
            )
