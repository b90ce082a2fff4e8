"""Bench data: one generator per domain, all listed here (the one registry).

Each module has `OPTION` (the command-line option of `manage.py bench_data`, e.g. "articles"),
`DEFAULT` (how many `make bench` wants), `MODELS` (what it makes that the site search finds;
`bench_data` indexes them) and `generate(site, count, progress=None)`, which
makes `count` objects for the site (in its news, its calendar, its directory) and returns how
many it created. `bench_data` fills the default site (after `load_demo`); `bench_pages
--centres` fills each benchmark centre. Each generator is idempotent: the objects' slugs follow
from their number (and the site), so a second run finds them and creates nothing. Contacts come
first: articles and events name some of them.
"""

from . import contacts, events, news

GENERATORS = [contacts, news, events]
