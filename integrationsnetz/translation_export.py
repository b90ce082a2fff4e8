"""PO files for a whole section: a zip with wagtail-localize's PO file of a German page and of
each page below it, for one language (for a translation agency).

wagtail-localize offers PO download and upload per translation only ("Übersetzen" with
"Unterseiten einschließen" starts the translations of a section at once, but their PO files come
one by one). This view collects exactly those files (`Translation.export_po`, the same content
as wagtail-localize's "PO-Datei herunterladen"); they go back one by one through
wagtail-localize's "PO-Datei hochladen" of each translation. Only pages of the editor's centres
(`pages_of_user_centres`) whose translation the editor may edit are included; the file
"ohne-uebersetzung.txt" in the zip lists the pages of the section that have no translation in
wagtail-localize yet.
"""

import io
import zipfile

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from wagtail_localize.models import Translation

from .translation_report import pages_of_user_centres, target_languages

TITLE = _("PO-Dateien für einen Bereich")


def section_of_user(user, page):
    """`page` and the live German pages below it, in tree order, of the user's centres."""
    return list(
        pages_of_user_centres(user)
        .filter(path__startswith=page.path)
        .order_by("path")
        .only("id", "title", "slug", "path", "depth", "translation_key")
    )


@permission_required("wagtailadmin.access_admin")
def section_po_files(request, page_id):
    page = get_object_or_404(Page, pk=page_id, locale=Locale.get_default())
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    languages = dict(target_languages())
    code = request.GET.get("sprache", "")
    locale = Locale.objects.filter(language_code=code).first() if code in languages else None
    section = section_of_user(request.user, page)
    if not section:
        raise PermissionDenied
    if locale is None:
        return render(
            request,
            "integrationsnetz/admin/section_po_files.html",
            {
                "page_title": TITLE,
                "header_title": TITLE,
                "page": page,
                "count": len(section),
                "languages": [
                    (code, name)
                    for code, name in languages.items()
                    if Locale.objects.filter(language_code=code).exists()
                ],
                "action": reverse("section_po_files", args=[page.pk]),
            },
        )
    keys = [german.translation_key for german in section]
    translations = {
        translation.source.object_id: translation
        for translation in Translation.objects.filter(
            source__object_id__in=keys,
            source__locale=page.locale,
            target_locale=locale,
            enabled=True,
        ).select_related("source", "target_locale")
    }
    targets = {
        target.translation_key: target
        for target in Page.objects.filter(translation_key__in=keys, locale=locale)
    }
    buffer = io.BytesIO()
    without = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, german in enumerate(section, start=1):
            translation = translations.get(german.translation_key)
            target = targets.get(german.translation_key)
            if translation is None or target is None:
                without.append(f"{german.title} ({german.url_path})")
                continue
            if not target.permissions_for_user(request.user).can_edit():
                continue
            name = f"{number:03d}-{slugify(german.slug) or german.pk}-{code}.po"
            archive.writestr(name, str(translation.export_po()))
        if without:
            archive.writestr("ohne-uebersetzung.txt", "\n".join(without) + "\n")
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    filename = f"{slugify(page.slug) or page.pk}-{code}-po.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
