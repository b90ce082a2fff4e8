"""Run axe-core in a Playwright page and describe its findings readably."""

from functools import cache

from django.conf import settings

AXE = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source():
    return AXE.read_text()


def axe_violations(page, *, enhanced_contrast=False):
    """The axe violations for the WCAG A/AA tags, plus 7:1 contrast (AAA) when asked."""
    # Evaluated through the DevTools protocol, not as a <script>: the site's CSP stays enforced.
    page.evaluate(axe_source())
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    if enhanced_contrast:
        options["rules"] = {"color-contrast-enhanced": {"enabled": True}}
    return page.evaluate("options => axe.run(document, options)", options)["violations"]


def describe(violations, limit=5):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:limit]:
            target = " ".join(
                " > ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary[:300]}")
        if len(violation["nodes"]) > limit:
            lines.append(f"    … and {len(violation['nodes']) - limit} more")
    return "\n".join(lines)
