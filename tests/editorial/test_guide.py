"""The editor guide docs/redaktion.md: every picture it names is there."""

import re

from django.conf import settings


def test_every_screenshot_the_guide_names_exists():
    guide = settings.BASE_DIR / "docs" / "redaktion.md"
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text())
    assert pictures
    missing = [name for name in pictures if not (guide.parent / name).is_file()]
    assert missing == []
