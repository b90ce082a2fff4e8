"""What the snippets edited as drafts per WIR centre share (contact persons, offers, providers,
places): the site scoping of their public lists, their centre's workflow and the slug filled in
from the name."""

from django.db import models
from django.db.models import Q

from wagtail.models import Page
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


class CentreWorkflowMixin:
    """An entry of a centre goes through its centre's workflow, as the centre's pages do.

    Wagtail assigns a snippet workflow to the model (`WorkflowContentType`), one for all
    entries, "unless `get_workflow` is overridden" (WorkflowMixin): here it is the workflow of
    the centre's home page ("Freigabe durch die Koordination (<Zentrum>)", whose one task the
    centre's "Freigabe" group reviews), so only that group is asked, notified and able to
    approve. A shared entry (no site) has none: only editors of all sites change it, and they
    publish it themselves; no centre's group could approve it.

    The model keeps its `WorkflowContentType`: Wagtail asks the model, not the entry, whether a
    new entry may be submitted (then `integrationsnetz.snippet_views` starts the saved entry's
    workflow). Put before `WorkflowMixin` in the bases.
    """

    def get_workflow(self):
        if self.site_id is None:
            return None
        home = (
            Page.objects.select_related("workflowpage__workflow")
            .filter(sites_rooted_here=self.site_id)
            .first()
        )
        return home.get_workflow() if home is not None else None


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
