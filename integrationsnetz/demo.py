"""Building blocks for `manage.py load_demo`, and the demo content of the ground floor.

Every app may have a `demo.py` with a `load(report)` function (the report is a `DemoReport`,
demo_report.py); load_demo calls them in the order of INSTALLED_APPS. Each loader must be
idempotent: it looks objects up by a stable key (usually a slug) and only creates what is
missing.
"""

from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, Site

from .centres import add_centre
from .models import HomePage, OrganisationSettings, SearchSynonyms, StandardPage

# The first centre: the demo's main site is set up by `add_centre` like every other centre.
MAIN_CENTRE = "WIR-Vielfaltszentrum Werra-Meißner-Kreis"
MAIN_CENTRE_HOST = "localhost"
# The port `make run` serves on: the Site records name it, so that every absolute address the
# site builds from them (canonical, hreflang, feeds, calendar subscription) works there.
DEMO_PORT = 8000
# The port of Wagtail's initial site and of demo databases made before the demo named its port.
FORMER_DEMO_PORT = 80

# A second, clearly fictional centre on its own host name: shows that sites stay apart.
DEMO_CENTRE = "WIR-Vielfaltszentrum Musterstadt"
DEMO_CENTRE_HOST = "musterstadt.localhost"
DEMO_CENTRE_NOTE = (
    "<p><em>Musterstadt gibt es nicht: Dieses Zentrum ist ein erfundenes Beispiel, das zeigt, "
    "wie mehrere WIR-Zentren eine Installation teilen.</em></p>"
)


def demo_centre_home():
    """The home page of the fictional second centre; load_demo makes sure it exists first."""
    return Site.objects.get(hostname=DEMO_CENTRE_HOST).root_page.specific


def _ensure_demo_centre(report):
    Site.objects.filter(hostname=DEMO_CENTRE_HOST, port=FORMER_DEMO_PORT).update(port=DEMO_PORT)
    centre = add_centre(DEMO_CENTRE, DEMO_CENTRE_HOST, port=DEMO_PORT, report=report)
    if not centre.home.intro:
        centre.home.intro = _(
            "Ein erfundenes Beispielzentrum: Es zeigt, dass jedes WIR-Zentrum eigene Seiten, "
            "Nachrichten, Termine und Ansprechpersonen hat."
        )
        centre.home.save_revision().publish()
    organisation = OrganisationSettings.for_site(centre.site)
    if not organisation.street:
        organisation.street = "Musterstraße 1"
        organisation.postal_code = "12345"
        organisation.city = "Musterstadt"
        organisation.email = "wir@musterstadt.example"
        organisation.save()


def home_page():
    """The home page of the default site; load_demo makes sure it exists first."""
    return Site.objects.get(is_default_site=True).root_page.specific


def link_in_settings(pages):
    """Point the demo site's organisation settings at `pages` ({field name: page}), keeping any
    page an editor has already chosen, so that load_demo can run again."""
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    unset = {
        field: page for field, page in pages.items() if getattr(organisation, f"{field}_id") is None
    }
    for field, page in unset.items():
        setattr(organisation, field, page)
    if unset:
        organisation.save()


def _draw_logo(draw, size):
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#0b5c78")
    colours = ["#f2b705", "#ffffff", "#7cc4dc"]
    for index, colour in enumerate(colours):
        offset = index * height // 4
        draw.ellipse(
            (
                offset + height // 8,
                height // 4,
                offset + height // 8 + height // 2,
                3 * height // 4,
            ),
            fill=colour,
        )


def _ensure_home(report):
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    # The German home page (its translations are siblings under the root).
    home = HomePage.objects.child_of(root).filter(locale=Locale.get_default()).first()
    if home is None:
        home = HomePage(
            title=_("WIR-Vielfaltszentrum Werra-Meißner-Kreis"),
            slug="startseite",
            intro=_(
                "Wir beraten, vernetzen und begleiten: Menschen, die neu im Werra-Meißner-Kreis "
                "sind, und alle, die sich hier für ein gutes Miteinander einsetzen."
            ),
            show_in_menus=False,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        report.add(home, created=True)
    else:
        report.add(home, created=False)

    if site is None:
        site = Site.objects.create(
            hostname=MAIN_CENTRE_HOST,
            port=DEMO_PORT,
            root_page=home,
            is_default_site=True,
            site_name=MAIN_CENTRE,
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's placeholder "Welcome" page goes once the site points at our home page.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    if not site.site_name:
        site.site_name = MAIN_CENTRE
        site.save(update_fields=["site_name"])
    if (site.hostname, site.port) == (MAIN_CENTRE_HOST, FORMER_DEMO_PORT):
        site.port = DEMO_PORT
        site.save(update_fields=["port"])
    return home, site


STANDARD_PAGES = [
    {
        "slug": "ueber-uns",
        "title": "Über uns",
        "show_in_menus": True,
        "intro": (
            "Das WIR-Vielfaltszentrum ist die Stelle der Kreisverwaltung für Integration "
            "und Vielfalt. Das Land Hessen fördert es über das Landesprogramm „WIR“."
        ),
        "body": [
            ("heading", {"text": "Was wir tun", "level": "h2"}),
            (
                "paragraph",
                "<p>Wir bringen Menschen und Einrichtungen zusammen: Verwaltung, Vereine, "
                "Initiativen, Ehrenamtliche und Menschen mit Migrationsgeschichte. Wir "
                "informieren über Fördermittel, organisieren die Interkulturelle Woche, den "
                "Internationalen Tag gegen Rassismus und den Diversity-Tag und schreiben das "
                "Integrationskonzept des Kreises fort.</p>",
            ),
            ("heading", {"text": "Für wen wir da sind", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>für Menschen, die neu im Kreis sind und Orientierung suchen</li>"
                "<li>für Ehrenamtliche und Vereine, die Unterstützung brauchen</li>"
                "<li>für Städte, Gemeinden und Fachstellen, die sich vielfaltsorientiert "
                "öffnen wollen</li></ul>",
            ),
        ],
    },
]


# Words residents use for the same thing (the site search finds each with the others).
SYNONYMS = [
    "Sprachkurs, Deutschkurs, Integrationskurs",
    "Kita, Kindergarten, Kindertagesstätte, Krippe",
    "Jobcenter, Bürgergeld, Arbeitslosengeld",
    "Aufenthalt, Aufenthaltstitel, Aufenthaltserlaubnis",
]


def load(report):
    home, site = _ensure_home(report)
    for words in SYNONYMS:
        report.ensure(SearchSynonyms, {"words": words})

    for spec in STANDARD_PAGES:
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            show_in_menus=spec["show_in_menus"],
            body=spec["body"],
        )
        report.ensure_page(home, page)

    logo = report.ensure_image(_("Logo WIR-Vielfaltszentrum"), _draw_logo, alt="", size=(256, 128))
    organisation = OrganisationSettings.for_site(site)
    if not organisation.name:
        organisation.name = "WIR-Vielfaltszentrum Werra-Meißner-Kreis"
        organisation.street = "Schlossplatz 1"
        organisation.postal_code = "37269"
        organisation.city = "Eschwege"
        organisation.phone = "+49 5651 302-30308"
        organisation.email = "julia.kapinus@werra-meissner-kreis.de"
        organisation.logo = logo
        organisation.save()
        report.add(organisation, created=True)
    else:
        report.add(organisation, created=False)

    _ensure_demo_centre(report)


def complete_centres(report):
    """Every named site through `add_centre` once all demo pages and translations exist: the
    first centre gets what any other gets (collection, groups, workflow), and each centre's
    groups their permissions on the home pages of every language."""
    for site in Site.objects.exclude(site_name="").order_by("-is_default_site", "pk"):
        add_centre(site.site_name, site.hostname, port=site.port, report=report)
