"""Site-wide middleware: the content security policy, and the page shown while the database is
away (with the outage logged once, however many requests and processes meet it)."""

import hashlib
import logging
import os
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

import psycopg2
from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

# What a database that is down, restarting or unreachable raises: Django's wrappers, and
# psycopg2's own where the driver is called directly (config.embedded_db).
DATABASE_ERRORS = (
    OperationalError,
    InterfaceError,
    psycopg2.OperationalError,
    psycopg2.InterfaceError,
)
RETRY_AFTER = 60  # seconds

log = logging.getLogger("eprm_hub.database")


class ContentSecurityPolicyMiddleware:
    """Send a content security policy that allows nothing inline and no other host."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(settings.CONTENT_SECURITY_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class DatabaseUnavailableMiddleware:
    """A 503 page, and not a 500 with a traceback, for any request the database failed.

    A view's error arrives in process_exception. Django turns an error raised in another
    middleware (the session saved after the view, the messages) into a 500 before the next one
    sees it, so that one is caught by the got_request_exception signal below, which marks the
    request. The session and auth middleware only reach the database lazily, when the view or
    its template reads request.user or request.session: those errors are the view's.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.outage = Outage(outage_marker())

    def __call__(self, request):
        started = time.time()
        answered = False

        def note_answer(execute, *args):
            nonlocal answered
            result = execute(*args)
            answered = True
            return result

        with connection.execute_wrapper(note_answer):
            response = self.get_response(request)
        error = getattr(request, "database_error", None)
        if error is not None:
            self.outage.began(error)
            if response.status_code != 503:
                response = unavailable(request)
        elif answered:
            self.outage.ended(since=started)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            request.database_error = exception
            return unavailable(request)
        return None


def _note_database_error(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_ERRORS):
        request.database_error = error


got_request_exception.connect(_note_database_error, dispatch_uid="eprm_hub.database_error")


class NotDatabaseOutage(logging.Filter):
    """Keeps Django's per-request error records (and mails) out while the database is away."""

    def filter(self, record):
        return getattr(getattr(record, "request", None), "database_error", None) is None


def unavailable(request):
    """The 503 page, in the language of the address, rendered without the database.

    The request is in the context but not given to render_to_string, so no context processor
    runs: they read the user and the messages, which live in the session. The page therefore
    shows the header of a visitor who is not logged in.
    """
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("503.html", {"request": request})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response


@cache
def outage_marker():
    """One file per database and checkout, shared by every process serving them."""
    db = settings.DATABASES["default"]
    key = f"{settings.BASE_DIR}|{db['HOST']}|{db['PORT']}|{db['NAME']}|{os.getuid()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"eprm-hub-database-away-{digest}"


class Outage:
    """Whether the database is away, as a file that every thread and process of the Hub sees.

    Creating the file (O_EXCL) and removing it are each atomic, so however many workers meet the
    outage, one logs that it began and one that it ended.
    """

    def __init__(self, marker):
        self.marker = marker

    def began(self, error):
        try:
            fd = os.open(self.marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        except OSError:
            fd = None  # nowhere to share it: log it per process rather than not at all
        if fd is not None:
            with os.fdopen(fd, "w") as marker:
                marker.write(repr(time.time()))
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        log.warning("The database is not answering (%s): pages answer 503 until it does.", reason)

    def ended(self, since):
        """A query answered in a request that began at `since`."""
        try:
            began = float(self.marker.read_text())
        except (OSError, ValueError):
            return  # no outage, or one being written down right now
        if since < began:
            return  # the request began before the outage: its answers may predate it
        try:
            self.marker.unlink()
        except OSError:
            return  # another process saw the answer first
        log.info("The database answers again, after %d s away.", round(time.time() - began))
