"""A new WIR centre in one step: its site, home page, collection and organisation settings.

`manage.py add_centre "<Name>" <hostname>` calls `add_centre`. The ground floor creates what
it owns and then calls every function registered with the Wagtail hook "populate_centre"
(in the apps' wagtail_hooks.py, in hook order); each gets the `Centre` and adds what its app
needs: index pages, legal pages, editor groups, the workflow. Everything is looked up before
it is created, so running it again for the same centre creates nothing twice.
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Collection, Page, Site

from .demo_report import DemoReport
from .models import HomePage, OrganisationSettings
from .slugs import german_slug, unique_slug

# One or more labels of letters, digits and hyphens, separated by dots (RFC 1123), lower case.
HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class CentreError(Exception):
    """A centre cannot be created as asked; the message says why, in German."""


@dataclass
class Centre:
    name: str
    site: Site
    home: HomePage
    collection: Collection
    report: DemoReport

    def ensure_page(self, page, live=True):
        """`page` below the home page unless one of its type (or its slug) is there already.

        Pages that must be completed by the centre first (legal pages) are made as drafts
        (`live=False`); footer links skip unpublished pages.
        """
        existing = (
            type(page).objects.child_of(self.home).first()
            or self.home.get_children().filter(slug=page.slug).first()
        )
        if existing is not None:
            return self.report.add(existing.specific, created=False)
        page.live = live
        self.home.add_child(instance=page)
        # A draft may lack what publishing needs (Wagtail checks it then, as in the admin).
        revision = page.save_revision(clean=live)
        if live:
            revision.publish()
        return self.report.add(page, created=True)

    def link_in_settings(self, pages):
        """Choose `pages` ({settings field: page}) in the centre's organisation settings,
        keeping any page an editor has chosen already."""
        organisation = OrganisationSettings.for_site(self.site)
        unset = {
            field: page
            for field, page in pages.items()
            if getattr(organisation, f"{field}_id") is None
        }
        for field, page in unset.items():
            setattr(organisation, field, page)
        if unset:
            organisation.save()


def clean_hostname(hostname):
    hostname = hostname.strip().lower().rstrip(".")
    if not HOSTNAME.match(hostname) or hostname.replace(".", "").isdigit():
        raise CentreError(
            _(
                "„%(hostname)s“ ist kein gültiger Hostname. Erlaubt sind Buchstaben ohne "
                "Umlaute, Ziffern, Bindestriche und Punkte, z. B. „wir.musterstadt.de“ "
                "(ohne http:// und ohne Pfad)."
            )
            % {"hostname": hostname}
        )
    return hostname


def _home_page(name):
    root = Page.get_first_root_node()
    taken_roots = Site.objects.values_list("root_page_id", flat=True)
    slug = unique_slug(
        german_slug(name) or "zentrum",
        taken=lambda slug: root.get_children().filter(slug=slug).exists(),
        max_length=255,
    )
    home = HomePage.objects.child_of(root).filter(title=name).exclude(pk__in=taken_roots).first()
    if home is not None:
        return home, False
    home = HomePage(title=name, slug=slug, intro="", show_in_menus=False)
    root.add_child(instance=home)
    home.save_revision().publish()
    return home, True


def _collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is not None:
        return existing, False
    return root.add_child(name=name), True


@transaction.atomic
def add_centre(name, hostname, port=80, report=None):
    """Create (or complete) the centre `name` on `hostname`; return its `Centre`."""
    name = " ".join(name.split())
    if not name:
        raise CentreError(_("Bitte geben Sie den Namen des Zentrums an."))
    hostname = clean_hostname(hostname)
    report = report or DemoReport()

    site = Site.objects.filter(hostname=hostname, port=port).first()
    if site is not None and site.site_name != name:
        raise CentreError(
            _(
                "Der Hostname „%(hostname)s“ ist schon vergeben: Unter ihm läuft die Website "
                "„%(site)s“. Bitte wählen Sie einen anderen Hostnamen."
            )
            % {"hostname": hostname, "site": site.site_name or site.root_page.title}
        )
    other = Site.objects.filter(site_name=name).exclude(hostname=hostname, port=port).first()
    if other is not None:
        raise CentreError(
            _(
                "Das Zentrum „%(name)s“ hat schon eine Website unter „%(hostname)s“. Einen "
                "anderen Hostnamen tragen Sie unter „Einstellungen → Sites“ ein."
            )
            % {"name": name, "hostname": other.hostname}
        )

    if site is None:
        home, created = _home_page(name)
        report.add(home, created)
        site = Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            site_name=name,
            is_default_site=not Site.objects.filter(is_default_site=True).exists(),
        )
        report.add(site, created=True)
    else:
        home = site.root_page.specific
        report.add(home, created=False)
        report.add(site, created=False)

    collection, created = _collection(name)
    report.add(collection, created)

    organisation = OrganisationSettings.for_site(site)
    created = not organisation.name
    if created:
        organisation.name = name
        organisation.save()
    report.add(organisation, created)

    centre = Centre(name=name, site=site, home=home, collection=collection, report=report)
    for populate in hooks.get_hooks("populate_centre"):
        populate(centre)
    return centre
