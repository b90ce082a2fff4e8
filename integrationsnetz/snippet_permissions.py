"""Who may see, choose and edit which snippet of a WIR centre in the admin, by site.

Contact persons, offers, providers and places each belong to one centre (`site`) or are shared
by all of them (no site). An editor of one centre (a group with page permissions on its home
page, see `integrationsnetz.site_permissions`) lists and chooses that centre's entries and the
shared ones, and edits only the centre's own. Editors of all sites and superusers edit all.
The admin views that apply these rules are in `integrationsnetz.snippet_views`.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from .site_permissions import edits_all_sites, sites_for_user

# Shared entries may be looked at and chosen by every editor, but changed only by editors of
# all sites: they appear on every centre's website.
READ_ACTIONS = {"view", "choose"}


def site_ids_for_user(user):
    return {site.pk for site in sites_for_user(user)}


def user_may_edit(user, entry):
    if edits_all_sites(user):
        return True
    return entry.site_id is not None and entry.site_id in site_ids_for_user(user)


def user_may_see(user, entry):
    return entry.site_id is None or user_may_edit(user, entry)


def entries_for_user(user, queryset):
    """`queryset` (a SiteScopedQuerySet) narrowed to the entries the user may list and choose:
    own sites and shared."""
    if edits_all_sites(user):
        return queryset
    return queryset.for_sites(site_ids_for_user(user))


class SitePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (add, change, publish …), narrowed per entry to its site."""

    def _allowed(self, user, actions, instance):
        if set(actions) <= READ_ACTIONS:
            return user_may_see(user, instance)
        return user_may_edit(user, instance)

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(user, action, instance) and self._allowed(
            user, [action], instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return super().user_has_any_permission_for_instance(
            user, actions, instance
        ) and self._allowed(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if edits_all_sites(user):
            return instances
        if set(actions) <= READ_ACTIONS:
            return entries_for_user(user, instances)
        return instances.filter(site_id__in=site_ids_for_user(user))
