"""What `load_demo` and `add_centre` report: each object they created or found.

Both make content idempotently (looked up before it is created); the report counts what was
new and tells the person at the terminal, and its helpers make the pages and images the demo
loaders need once.
"""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw


class DemoReport:
    """Counts what a loader created or found, and tells the person at the terminal."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.existing = 0

    def _write(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def add(self, obj, created):
        if created:
            self.created += 1
            self._write(f"  angelegt: {obj._meta.verbose_name} „{obj}“")
        else:
            self.existing += 1
        return obj

    def ensure(self, model, lookup, defaults=None):
        obj, created = model.objects.get_or_create(**lookup, defaults=defaults or {})
        return self.add(obj, created)

    def ensure_page(self, parent, page):
        """Publish `page` under `parent` unless a child with its slug exists; return the page."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return self.add(existing.specific, created=False)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.add(page, created=True)

    def ensure_image(self, title, draw, alt, size=(1200, 675)):
        """An image drawn by the project with Pillow (`draw(ImageDraw, size)`), once."""
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing is not None:
            return self.add(existing, created=False)
        canvas = PILImage.new("RGB", size, "#ffffff")
        draw(ImageDraw.Draw(canvas), size)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = image_model(title=title, description=alt)
        image.file = ImageFile(buffer, name=f"{slugify(title)[:60]}.png")
        image.save()
        return self.add(image, created=True)
