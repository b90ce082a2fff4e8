"""Factories for Impressum and Datenschutz: fixed defaults, no randomness."""

import factory
import wagtail_factories

from legal.models import ImprintPage, PrivacyCookie, PrivacyPage, PrivacyProcessing


class ImprintPageFactory(wagtail_factories.PageFactory):
    title = "Impressum"
    slug = "anbieter"
    provider_name = "Kreisausschuss des Testkreises"
    legal_form = "Körperschaft des öffentlichen Rechts"
    provider_address = "Schlossplatz 1\n37269 Eschwege"
    representative = "Landrätin Erika Muster"
    supervisory_authority = "Regierungspräsidium Testhausen"
    editor_name = "Max Redakteur"
    editor_address = "Schlossplatz 1\n37269 Eschwege"

    class Meta:
        model = ImprintPage


class PrivacyPageFactory(wagtail_factories.PageFactory):
    title = "Datenschutz"
    slug = "datenschutzerklaerung"
    dpo_name = "Datenschutzbeauftragte des Testkreises"
    dpo_address = "Schlossplatz 1\n37269 Eschwege"
    dpo_email = "datenschutz@example.org"
    recipients = "Rechenzentrum Test GmbH"
    authority_name = "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit"
    authority_address = "Postfach 1\n65000 Wiesbaden"

    class Meta:
        model = PrivacyPage


class PrivacyProcessingFactory(factory.django.DjangoModelFactory):
    title = "Server-Protokolle"
    data = "IP-Adresse, Zeitpunkt"
    purpose = "Seiten ausliefern"
    legal_basis = "Art. 6 Abs. 1 Buchst. e DSGVO"
    retention = "7 Tage"

    class Meta:
        model = PrivacyProcessing


class PrivacyCookieFactory(factory.django.DjangoModelFactory):
    name = "darstellung"
    purpose = "Kontrast und Schriftgröße"
    lifetime = "ein Jahr"
    legal_basis = "§ 25 Abs. 2 Nr. 2 TDDDG"

    class Meta:
        model = PrivacyCookie
