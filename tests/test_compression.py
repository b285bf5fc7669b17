"""Text answers are gzipped when the client accepts it (config.middleware.CompressTextMiddleware):
pages, the API's JSON, sitemaps and feeds; never the CSV exports, sent whole with their
Content-Length (eprm_hub/downloads.py)."""

import gzip

import pytest
from django.http import HttpResponse

from config.middleware import CompressTextMiddleware

from . import factories
from . import project_factories as make

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
BODY = b"Tin, tantalum, tungsten and gold. " * 40


@pytest.fixture
def library():
    for number in range(12):
        factories.resource(f"Tin smelter guide {number}", minerals=["tin"], tiers=["downstream"])
    make.project("Tin in Rwanda", countries=["RW"], minerals=["tin"])


@pytest.mark.parametrize(
    "path, media_type",
    [
        ("/sitemap-resources.xml", "application/xml"),
        ("/en/resources/", "text/html"),
        ("/api/v1/resources/", "application/json"),
        ("/en/resources/feed/", "application/atom+xml"),
        ("/en/projects/feed/", "application/atom+xml"),
        ("/fr/projects/iati.xml", "application/xml"),
        ("/robots.txt", "text/plain"),
    ],
)
def test_text_answers_are_gzipped_for_a_client_that_accepts_it(client, library, path, media_type):
    plain = client.get(path)
    assert plain.status_code == 200, path
    assert plain["Content-Type"].startswith(media_type)
    assert "Content-Encoding" not in plain  # a client that does not say it accepts gzip
    packed = client.get(path, **GZIP)
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content)
    text = gzip.decompress(packed.content)
    if path != "/en/resources/":  # a page's CSRF token differs from one answer to the next
        assert text == plain.content
    else:
        assert text.lower().startswith(b"<!doctype html>") and b"Tin smelter guide 11" in text


@pytest.mark.parametrize("path", ["/en/resources/export.csv", "/en/projects/export.csv"])
def test_a_csv_export_is_sent_whole_with_its_length_not_compressed(client, library, path):
    response = client.get(path, **GZIP)
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    body = b"".join(response.streaming_content)
    assert int(response["Content-Length"]) == len(body)


def test_the_api_etag_of_a_gzipped_answer_still_gives_a_304(client, library):
    first = client.get("/api/v1/resources/", **GZIP)
    assert first["Content-Encoding"] == "gzip"
    tag = first["ETag"]
    assert tag.startswith('W/"')  # the same resource, in another encoding: a weak validator
    again = client.get("/api/v1/resources/", HTTP_IF_NONE_MATCH=tag, **GZIP)
    assert again.status_code == 304
    assert again["ETag"] == tag
    # A client without gzip gets the strong tag, and its own 304.
    plain = client.get("/api/v1/resources/")
    assert plain["ETag"] == tag.removeprefix("W/")
    assert client.get("/api/v1/resources/", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304


def test_a_short_answer_and_a_binary_one_are_left_as_they_are(client, rf):
    assert "Content-Encoding" not in client.get("/healthz", **GZIP)  # under 200 bytes

    def answer(content_type):
        middleware = CompressTextMiddleware(
            lambda request: HttpResponse(BODY, content_type=content_type)
        )
        return middleware(rf.get("/", **GZIP))

    assert "Content-Encoding" not in answer("application/pdf")
    assert "Content-Encoding" not in answer("image/png")
    for text in [
        "text/csv; charset=utf-8",
        "application/opensearchdescription+xml",
        "application/problem+json",
    ]:
        assert answer(text)["Content-Encoding"] == "gzip", text
