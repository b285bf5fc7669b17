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
from django.contrib.admin.options import BaseModelAdmin
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import DisallowedHost, ValidationError
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connection, models
from django.http import Http404, HttpResponse, HttpResponseRedirect, QueryDict
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from eprm_hub import cleaning

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


class RefuseMalformedRequestMiddleware:
    """What no view of the Hub should meet, before anything else runs:

    - a Host header not in ALLOWED_HOSTS: a plain 400. Django would raise DisallowedHost, log
      it (a mail to the ADMINS per request) and render the 400 page, whose absolute links ask
      for the host again (a 500, mailed too);
    - a NUL in the path: a plain 400. No address of the Hub has one, and PostgreSQL refuses
      it in a string (a 500 wherever a view looks the path's parameter up);
    - a NUL in the query string: each becomes U+FFFD in request.GET, a value nothing matches,
      so a listing names it as ignored (docs/facets.md, "Bad input") and the admin's filters
      and autocomplete find nothing, where PostgreSQL would refuse it.

    First in MIDDLEWARE, so SecurityMiddleware (which reads the host to redirect to https)
    never meets such a request. The 400 is plain text and reads nothing: no template,
    session or database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or not _allowed_host(request):
            response = HttpResponse(
                "Bad Request (400)", status=400, content_type="text/plain; charset=utf-8"
            )
            response["X-Content-Type-Options"] = "nosniff"
            add_never_cache_headers(response)
            return response
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            request.GET = _without_nul(request.GET)
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        """An admin address whose object is no possible key of its model ("abc" for a number)
        is a 404, where some views (the change history's) would fail converting it."""
        model_admin = _model_admin(view)
        if model_admin is None:
            return None
        keys = {"object_id": model_admin.model._meta.pk, "version_id": models.BigIntegerField()}
        # The change history's pages (django-simple-history) take them as positional ones.
        given = dict(zip(keys, args, strict=False)) | kwargs
        for name, field in keys.items():
            if name in given:
                try:
                    field.run_validators(field.to_python(unquote(given[name])))
                except (ValidationError, OverflowError):
                    raise Http404("No such key.") from None
        return None

    def process_exception(self, request, exception):
        """A number too large for the admin (a date hierarchy's year of 30 digits, which
        Django's changelist does not catch) is a bad filter: its list, saying so (?e=1)."""
        match = request.resolver_match
        if isinstance(exception, OverflowError) and getattr(match.func, "model_admin", None):
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")
        return None


def _model_admin(view):
    """The ModelAdmin whose view this is: Django's own views say so; the others (the change
    history's) are its methods, wrapped by AdminSite.admin_view."""
    found = getattr(view, "model_admin", None)
    while found is None and view is not None:
        owner = getattr(view, "__self__", None)
        if isinstance(owner, BaseModelAdmin):
            return owner
        view = getattr(view, "__wrapped__", None)
    return found


def _allowed_host(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def _without_nul(data):
    cleaned = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        values = [value.replace("\x00", "\ufffd") for value in values]
        cleaned.setlist(key.replace("\x00", "\ufffd"), values)
    cleaned._mutable = False
    return cleaned


class CleanTextInputMiddleware:
    """Every form posted to the Hub (the admin, a member's profile, the Check, alerts) without
    control characters in its values: text pasted from a PDF carries vertical tabs and form
    feeds, which XML (the feeds) refuses (eprm_hub/cleaning.py, docs/data.md). Files are
    left as they are: the CSV import cleans its cells itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.content_type in FORM_TYPES:
            request.POST = cleaning.cleaned_data(request.POST)
        return self.get_response(request)


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class PrivatePagesMiddleware:
    """`Cache-Control: private, no-store` on every page that depends on who asks: the pages
    of a logged-in user (My organisation, the Check, their own organisation's preview), the
    admin, and those a view marks private (alerts.views: the manage, confirm and unsubscribe
    pages, whose token in the address is the authority). Such a page must never be kept by a
    shared cache, nor on the disk of a shared computer.

    Only when the session was read (Django then sends `Vary: Cookie`), so a public page costs
    no session or user lookup it did not make itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if request.path_info.startswith("/admin/") or (
            session is not None and session.accessed and request.user.is_authenticated
        ):
            patch_cache_control(response, private=True, no_store=True)
        return response


# What is worth compressing: text, whatever its syntax (HTML, JSON, XML, Atom, CSV, plain).
TEXT_TYPES = ("text/", "application/json", "application/xml", "application/javascript")
TEXT_SUFFIXES = ("+xml", "+json")


def _is_text(content_type):
    media_type = content_type.split(";")[0].strip().lower()
    return media_type.startswith(TEXT_TYPES) or media_type.endswith(TEXT_SUFFIXES)


class CompressTextMiddleware(GZipMiddleware):
    """gzip for the Hub's own text answers (pages, the API's JSON, sitemaps, feeds, IATI XML)
    when the client accepts it: Django's GZipMiddleware (with its BREACH mitigation, random
    bytes in the gzip header since Django 4.2; it adds `Vary: Accept-Encoding` and makes an
    ETag weak, which the API's If-None-Match accepts).

    Never a streaming answer: the CSV exports are files sent with their Content-Length
    (eprm_hub/downloads.py), which compression on the fly would drop, and the import
    preview streams. Not images, PDFs or other binary files, which gzip does not shrink.
    Static files never reach it: WhiteNoise, before it, serves their precompressed copies."""

    def process_response(self, request, response):
        if response.status_code == 304:
            # The answer to If-None-Match names the ETag that the 200 would: weak, if gzipped.
            etag = response.get("ETag", "")
            if etag.startswith('"') and gzip_accepted(request):
                response["ETag"] = "W/" + etag
                patch_vary_headers(response, ["Accept-Encoding"])
            return response
        if response.streaming or not _is_text(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)


def gzip_accepted(request):
    return bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))
