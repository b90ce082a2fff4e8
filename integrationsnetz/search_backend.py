"""Wagtail's database search backend, each text stemmed by the rules of its own language.

Wagtail's PostgreSQL backend builds every `tsvector` with one text-search configuration
(`SEARCH_CONFIG`), ours German. A translated page or snippet is an object of its own with its
own row in the index (`IndexEntry`), so the index can stem each row by its locale instead:
Russian rows with `russian`, English ones with `english` and so on (`LANGUAGE_CONFIGS` in
`WAGTAILSEARCH_BACKENDS`; `simple`, no stemming, for languages PostgreSQL has no rules for).
A search is then stemmed by the rules of the visitor's language and by German, so a Russian
word under /ru/ finds its other forms and a German word finds the German pages shown there
(`integrationsnetz.search.visitor_search`). On SQLite and other databases Wagtail's own
backend is used unchanged.
docs/ankommen.md ("Suche") says why it is built so; docs/betrieb.md when to rebuild the index.
"""

from collections import defaultdict
from copy import copy
from functools import reduce
from operator import or_

from django.db import connection

from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)


class LanguageIndex(PostgresIndex):
    """Writes each object's row with the configuration of the object's language."""

    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    """A query stemmed by each of the backend's configurations, any of them matching."""

    def build_tsquery(self, query, config=None):
        build = super().build_tsquery
        if isinstance(config, tuple):
            return reduce(or_, (build(query, config=each) for each in config))
        return build(query, config=config)


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})
        languages = params.get("SEARCH_LANGUAGES")
        if languages:
            configs = tuple(dict.fromkeys(self.config_for(language) for language in languages))
            self.config = configs[0] if len(configs) == 1 else configs

    def config_for(self, language):
        """The configuration for a language; objects without one get SEARCH_CONFIG."""
        if language is None:
            return self.config if isinstance(self.config, str) else self.config[0]
        return self.language_configs.get(language, "simple")

    def with_config(self, config):
        backend = copy(self)
        backend.config = config
        return backend


def SearchBackend(params):
    """Wagtail looks for this name in a backend's module (as in its database backend)."""
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return DatabaseSearchBackend(params)
