from django.utils.cache import patch_vary_headers


class VaryOnDisplayPreferencesMiddleware:
    """Mark responses rendered from the `darstellung` cookie with `Vary: Cookie`.

    HTTP cannot name a single cookie in Vary, so a cache that honours it keys on the whole
    Cookie header: correct, if wasteful. docs/caching.md says how a cache should key instead (on
    the value of `darstellung` only). Responses that did not read the cookie stay without Vary.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "reads_display_preferences", False):
            patch_vary_headers(response, ("Cookie",))
        return response
