import datetime

from ..factories import NewsArticlePageFactory


def test_year_archive_accepts_only_ascii_digits(news_index, client):
    NewsArticlePageFactory(parent=news_index, date=datetime.date(2026, 3, 1))
    assert client.get("/aktuelles/2026/").status_code == 200
    # Arabic-Indic digits for 2026: "\d" would match them and duplicate the archive.
    assert client.get("/aktuelles/٢٠٢٦/").status_code == 404
