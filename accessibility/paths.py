"""Addresses taken from visitors: only paths on this site are ever used (no open redirect)."""

from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme

PATH_MAX_LENGTH = 500


def same_site_path(request, target):
    """`target` if it is a path on this site, else ""."""
    if (
        target
        and len(target) <= PATH_MAX_LENGTH
        and target.startswith("/")
        and "\x00" not in target
        # Also refuses "//host" and "/\\host", which browsers read as another host.
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return ""


def referring_path(request):
    """The path of the page the visitor came from: `?seite=`, else a same-site Referer."""
    explicit = same_site_path(request, request.GET.get("seite", ""))
    if explicit:
        return explicit
    referer = urlsplit(request.META.get("HTTP_REFERER", ""))
    if referer.netloc != request.get_host():
        return ""
    path = referer.path + (f"?{referer.query}" if referer.query else "")
    return same_site_path(request, path)
