"""Pages as PDF, with WeasyPrint: the HTML of a page and its print stylesheet.

WeasyPrint needs system libraries (Pango, through cffi). Where they cannot be loaded, the
import fails with OSError: `from_html` then raises Unavailable and the page says so (503),
rather than the site failing to start or answering 500.

The PDF is made from files only: the stylesheet and images are read from the static files,
and WeasyPrint never opens a network address (no request to the Hub itself, nor elsewhere).
"""

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders


class Unavailable(Exception):
    """WeasyPrint or its system libraries are missing."""


def from_html(html, base_url):
    try:
        import weasyprint  # imported here: it loads Pango, which a machine may not have
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except (ImportError, OSError) as error:
        raise Unavailable(str(error)) from error

    class StaticFiles(URLFetcher):
        """The Hub's static files, read from disk; any other address is refused."""

        def fetch(self, url, headers=None):
            path, mime_type = _static_file(url)
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime_type})

    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=StaticFiles()).write_pdf()


def _static_file(url):
    """(path, MIME type) of a static file's address; ValueError for anything else."""
    path = urlsplit(url).path
    if not path.startswith(settings.STATIC_URL):
        raise ValueError(f"Only the Hub's static files go into a PDF, not {url}")
    name = path.removeprefix(settings.STATIC_URL)
    found = finders.find(name)
    if found:
        found = Path(found)
    else:  # in production, the hashed names collected under STATIC_ROOT
        root = settings.STATIC_ROOT.resolve()
        found = (root / name).resolve()
        if not found.is_relative_to(root) or not found.is_file():
            raise ValueError(f"Not a static file: {url}")
    mime_type, _encoding = mimetypes.guess_type(found.name)
    return found, mime_type or "application/octet-stream"
