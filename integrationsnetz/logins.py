"""Admin logins against guessing: per account, per address across accounts, reset mails.

- django-axes locks a user name from one address out after AXES_FAILURE_LIMIT failures (a
  real editor elsewhere can still log in). `LoginAttemptHandler` also locks an address out
  after AXES_ADDRESS_FAILURE_LIMIT failures over any user names ("password spraying").
- Password-reset mails: at most PASSWORD_RESETS_PER_ACCOUNT an hour to one account and
  PASSWORD_RESET_REQUESTS_PER_ADDRESS requests an hour from one address. The page after the
  request is the same whether a mail went out, the account does not exist or a limit was
  reached, so it tells nobody which addresses have an account.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from wagtail.admin.forms.auth import PasswordResetForm

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt

from .security import client_ip

logger = logging.getLogger(__name__)

PASSWORD_RESETS_PER_ACCOUNT = 3
PASSWORD_RESET_REQUESTS_PER_ADDRESS = 10
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60


class LoginAttemptHandler(AxesDatabaseHandler):
    """django-axes' database handler, which also counts an address's failures over all names."""

    def get_failures(self, request, credentials=None):
        # django-axes compares this one number with AXES_FAILURE_LIMIT, both before a login
        # and after a failure: an address over its own limit counts as locked for every name.
        failures = super().get_failures(request, credentials)
        if self.address_failures(request) >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures

    def address_failures(self, request):
        address = getattr(request, "axes_ip_address", None) or client_ip(request)
        since = timezone.now() - get_cool_off(request)
        attempts = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since)
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def within_limit(key, limit):
    """Count one event under `key`; False once more than `limit` in the window.

    A cache that is down counts nothing (and says so in the log): an editor locked out of
    their own password reset by a Redis outage would be worse than a few extra mails.
    """
    try:
        if cache.add(key, 1, PASSWORD_RESET_WINDOW_SECONDS):
            return True
        return cache.incr(key) <= limit
    except ValueError:  # expired between add() and incr()
        return True
    except Exception:
        logger.warning("Password-reset limit skipped: cache unavailable", exc_info=True)
        return True


def keyed(kind, value):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"password-reset:{kind}:{digest}"


class RateLimitedPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form; users beyond a limit get no mail, and nobody is told."""

    request = None

    def save(self, *args, request=None, **kwargs):
        self.request = request
        return super().save(*args, request=request, **kwargs)

    def get_users(self, email):
        address = client_ip(self.request) if self.request else ""
        if not within_limit(keyed("address", address), PASSWORD_RESET_REQUESTS_PER_ADDRESS):
            logger.warning("Password-reset request refused: too many from one address")
            return
        for user in super().get_users(email):
            if within_limit(keyed("account", user.pk), PASSWORD_RESETS_PER_ACCOUNT):
                yield user
            else:
                logger.warning("Password-reset mail not sent: too many for one account")
