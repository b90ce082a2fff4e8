"""Who may see, choose and edit which contact in the admin, by site (WIR centre).

An editor of one centre (a group with page permissions on its home page, see
`integrationsnetz.site_permissions`) lists and chooses that centre's contacts and the shared
ones (no site), and edits only the centre's own. Editors of all sites and superusers edit all.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from integrationsnetz.site_permissions import edits_all_sites, sites_for_user

# Shared contacts may be looked at and chosen by every editor, but changed only by editors of
# all sites: they appear on every centre's website.
READ_ACTIONS = {"view", "choose"}


def site_ids_for_user(user):
    return {site.pk for site in sites_for_user(user)}


def user_may_edit_contact(user, contact):
    if edits_all_sites(user):
        return True
    return contact.site_id is not None and contact.site_id in site_ids_for_user(user)


def user_may_see_contact(user, contact):
    return contact.site_id is None or user_may_edit_contact(user, contact)


def contacts_for_user(user, queryset):
    """`queryset` narrowed to the contacts the user may list and choose: own sites and shared."""
    if edits_all_sites(user):
        return queryset
    return queryset.for_sites(site_ids_for_user(user))


class ContactPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (add, change, publish …), narrowed per contact to its site."""

    def _allowed(self, user, actions, instance):
        if set(actions) <= READ_ACTIONS:
            return user_may_see_contact(user, instance)
        return user_may_edit_contact(user, instance)

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
            return contacts_for_user(user, instances)
        return instances.filter(site_id__in=site_ids_for_user(user))
