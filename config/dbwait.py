"""How long a web request waits for the database: never longer than it takes to see that the
server is not answering (docs/operations.md, "A database that does not answer").

libpq has no timeout for a query, and the server's statement_timeout is enforced by the server,
so neither helps when the server is frozen (stopped, swapping, a VM paused) or the network is
cut: its kernel may still accept connections and acknowledge packets, so TCP keepalives see
nothing either, and a request waits until gunicorn kills the worker. The web processes
therefore register a psycopg2 wait callback (config/wsgi.py): psycopg2 hands it every wait for
the server, while connecting and while a query runs. When the server has been quiet for QUIET
seconds, the callback asks it, on a socket of its own, for the first byte of a new connection
(an SSLRequest, which the postmaster answers at once whatever its load, and which costs it no
log line). A server that answers is busy: the wait goes on (the server's statement_timeout ends
a runaway query). One that does not, within PROBE_TIMEOUT, is away: the connection is shut and
the query fails with an OperationalError, which config.middleware turns into the 503 page.

Connecting gives up after CONNECT_TIMEOUT seconds whatever the probe says (libpq's own
connect_timeout only applies to a blocking connect, and a wait callback makes it asynchronous).
What a probe found is remembered for a moment, so the requests that meet an outage together
(and a request's health check followed by its reconnection) do not each probe again.
"""

import contextlib
import select
import socket
import struct
import time

import psycopg2
from psycopg2 import extensions

QUIET = 0.5  # seconds of silence before the server is probed
PROBE_TIMEOUT = 0.5
CONNECT_TIMEOUT = 2.0
REMEMBER = 1.0  # seconds a probe's answer holds
SSL_REQUEST = struct.pack("!ii", 8, 80877103)

_found = {}  # (host, port) -> (monotonic time, answered); shared by a process's threads


def install():
    """Every psycopg2 connection of this process waits through wait()."""
    extensions.set_wait_callback(wait)


def uninstall():
    extensions.set_wait_callback(None)


def wait(conn):
    connecting = conn.status == extensions.STATUS_SETUP
    started = time.monotonic()
    while True:
        state = conn.poll()
        if state == extensions.POLL_OK:
            return
        if state == extensions.POLL_READ:
            ready = select.select([conn.fileno()], [], [], QUIET)[0]
        elif state == extensions.POLL_WRITE:
            ready = select.select([], [conn.fileno()], [], QUIET)[1]
        else:
            raise psycopg2.OperationalError(f"bad state from poll: {state}")
        if ready:
            continue
        waited = time.monotonic() - started
        if connecting and waited >= CONNECT_TIMEOUT:
            _give_up(conn, f"no connection to the database server after {waited:.1f} s")
        if not server_answers(conn):
            _give_up(conn, f"the database server did not answer for {waited:.1f} s")


def _give_up(conn, reason):
    """Shut the connection's socket (closing the connection from inside psycopg2's wait is not
    safe), so that nothing reads from it again, and fail the query."""
    try:
        sock = socket.socket(fileno=conn.fileno())
    except OSError:
        pass
    else:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.detach()  # the descriptor is libpq's: it closes it
    raise psycopg2.OperationalError(reason)


def server_answers(conn):
    """Whether the server the connection talks to answers a new connection's first packet."""
    info = conn.info
    where = (info.host or "", info.port or 5432)
    now = time.monotonic()
    seen = _found.get(where)
    if seen and now - seen[0] < REMEMBER:
        return seen[1]
    answered = probe(*where)
    _found[where] = (time.monotonic(), answered)
    return answered


def probe(host, port, timeout=PROBE_TIMEOUT):
    try:
        if not host or host.startswith("/"):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            sock.connect(f"{host or '/var/run/postgresql'}/.s.PGSQL.{port}")
        else:
            sock = socket.create_connection((host, port), timeout=timeout)
        with sock:
            sock.settimeout(timeout)
            sock.sendall(SSL_REQUEST)
            return sock.recv(1) in (b"S", b"N")
    except OSError:
        return False
