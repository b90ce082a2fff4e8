"""Editors of one WIR centre (groups made by `add_centre`) work only on that centre.

Two centres, Kassel and Fulda, each with a page, a contact, an offer, an image and a document.
Kassel's coordinator ("Freigabe WIR-Vielfaltszentrum Kassel") or editor tries everything on
Fulda's objects through the admin views, with forced requests, and each attempt is checked
against what actually changed; the same request on Kassel's own object succeeds, so the tests
can fail.
"""

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact
from editorial.roles import FREIGABE, group_name
from integrationsnetz.centres import add_centre
from integrationsnetz.models import OrganisationSettings, StandardPage
from news.models import NewsIndexPage

from ..admin_forms import news_article_form
from ..conftest import logged_in, member_of
from ..factories import (
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    NewsArticlePageFactory,
    OfferFactory,
    StandardPageFactory,
    translate,
)

KASSEL = "WIR-Vielfaltszentrum Kassel"
FULDA = "WIR-Vielfaltszentrum Fulda"


@pytest.fixture
def centres(home):
    made = {}
    for name, host in ((KASSEL, "kassel.localhost"), (FULDA, "fulda.localhost")):
        centre = add_centre(name, host)
        made[name] = {
            "centre": centre,
            "page": StandardPageFactory(parent=centre.home, title=f"Über {name}", slug="ueber-uns"),
            "contact": ContactFactory(name=f"Person {name}", site=centre.site),
            "image": ImageFactory(title=f"Bild {name}", collection=centre.collection),
            "document": DocumentFactory(title=f"Merkblatt {name}", collection=centre.collection),
            "offer": OfferFactory(name=f"Angebot {name}", site=centre.site),
        }
    made["shared"] = ContactFactory(name="Person beim Land")
    return made


def client_for(role, name, username):
    return logged_in(member_of(role, Site.objects.get(site_name=name), username))


@pytest.fixture
def kassel_freigabe(centres):
    return client_for("Freigabe", KASSEL, "freigabe-kassel")


@pytest.fixture
def kassel_redaktion(centres):
    return client_for("Redaktion", KASSEL, "redaktion-kassel")


def page_form(page, **fields):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            **fields,
        }
    )


def test_coordinator_edits_and_publishes_own_pages_but_not_another_centres(
    centres, kassel_freigabe
):
    own, other = centres[KASSEL]["page"], centres[FULDA]["page"]
    for page in (own, other):
        page.unpublish()

    for page in (own, other):
        kassel_freigabe.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            page_form(page, title="Geändert", **{"action-publish": "action-publish"}),
        )
    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.title, own.live) == ("Geändert", True)
    assert (other.title, other.live) == (f"Über {FULDA}", False)
    assert not other.revisions.filter(content__title="Geändert").exists()

    # Opening the editor is refused as well.
    response = kassel_freigabe.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))
    assert response.status_code in (302, 403)
    assert f"Über {FULDA}" not in response.content.decode()


def test_coordinator_cannot_move_unpublish_or_delete_another_centres_page(centres, kassel_freigabe):
    kassel, fulda = centres[KASSEL], centres[FULDA]
    other = fulda["page"]
    kassel_freigabe.post(
        reverse("wagtailadmin_pages:move_confirm", args=[other.pk, kassel["centre"].home.pk])
    )
    kassel_freigabe.post(reverse("wagtailadmin_pages:unpublish", args=[other.pk]))
    kassel_freigabe.post(reverse("wagtailadmin_pages:delete", args=[other.pk]))
    other.refresh_from_db()
    assert other.get_parent().pk == fulda["centre"].home.pk
    assert other.live
    # Nor can Fulda's page be pulled in from the other side: moving own pages under it fails.
    own = kassel["page"]
    kassel_freigabe.post(
        reverse("wagtailadmin_pages:move_confirm", args=[own.pk, fulda["centre"].home.pk])
    )
    own.refresh_from_db()
    assert own.get_parent().pk == kassel["centre"].home.pk
    # The same requests on the own page work.
    kassel_freigabe.post(reverse("wagtailadmin_pages:unpublish", args=[own.pk]))
    own.refresh_from_db()
    assert not own.live


def test_explorer_and_page_chooser_offer_only_the_own_centre(centres, kassel_redaktion):
    kassel_home, fulda_home = (centres[n]["centre"].home for n in (KASSEL, FULDA))
    explorer = kassel_redaktion.get(reverse("wagtailadmin_explore_root"), follow=True)
    listing = " ".join(
        table.get_text(" ") for table in BeautifulSoup(explorer.content, "html.parser")("table")
    )
    assert KASSEL in listing and FULDA not in listing

    root = Page.get_first_root_node()
    browse = kassel_redaktion.get(reverse("wagtailadmin_choose_page_child", args=[root.pk]))
    html = browse.content.decode()
    assert KASSEL in html and FULDA not in html
    search = kassel_redaktion.get(reverse("wagtailadmin_choose_page_search"), {"q": "Über"})
    html = search.content.decode()
    assert f"Über {KASSEL}" in html and f"Über {FULDA}" not in html
    assert kassel_home.pk != fulda_home.pk


def test_contacts_listing_and_chooser_offer_own_and_shared_contacts_only(centres, kassel_redaktion):
    viewset = Contact.snippet_viewset
    for url in (
        reverse(viewset.get_url_name("list")),
        reverse(viewset.chooser_viewset.get_url_name("choose")),
        reverse(viewset.chooser_viewset.get_url_name("choose_results")),
    ):
        html = kassel_redaktion.get(url).content.decode()
        assert f"Person {KASSEL}" in html, url
        assert "Person beim Land" in html, url
        assert f"Person {FULDA}" not in html, url
    # The chooser names whose person it is.
    results = kassel_redaktion.get(
        reverse(viewset.chooser_viewset.get_url_name("choose_results"))
    ).content.decode()
    assert "Zentrum" in results
    assert KASSEL in results.replace(f"Person {KASSEL}", "")
    assert "Alle Websites (geteilt)" in results

    chosen = viewset.chooser_viewset.get_url_name("chosen")
    own, other = centres[KASSEL]["contact"], centres[FULDA]["contact"]
    assert kassel_redaktion.get(reverse(chosen, args=[own.pk])).status_code == 200
    assert kassel_redaktion.get(reverse(chosen, args=[other.pk])).status_code == 404


def test_contacts_of_another_centre_cannot_be_opened_changed_or_deleted(centres, kassel_freigabe):
    viewset = Contact.snippet_viewset
    other = centres[FULDA]["contact"]
    edit = reverse(viewset.get_url_name("edit"), args=[other.pk])
    assert kassel_freigabe.get(edit).status_code == 404
    kassel_freigabe.post(edit, {"name": "Gekapert", "role": "x", "action-publish": "1"})
    kassel_freigabe.post(reverse(viewset.get_url_name("delete"), args=[other.pk]))
    kassel_freigabe.post(reverse(viewset.get_url_name("unpublish"), args=[other.pk]))
    bulk_delete = (
        reverse("wagtail_bulk_action", args=["contacts", "contact", "delete"]) + f"?id={other.pk}"
    )
    kassel_freigabe.post(bulk_delete)
    other.refresh_from_db()
    assert (other.name, other.live) == (f"Person {FULDA}", True)

    # A shared contact is read-only for a centre's editors.
    shared = centres["shared"]
    response = kassel_freigabe.post(reverse(viewset.get_url_name("delete"), args=[shared.pk]))
    assert Contact.objects.filter(pk=shared.pk).exists()
    # Wagtail's answer to a forbidden admin view: back to the dashboard with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")

    # Own contacts: the form offers only the own centre as "Website".
    own = centres[KASSEL]["contact"]
    html = kassel_freigabe.get(reverse(viewset.get_url_name("edit"), args=[own.pk])).content
    assert KASSEL in html.decode()
    assert f'<option value="{centres[FULDA]["centre"].site.pk}"' not in html.decode()
    kassel_freigabe.post(reverse(viewset.get_url_name("delete"), args=[own.pk]))
    assert not Contact.objects.filter(pk=own.pk).exists()


def test_redaktion_opens_nothing_of_another_centre(centres, kassel_redaktion):
    fulda, kassel = centres[FULDA], centres[KASSEL]
    # As in production: the home page's translation is a sibling under the root, so the
    # common ancestor of the centre's pages (where Wagtail's explorer starts) is the root.
    translate(kassel["centre"].home, "en")

    def urls(made):
        offer, contact = made["offer"], made["contact"]
        return [
            reverse("wagtailadmin_explore", args=[made["centre"].home.pk]),
            reverse("wagtailadmin_pages:edit", args=[made["page"].pk]),
            reverse(contact.snippet_viewset.get_url_name("edit"), args=[contact.pk]),
            reverse(offer.snippet_viewset.get_url_name("edit"), args=[offer.pk]),
            reverse("wagtailimages:edit", args=[made["image"].pk]),
            reverse("wagtaildocs:edit", args=[made["document"].pk]),
        ]

    for own, other in zip(urls(kassel), urls(fulda), strict=True):
        response = kassel_redaktion.get(own)
        assert response.status_code == 200, own
        assert KASSEL in response.content.decode(), own
        response = kassel_redaktion.get(other)
        # Refused: back to the dashboard (pages, images, documents), or not found (snippets).
        assert response.status_code in (302, 404), other
        assert FULDA not in response.content.decode(), other

    document = fulda["document"]
    kassel_redaktion.post(reverse("wagtaildocs:edit", args=[document.pk]), {"title": "Gekapert"})
    document.refresh_from_db()
    assert document.title == f"Merkblatt {FULDA}"


def test_another_centres_freigabe_never_sees_a_submitted_article(centres, kassel_redaktion):
    fulda_freigabe = member_of(FREIGABE, centres[FULDA]["centre"].site, "freigabe-fulda")
    kassel_freigabe = member_of(FREIGABE, centres[KASSEL]["centre"].site, "freigabe-kassel")
    index = NewsIndexPage.objects.child_of(centres[KASSEL]["centre"].home).get()
    response = kassel_redaktion.post(
        reverse("wagtailadmin_pages:add", args=["news", "newsarticlepage", index.pk]),
        news_article_form(
            title="Sprachcafé am Markt", slug="sprachcafe-am-markt", **{"action-submit": "1"}
        ),
    )
    assert response.status_code == 302
    lists = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
    ]

    for url in lists:
        assert "Sprachcafé am Markt" in logged_in(kassel_freigabe).get(url).content.decode()
        assert "Sprachcafé am Markt" not in logged_in(fulda_freigabe).get(url).content.decode()
    recipients = {address for message in mail.outbox for address in message.to}
    assert kassel_freigabe.email in recipients
    assert fulda_freigabe.email not in recipients


def test_images_of_another_centre_cannot_be_chosen_or_edited(centres, kassel_redaktion):
    html = kassel_redaktion.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert f"Bild {KASSEL}" in html
    assert f"Bild {FULDA}" not in html
    other = centres[FULDA]["image"]
    kassel_redaktion.post(reverse("wagtailimages:edit", args=[other.pk]), {"title": "Gekapert"})
    assert get_image_model().objects.get(pk=other.pk).title == f"Bild {FULDA}"
    html = kassel_redaktion.get(reverse("wagtailimages:index")).content.decode()
    assert f"Bild {KASSEL}" in html and f"Bild {FULDA}" not in html


def test_coordinator_edits_only_the_own_centres_settings_and_sees_which_centre(
    centres, kassel_freigabe
):
    kassel_site, fulda_site = (centres[n]["centre"].site for n in (KASSEL, FULDA))

    def edit_url(site):
        return reverse(
            "wagtailsettings:edit", args=["integrationsnetz", "organisationsettings", site.pk]
        )

    response = kassel_freigabe.get(edit_url(kassel_site))
    assert response.status_code == 200
    # The page says in words which centre is being edited.
    said = BeautifulSoup(response.content, "html.parser").select_one(".settings-centre")
    assert " ".join(said.get_text().split()) == (
        f"Sie bearbeiten die Einstellungen von {KASSEL} (kassel.localhost)."
    )

    # Someone who works for both centres (a member of each one's group) switches between them.
    both = member_of(FREIGABE, fulda_site, "zwei-zentren")
    both.groups.add(Group.objects.get(name=group_name(FREIGABE, KASSEL)))
    html = logged_in(both).get(edit_url(fulda_site)).content.decode()
    assert f"Sie bearbeiten die Einstellungen von <strong>{FULDA}</strong>" in html
    assert "Anderes Zentrum bearbeiten" in html and f">{KASSEL}</option>" in html

    kassel_freigabe.post(edit_url(fulda_site), {"name": "Gekapert"})
    assert OrganisationSettings.for_site(fulda_site).name == FULDA
    assert kassel_freigabe.get(edit_url(fulda_site)).status_code in (302, 403)


def test_a_new_page_of_the_centre_goes_through_its_own_workflow(centres, kassel_redaktion):
    kassel = centres[KASSEL]
    kassel_redaktion.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["integrationsnetz", "standardpage", kassel["centre"].home.pk],
        ),
        page_form(StandardPage(title="Neu", slug="neu", intro=""), **{"action-submit": "1"}),
    )
    page = StandardPage.objects.get(slug="neu")
    assert not page.live
    assert page.current_workflow_state.workflow.name == (
        f"Freigabe durch die Koordination ({KASSEL})"
    )


def article_form(article, **fields):
    return news_article_form(
        **{
            "title": article.title,
            "slug": article.slug,
            "teaser": article.teaser,
            "seo_title": "",
            "search_description": "",
            "action-publish": "action-publish",
            **fields,
        }
    )


@pytest.fixture
def kassel_article(centres):
    index = NewsIndexPage.objects.child_of(centres[KASSEL]["centre"].home).get()
    return NewsArticlePageFactory(parent=index, title="Sprachcafé", slug="sprachcafe")


def test_a_forged_post_with_another_centres_image_is_refused(
    centres, kassel_article, kassel_freigabe
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[kassel_article.pk])
    foreign = centres[FULDA]["image"]

    response = kassel_freigabe.post(edit_url, article_form(kassel_article, lead_image=foreign.pk))

    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert f"„Bild {FULDA}“ (Bild) gehört zu einem anderen Zentrum" in errors
    kassel_article.refresh_from_db()
    assert kassel_article.lead_image_id is None

    own = centres[KASSEL]["image"]
    response = kassel_freigabe.post(
        edit_url, article_form(kassel_article, lead_image=own.pk, lead_image_alt="Ein Bild")
    )
    assert response.status_code == 302
    kassel_article.refresh_from_db()
    assert kassel_article.lead_image_id == own.pk


def test_a_forged_post_with_another_centres_contact_is_refused(
    centres, kassel_article, kassel_freigabe
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[kassel_article.pk])

    for contact, status in ((centres[FULDA]["contact"], 200), (centres[KASSEL]["contact"], 302)):
        response = kassel_freigabe.post(
            edit_url,
            article_form(
                kassel_article, related_contacts=inline_formset([{"contact": contact.pk}])
            ),
        )
        assert response.status_code == status

    assert [link.contact for link in kassel_article.related_contacts.all()] == [
        centres[KASSEL]["contact"]
    ]
    # The shared contacts (no site) may be chosen by every centre.
    response = kassel_freigabe.post(
        edit_url,
        article_form(
            kassel_article,
            related_contacts=inline_formset([{"contact": centres["shared"].pk}]),
        ),
    )
    assert response.status_code == 302
