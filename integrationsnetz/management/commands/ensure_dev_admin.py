from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"  # noqa: S105 - development only, refused when DEBUG is off


class Command(BaseCommand):
    help = "Legt für die lokale Entwicklung ein Redaktionskonto admin/admin an (nur mit DEBUG)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_dev_admin läuft nur mit DEBUG=true: ein Konto mit bekanntem Passwort "
                "hat auf einem öffentlichen Server nichts zu suchen."
            )
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "admin@localhost"},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Redaktion: {settings.WAGTAILADMIN_BASE_URL}/admin/ "
                f"(Benutzer: {USERNAME}, Passwort: {PASSWORD})"
                if created
                else f"Redaktion: {settings.WAGTAILADMIN_BASE_URL}/admin/ (Benutzer: {USERNAME}; "
                "Passwort unverändert, Standard: admin)"
            )
        )
