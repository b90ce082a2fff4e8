from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# The catalogues hold what visitors read: templates and the Python behind public pages. The
# editors' admin (field labels, help texts, checks, e-mails to the team) stays German, like
# the demo content, which is translated as pages (load_demo), not as catalogue entries.
IGNORE_PATTERNS = [
    ".venv",
    "node_modules",
    "tests",
    "devtools",
    "docs",
    "deploy",
    "*/migrations/*",
    "*/management/*",
    "*/apps.py",
    "*/models.py",
    "*/blocks.py",
    "*/wagtail_hooks.py",
    "*/editor_checks.py",
    "events/validation.py",
    "*/dashboard.py",
    "*/demo.py",
    "*/panels.py",
    "integrationsnetz/image_forms.py",
    "integrationsnetz/images.py",
    "integrationsnetz/page_forms.py",
    "integrationsnetz/phone.py",
    "integrationsnetz/security.py",
    "integrationsnetz/translation_report.py",
    "integrationsnetz/translation_export.py",
    "accessibility/reports.py",
    "templates/integrationsnetz/dashboard/*",
    "templates/integrationsnetz/lockout.html",
    "templates/integrationsnetz/admin/*",
    "templates/wagtailadmin/*",
    "templates/accessibility/admin/*",
    "templates/offers/admin/*",
    "templates/accessibility/email/*",
    # Admin only: centres, their editors and their settings.
    "contacts/admin_forms.py",
    "offers/admin_forms.py",
    "editorial/choosers.py",
    "integrationsnetz/snippet_permissions.py",
    "integrationsnetz/snippet_views.py",
    "offers/choices.py",
    "integrationsnetz/centres.py",
    "integrationsnetz/golive.py",
    "integrationsnetz/site_permissions.py",
    "templates/wagtailsettings/*",
    # The editor guide in the admin (docs/redaktion.md, German only).
    "editorial/guide.py",
    "templates/editorial/admin/*",
]


def catalogue_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class Command(BaseCommand):
    help = (
        "Bringt die Übersetzungskataloge locale/<Sprache>/LC_MESSAGES/django.po auf den Stand "
        "der Templates und des Python-Codes (makemessages) und übersetzt sie (compilemessages)."
    )

    def handle(self, *args, **options):
        call_command(
            "makemessages",
            locale=catalogue_languages(),
            ignore_patterns=IGNORE_PATTERNS,
            no_obsolete=True,
            add_location="file",
            verbosity=options["verbosity"],
        )
        call_command("compilemessages", locale=catalogue_languages(), ignore_patterns=[".venv"])
