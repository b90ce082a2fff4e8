"""HTML, feeds and calendars compressed for clients that accept it: Brotli, else gzip.

Static files do not pass through here: WhiteNoise serves them precompressed.

BREACH: an attacker who can inject text into a compressed response that also holds a secret
can guess the secret from the compressed length. Public pages hold no secret. Pages with a CSRF
token (forms; Django sends its CSRF cookie with each of them) therefore never get Brotli; they
get Django's gzip, which pads each response with random bytes against exactly this attack
("Heal the BREACH"), and the token itself is masked anew for every response.
"""

import re

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

import brotli

_ACCEPTS_BROTLI = re.compile(r"\bbr\b")
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Quality 5 compresses HTML about as well as gzip -9 in a fraction of a millisecond.
BROTLI_QUALITY = 5


def negotiated_encoding(request):
    """What this middleware will send the client: "br", "gzip" or "" (the page cache's key)."""
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    if _ACCEPTS_BROTLI.search(accepted):
        return "br"
    if _ACCEPTS_GZIP.search(accepted):
        return "gzip"
    return ""


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if (
            response.streaming
            or len(response.content) < 200
            or response.has_header("Content-Encoding")
            or settings.CSRF_COOKIE_NAME in response.cookies
            or not _ACCEPTS_BROTLI.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        ):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Encoding",))
        compressed = brotli.compress(response.content, quality=BROTLI_QUALITY)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "br"
        return response
