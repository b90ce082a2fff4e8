from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header

from wagtail.models import Site

from integrationsnetz.i18n import in_current_language
from integrationsnetz.models import OrganisationSettings
from integrationsnetz.site_urls import absolute_url

from .models import Contact
from .vcard import build_vcard

VCARD_PHOTO_FILTER = "fill-400x400|format-jpeg"


def vcard(request, slug):
    """Download one contact person as a .vcf file for the address book."""
    site = Site.find_for_request(request)
    contact = get_object_or_404(
        in_current_language(Contact.objects.live().for_site(site)).select_related("photo"),
        slug=slug,
    )
    photo_url = ""
    if contact.photo:
        photo_url = absolute_url(request, contact.photo.get_rendition(VCARD_PHOTO_FILTER).url)
    text = build_vcard(
        contact, organisation=OrganisationSettings.for_request(request), photo_url=photo_url
    )
    response = HttpResponse(text.encode("utf-8"), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{contact.slug}.vcf"
    )
    return response
