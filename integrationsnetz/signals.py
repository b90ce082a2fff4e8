"""What a visitor would see change makes cached pages and fragments stale (caching.py), and
a page's view restriction applies to its translations too."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import caching
from .models import SearchSynonyms


def when_changed(*models):
    """Decorate a receiver to run after an object of any of `models` is saved or deleted."""

    def connect(function):
        for model in models:
            post_save.connect(function, sender=model)
            post_delete.connect(function, sender=model)
        return function

    return connect


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    caching.page_changed(instance)


@receiver(page_published)
def restrict_new_translation(sender, instance, **kwargs):
    """A translation made after its German page was restricted is restricted too."""
    default = Locale.get_default()
    if instance.locale_id != default.pk and not instance.view_restrictions.exists():
        source = instance.get_translation_or_none(default)
        restriction = source.view_restrictions.first() if source else None
        if restriction is not None:
            mirror_restriction(restriction, instance)


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    # Before the deletion, while the page still knows its site and ancestors.
    if isinstance(instance, Page) and instance.live and sender is type(instance):
        caching.page_changed(instance)


@receiver(post_page_move)
@receiver(page_slug_changed)
def purge_site_after_new_addresses(sender, instance, **kwargs):
    # Every address below changed (the old ones redirect), and menus and breadcrumbs show them.
    caching.site_changed(instance.get_site())


@receiver(post_save)
def purge_site_after_settings_change(sender, instance, **kwargs):
    if isinstance(instance, BaseSiteSetting):
        caching.site_changed(instance.site)
    elif isinstance(instance, Site):
        caching.site_changed(instance)


@when_changed(Locale, SearchSynonyms, SearchPromotion)
def purge_all_sites(sender, **kwargs):
    caching.all_sites_changed()


@when_changed(get_image_model())
def purge_sites_after_image_change(sender, instance, created=False, update_fields=None, **kwargs):
    # A new alt text, focal point or file shows wherever the image is used: on pages, in
    # contacts' photos, in a site's logo. Images change seldom; every site starts afresh.
    if created or (update_fields and set(update_fields) <= {"file_hash", "file_size"}):
        return  # new, or Wagtail noting what it computed while rendering
    caching.all_sites_changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restrict_translations_alike(sender, instance, **kwargs):
    """A restriction on a German page holds for its translations (wagtail-localize copies it
    only when a translation is synced); listings and menus leave private pages out, so the
    whole site changes."""
    if kwargs.get("action", "post").startswith("pre"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    if page.locale_id == Locale.get_default().pk:
        restriction = page.view_restrictions.first()
        for translation in page.get_translations():
            mirror_restriction(restriction, translation)
    caching.site_changed(page.get_site())


def mirror_restriction(restriction, page):
    """Give `page` the same restriction as `restriction` (None: none)."""
    existing = list(page.view_restrictions.all())
    if restriction is None:
        for other in existing:
            other.delete()
        return
    target = existing[0] if existing else PageViewRestriction(page=page)
    if (
        target.pk
        and (target.restriction_type, target.password)
        == (
            restriction.restriction_type,
            restriction.password,
        )
        and set(target.groups.all()) == set(restriction.groups.all())
    ):
        return
    target.restriction_type = restriction.restriction_type
    target.password = restriction.password
    target.save()
    target.groups.set(restriction.groups.all())
