"""Which sites (WIR centres) an editor works on, read from the page permissions of their groups.

A group with page permissions on a site's home page (or on a page inside it) edits that site,
e.g. "Redaktion Musterstadt" made by `manage.py add_centre`. A group with page permissions on
the root of the page tree ("Redaktion", "Freigabe") edits every site. Superusers edit all.
Snippets without a page tree of their own (contacts) are scoped with these sites.
"""

from wagtail.models import GroupPagePermission, Site

CACHE_ATTRIBUTE = "_integrationsnetz_site_permissions"


def _permission_paths(user):
    if not hasattr(user, CACHE_ATTRIBUTE):
        paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
        setattr(user, CACHE_ATTRIBUTE, paths)
    return getattr(user, CACHE_ATTRIBUTE)


def edits_all_sites(user):
    """Superusers and groups with permissions on the root of the page tree."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # The root page has the shortest path of the tree (depth 1, four characters).
    return any(len(path) == 4 for path in _permission_paths(user))


def sites_for_user(user):
    """The Site records whose pages the user may edit (all of them for `edits_all_sites`)."""
    sites = Site.objects.select_related("root_page").order_by("site_name", "hostname")
    if edits_all_sites(user):
        return list(sites)
    if not user.is_authenticated or not user.is_active:
        return []
    paths = _permission_paths(user)
    return [
        site
        for site in sites
        if any(
            site.root_page.path.startswith(path) or path.startswith(site.root_page.path)
            for path in paths
        )
    ]
