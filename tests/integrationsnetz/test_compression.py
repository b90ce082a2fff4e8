import gzip

from django.test import RequestFactory

import brotli
import pytest

from integrationsnetz.compression import negotiated_encoding


@pytest.mark.parametrize(
    ("header", "encoding"),
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip, deflate", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("br;q=0", ""),
        ("gzip;q=0", ""),
        ("gzip;q=0, br;q=0", ""),
        ("gzip;q=1.0, br;q=0.5", "gzip"),
        ("br;q=0.5, gzip;q=0.5", "br"),
        ("BR;Q=0.8", "br"),
        ("x-br", ""),
        ("x-gzip", "gzip"),
        ("*", "br"),
        ("*;q=0.5, br;q=0", "gzip"),
        ("*;q=0", ""),
        ("identity", ""),
        ("", ""),
        ("br;q=2", ""),
        ("br;q=abc, gzip", "gzip"),
        ("gzip;q=0.000", ""),
        (";;;,,,=", ""),
    ],
)
def test_the_encoding_follows_the_clients_q_values(header, encoding):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING=header)
    assert negotiated_encoding(request) == encoding


@pytest.mark.parametrize(
    ("header", "encoding"),
    [("br;q=0, gzip", "gzip"), ("gzip;q=0", None), ("gzip;q=0, br", "br"), ("x-br", None)],
)
def test_pages_are_sent_as_the_client_asked(home, client, header, encoding):
    response = client.get("/", HTTP_ACCEPT_ENCODING=header)
    assert response.status_code == 200
    assert response.get("Content-Encoding") == encoding
    assert "Accept-Encoding" in response["Vary"]
    body = response.content
    html = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[encoding](body)
    assert b"<html" in html


def test_a_form_page_never_gets_brotli_but_gzip_when_accepted(home, client):
    response = client.get("/barriere-melden/", HTTP_ACCEPT_ENCODING="br, gzip;q=0.1")
    assert response["Content-Encoding"] == "gzip"
    refused = client.get("/barriere-melden/", HTTP_ACCEPT_ENCODING="br, gzip;q=0")
    assert not refused.has_header("Content-Encoding")
