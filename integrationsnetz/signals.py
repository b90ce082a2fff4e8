"""Purge cached pages when what visitors see changes (integrationsnetz/page_cache.py)."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import i18n, page_cache, view_restrictions


@receiver(page_published)
@receiver(page_unpublished)
def purge_changed_page(sender, instance, **kwargs):
    page_cache.purge_page(instance)


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    # Before the deletion, while the page still knows its site and ancestors.
    if isinstance(instance, Page) and instance.live and sender is type(instance):
        page_cache.purge_page(instance)


@receiver(post_page_move)
def purge_moved_page(sender, instance, **kwargs):
    view_restrictions.forget()  # the tree paths below the page changed
    # Addresses changed, and menus and breadcrumbs everywhere may show it.
    site = instance.get_site()
    if site is not None:
        page_cache.purge_site(site)


@receiver(post_save)
def purge_site_after_settings_change(sender, instance, **kwargs):
    if isinstance(instance, BaseSiteSetting):
        page_cache.purge_site(instance.site)
    elif isinstance(instance, Site):
        page_cache.forget_sites()
        page_cache.purge_site(instance)


@receiver(post_delete, sender=Site)
def forget_deleted_site(sender, instance, **kwargs):
    page_cache.forget_sites()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_changed_locale(sender, instance, **kwargs):
    i18n.forget_locales()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_site_after_restriction_change(sender, instance, **kwargs):
    view_restrictions.forget()
    # Listings and menus leave private pages out: every page may show the change.
    site = instance.page.get_site()
    if site is not None:
        page_cache.purge_site(site)


@receiver(post_save, sender=get_image_model())
@receiver(post_delete, sender=get_image_model())
def purge_sites_after_image_change(sender, instance, created=False, update_fields=None, **kwargs):
    # A new alt text, focal point or file shows wherever the image is used: on pages, in
    # contacts' photos, in a site's logo. Images change seldom; every site starts afresh.
    if created or (update_fields and set(update_fields) <= {"file_hash", "file_size"}):
        return  # new, or Wagtail noting what it computed while rendering
    for site in Site.objects.all():
        page_cache.purge_site(site)


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def purge_search_after_promotion_change(sender, instance, **kwargs):
    # Promotions are shared by all sites; each site's search page keeps them (search.py).
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("search")
    for site in Site.objects.all():
        page_cache.purge_paths(site, [path])
