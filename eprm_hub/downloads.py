"""The CSV exports of the listings as files: rate-limited per client, complete or not sent.

Why a file is written out before it is sent, rather than streamed as its rows come
(docs/operations.md and docs/exports.md): the rows are written (in constant time and memory
per row) to a temporary file, spilled to disk past SPOOL_MEMORY, and only then sent, with its
Content-Length. A failure while the rows are written (the database going away, a statement
timeout) is therefore a 503 or 500, never a 200; and a transfer cut short afterwards (a worker
killed, a client too slow for gunicorn's timeout) is shorter than its Content-Length, which
every HTTP client and proxy reports as an error. A streamed response cannot promise that: its
200 is sent with the first row, and behind a proxy that speaks HTTP/1.0 to gunicorn (nginx's
default) its end is only the connection closing, as it would close after the last row.
"""

import tempfile
from datetime import timedelta

from django.http import FileResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from . import throttle

# Exports a client may ask for in an hour (resources and projects together): enough for
# someone exporting a search after another, and a bound on the work one client can ask for.
EXPORTS = throttle.Limit("export", 20, timedelta(hours=1))
SPOOL_MEMORY = 1024 * 1024  # bytes kept in memory before the file goes to disk


def limited(request):
    """The 429 page when the client has asked for too many exports, else None. Staff are not
    limited."""
    if request.user.is_staff:
        return None
    wait = throttle.hit(EXPORTS, request)
    if not wait:
        return None
    response = render(
        request,
        "export_limit.html",
        {"per_hour": EXPORTS.requests, "minutes": -(-wait // 60)},
        status=429,
    )
    response["Retry-After"] = str(wait)
    return response


def csv_file(lines, filename):
    """A response with the file made of these lines (str), sent once all of them are written."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115 (the response closes it)
    try:
        for line in lines:
            spool.write(line.encode("utf-8"))
        size = spool.tell()
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    response = FileResponse(spool, as_attachment=True, filename=filename)
    response["Content-Type"] = "text/csv; charset=utf-8"
    response["Content-Length"] = str(size)
    patch_vary_headers(response, ["Cookie"])  # staff are not limited
    return response
