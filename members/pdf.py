"""Pages as PDF, with WeasyPrint: the HTML of a page and its print stylesheet.

WeasyPrint needs system libraries (Pango, through cffi). Where they cannot be loaded, the
import fails with OSError: `from_html` then raises Unavailable and the page says so (503),
rather than the site failing to start or answering 500.

The PDF is made from files only: the stylesheet and images are read from the static files,
and WeasyPrint never opens a network address (no request to the Hub itself, nor elsewhere).
"""

import mimetypes
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders


class Unavailable(Exception):
    """WeasyPrint or its system libraries are missing."""


def from_html(html, base_url):
    try:
        import weasyprint  # imported here: it loads Pango, which a machine may not have
    except (ImportError, OSError) as error:
        raise Unavailable(str(error)) from error
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=_static_only).write_pdf()


def _static_only(url):
    """WeasyPrint's fetcher: static files of the Hub, found on disk; nothing else."""
    path = urlsplit(url).path
    if not path.startswith(settings.STATIC_URL):
        raise ValueError(f"Only the Hub's static files go into a PDF, not {url}")
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    if not found:  # in production, the hashed names collected under STATIC_ROOT
        root = settings.STATIC_ROOT.resolve()
        found = (root / path.removeprefix(settings.STATIC_URL)).resolve()
        if not found.is_relative_to(root):
            raise ValueError(f"Not a static file: {url}")
    mime_type, _encoding = mimetypes.guess_type(str(found))
    with open(found, "rb") as file:
        return {"string": file.read(), "mime_type": mime_type, "redirected_url": url}
