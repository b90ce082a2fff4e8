"""schema.org data as a JSON-LD block (`<script type="application/ld+json">`).

A JSON-LD block is data, not script: browsers never execute it, so it is allowed under a strict
Content Security Policy without a nonce. What must not happen is that a value such as
"</script>" ends the element early; escaping <, > and & inside the JSON prevents that.
"""

import json

from django.utils.safestring import mark_safe

JSON_ESCAPES = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def json_ld(data):
    """`data` as JSON that is safe to place inside a `<script type="application/ld+json">`."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES))
