"""HTML, feeds and calendars compressed for clients that accept it: Brotli, else gzip.

Static files do not pass through here: WhiteNoise serves them precompressed.

Accept-Encoding is read with its q-values (RFC 9110, 12.5.3): `q=0` refuses a coding, `*`
stands for those not named, the highest q wins (Brotli on a tie), unknown codings are ignored.

BREACH: an attacker who can inject text into a compressed response that also holds a secret
can guess the secret from the compressed length. Public pages hold no secret. Pages with a CSRF
token (forms; Django sends its CSRF cookie with each of them) therefore never get Brotli; they
get Django's gzip, which pads each response with random bytes against exactly this attack
("Heal the BREACH"), and the token itself is masked anew for every response.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

import brotli

# Quality 5 compresses HTML about as well as gzip -9 in a fraction of a millisecond.
BROTLI_QUALITY = 5
# What we can send, best first; "x-gzip" is the old name of gzip (RFC 9110, 8.4.1.3).
ENCODINGS = ("br", "gzip")
ALIASES = {"x-gzip": "gzip"}


def parse_quality(value):
    """A q-value as RFC 9110 writes it (0, 0.5, 1.000); anything else counts as 0."""
    value = value.strip()
    if not value or len(value) > 5 or value[0] not in "01" or value.count(".") > 1:
        return 0.0
    try:
        quality = float(value)
    except ValueError:
        return 0.0
    return quality if 0 <= quality <= 1 else 0.0


def accepted_qualities(header):
    """{coding: q} from an Accept-Encoding header; codings we do not know are left out."""
    qualities = {}
    for item in header.split(","):
        coding, *params = item.split(";")
        coding = coding.strip().lower()
        coding = ALIASES.get(coding, coding)
        if coding not in (*ENCODINGS, "*"):
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                quality = parse_quality(value)
        qualities[coding] = max(quality, qualities.get(coding, 0.0))
    return qualities


def acceptable_encodings(request):
    """The encodings the client accepts (q > 0), in the client's order of preference."""
    qualities = accepted_qualities(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    wildcard = qualities.get("*", 0.0)
    ranked = [(qualities.get(coding, wildcard), coding) for coding in ENCODINGS]
    # Highest q first; for equal q, our order (Brotli is smaller).
    ranked.sort(key=lambda item: -item[0])
    return [coding for quality, coding in ranked if quality > 0]


def negotiated_encoding(request):
    """What this middleware will send the client: "br", "gzip" or "" (the page cache's key)."""
    acceptable = acceptable_encodings(request)
    return acceptable[0] if acceptable else ""


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if response.has_header("Content-Encoding"):
            return response
        if not response.streaming and len(response.content) < 200:
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        acceptable = acceptable_encodings(request)
        if "br" in acceptable and (
            response.streaming or settings.CSRF_COOKIE_NAME in response.cookies
        ):
            acceptable.remove("br")
        if not acceptable:
            return response
        if acceptable[0] == "gzip":
            return self.gzipped(request, response)
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

    def gzipped(self, request, response):
        # Django's GZipMiddleware looks for "gzip" in the header itself; a client that accepts
        # gzip only through "*" or as "x-gzip" is told "gzip" here.
        header = request.META.get("HTTP_ACCEPT_ENCODING", "")
        request.META["HTTP_ACCEPT_ENCODING"] = "gzip"
        try:
            return super().process_response(request, response)
        finally:
            request.META["HTTP_ACCEPT_ENCODING"] = header
