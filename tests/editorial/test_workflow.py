"""The sign-off: "Redaktion" submits, "Freigabe" approves, through the admin's own views."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact
from news.models import NewsArticlePage

from ..admin_forms import contact_form, news_article_form
from ..factories import ContactIndexPageFactory, NewsArticlePageFactory, stefanie

WORKFLOW = "Freigabe durch die Koordination (Test)"


def article_data(**fields):
    return news_article_form(
        **{"title": "Sprachcafé startet wieder", "slug": "sprachcafe-startet", **fields}
    )


def submit_new_article(client, news_index):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    return client.post(url, article_data(**{"action-submit": "Zur Freigabe einreichen"}))


def test_an_article_submitted_by_redaktion_goes_live_when_freigabe_approves(
    news_index, editor_client, moderator, moderator_client, client
):
    response = submit_new_article(editor_client, news_index)

    assert response.status_code == 302
    article = NewsArticlePage.objects.get(slug="sprachcafe-startet")
    assert not article.live
    assert article.current_workflow_state.workflow.name == WORKFLOW
    assert client.get("/aktuelles/sprachcafe-startet/").status_code == 404
    to_approver = [message for message in mail.outbox if moderator.email in message.to]
    assert len(to_approver) == 1

    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    response = moderator_client.post(
        edit_url,
        article_data(**{"action-workflow-action": "true", "workflow-action-name": "approve"}),
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert client.get("/aktuelles/sprachcafe-startet/").status_code == 200


def test_redaktion_cannot_publish(news_index, editor_client):
    article = NewsArticlePageFactory(parent=news_index, title="Entwurf", slug="entwurf", live=False)
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))

    page = BeautifulSoup(editor_client.get(edit_url).content, "html.parser")
    assert page.find(attrs={"name": "action-publish"}) is None
    assert page.find(attrs={"name": "action-submit"}) is not None

    editor_client.post(edit_url, article_data(slug="entwurf", **{"action-publish": "1"}))

    article.refresh_from_db()
    assert not article.live


def test_the_submit_button_names_the_german_workflow(news_index, editor_client):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    text = BeautifulSoup(editor_client.get(url).content, "html.parser").get_text(" ")
    assert WORKFLOW in text
    assert "Moderators" not in text


def test_a_contact_edited_by_redaktion_stays_live_until_approved(
    home, editor_client, moderator_client, client
):
    ContactIndexPageFactory(parent=home)
    contact = stefanie(role="WIR-Koordinatorin", site=home.get_site())
    contact.save_revision().publish()
    edit_url = reverse(Contact.snippet_viewset.get_url_name("edit"), args=[contact.pk])

    response = editor_client.post(
        edit_url, contact_form(contact, role="Leitung", **{"action-submit": "1"})
    )

    assert response.status_code == 302
    directory = client.get("/ansprechpartner/").content.decode()
    assert "WIR-Koordinatorin" in directory
    assert "Leitung" not in directory

    response = moderator_client.post(
        edit_url,
        contact_form(
            contact,
            role="Leitung",
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
    )

    assert response.status_code == 302
    directory = client.get("/ansprechpartner/").content.decode()
    assert "Leitung" in directory


def test_a_draft_contact_is_not_on_the_public_site(home, client):
    ContactIndexPageFactory(parent=home)
    draft = stefanie(live=False)

    assert draft.name not in client.get("/ansprechpartner/").content.decode()
    assert client.get(f"/ansprechpartner/{draft.slug}.vcf").status_code == 404


def test_a_page_scheduled_for_tomorrow_goes_live_with_publish_scheduled(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, slug="morgen", live=False)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    article.go_live_at = tomorrow
    article.save_revision().publish()

    call_command("publish_scheduled")
    assert client.get("/aktuelles/morgen/").status_code == 404

    later = tomorrow + datetime.timedelta(minutes=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")

    assert client.get("/aktuelles/morgen/").status_code == 200


def test_a_second_site_with_its_own_home_page_can_be_created_in_the_admin(home, superuser_client):
    # A superuser: pages at the tree's root and sites are for no role (a centre is added by
    # `add_centre`, or by hand like this).
    root = Page.get_first_root_node()
    response = superuser_client.post(
        reverse("wagtailadmin_pages:add", args=("integrationsnetz", "homepage", root.pk)),
        nested_form_data(
            {
                "title": "WIR-Vielfaltszentrum Kassel",
                "slug": "kassel",
                "intro": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "1",
            }
        ),
    )
    assert response.status_code == 302
    kassel = Page.objects.get(slug="kassel")

    response = superuser_client.post(
        reverse("wagtailsites:add"),
        {
            "hostname": "kassel.example.org",
            "port": "80",
            "site_name": "Kassel",
            "root_page": kassel.pk,
        },
    )

    assert response.status_code == 302
    site = kassel.sites_rooted_here.get()
    assert site.hostname == "kassel.example.org"
    assert Page.get_first_root_node().get_children().type(home.specific_class).count() == 2
