"""The production layout of deploy/, run for real on this machine (`make cluster-check`).

Debian's nginx, with the site of deploy/nginx/eprm-hub.conf on a loopback port in plain HTTP,
in front of two gunicorn application servers (A and B) and one task worker, all on this
test's database, with the settings of deploy/eprm-hub.env.example. An editor's change made
through A is seen on B's next request; A is killed (SIGKILL, its whole process group) while
visitors keep asking through nginx, which answers them all through B; A comes back and nginx
sends it requests again. The figures go to var/cluster-check.txt, which `make cluster-check`
prints. Everything started here is stopped here, failed or not.

The other tests check the deploy files themselves: the site as written (TLS included) passes
`nginx -t`, the systemd units pass `systemd-analyze verify` and run commands that exist, and the
environment file names every variable the settings read.
"""

import contextlib
import ctypes
import getpass
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import lxml.html
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Permission
from django.core.management import get_commands
from django.db import connection
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from eprm_hub.triggers import SEQUENCE
from tests import factories
from tests.test_production import free_port, url_of_the_test_database

DEPLOY = Path(settings.BASE_DIR) / "deploy"
SITE = DEPLOY / "nginx" / "eprm-hub.conf"
ENV_FILE = DEPLOY / "eprm-hub.env.example"
UNITS = DEPLOY / "systemd"
DEBIAN_NGINX_CONF = Path("/etc/nginx/nginx.conf")
FIGURES = Path(settings.BASE_DIR) / "var" / "cluster-check.txt"
# The template's application servers, replaced by the check's two ports.
TEMPLATE_SERVERS = ("127.0.0.1:8001", "127.0.0.1:8002")
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"  # root's PATH has /usr/sbin, others' not
STARTUP = 60  # seconds a process has to answer, on two cores shared with other work
LOAD_BEFORE_KILL, LOAD_AFTER_KILL = 1.5, 3.5  # seconds of visitors around the kill
VISITORS = 4
PR_SET_PDEATHSIG = 1  # linux/prctl.h


# --- The deploy files as written ------------------------------------------------------------


def statements(text):
    """The top-level statements of an nginx file, each a directive up to its `;` or a block
    up to its closing brace, with the comments before it (quotes and comments may hold
    braces)."""
    found, depth, start, quote, comment = [], 0, 0, None, False
    for i, char in enumerate(text):
        if comment:
            comment = char != "\n"
        elif quote:
            quote = None if char == quote and text[i - 1] != "\\" else quote
        elif char == "#":
            comment = True
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}" or (char == ";" and depth == 0):
            depth -= char == "}"
            if depth == 0:
                found.append(text[start : i + 1])
                start = i + 1
    return found


def directives(block):
    """The first word of each line of a block that is not a comment."""
    return [line.split()[0] for line in block.splitlines() if line.strip()[:1] not in ("", "#")]


def replaced(text, old, new, count=1):
    assert text.count(old) == count, f"{old!r} is not in the file {count} time(s) any more"
    return text.replace(old, new)


def main_conf(folder, site):
    """Debian's own nginx.conf (Debian's http-level defaults, gzip on among them), with its
    paths under the folder, in the foreground, including the site instead of sites-enabled."""
    conf = DEBIAN_NGINX_CONF.read_text()
    user = "root" if os.geteuid() == 0 else getpass.getuser()
    conf = replaced(conf, "user www-data;", f"user {user};" if user == "root" else "")
    conf = replaced(conf, "pid /run/nginx.pid;", f"pid {folder}/nginx.pid;\ndaemon off;")
    conf = replaced(conf, "/var/log/nginx/", f"{folder}/", count=2)
    conf = replaced(conf, "include /etc/nginx/conf.d/*.conf;", "")
    temp = "".join(
        f"{kind}_temp_path {folder}/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return replaced(conf, "include /etc/nginx/sites-enabled/*;", f"{temp}include {site};")


def check_site(folder, upstreams, port, static_root):
    """The site's HTTPS server on 127.0.0.1:port in plain HTTP, before the check's two
    application servers: the default servers and the port-80 server left out, the TLS lines
    too; every other line as deploy/ has it."""
    text = SITE.read_text()
    for server, upstream in zip(TEMPLATE_SERVERS, upstreams, strict=True):
        text = replaced(text, f"server {server} ", f"server {upstream} ")
    text = replaced(text, "/srv/eprm-hub/var/static/", f"{static_root}/")
    text = replaced(text, "/var/log/nginx/", f"{folder}/", count=2)
    kept = []
    for statement in statements(text):
        if statement.strip().endswith("}") and directives(statement)[0] == "server":
            listens = [line.split() for line in statement.splitlines() if "listen " in line]
            if ["listen", "443", "ssl", "http2;"] not in listens:
                continue
            lines = []
            for line in statement.splitlines():
                word = line.split()[0] if line.strip() else ""
                if word == "listen":
                    listen = f"    listen 127.0.0.1:{port};"
                    lines += [] if listen in lines else [listen]
                elif not word.startswith("ssl_"):
                    lines.append(line)
            statement = "\n".join(lines)
        kept.append(statement)
    return "".join(kept)


def test_the_site_as_written_passes_nginx_t(tmp_path):
    """TLS included: a throw-away certificate and Diffie-Hellman group where certbot's and
    openssl's would be."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "1", "-subj", "/CN=hub.example.org",
         "-keyout", tmp_path / "privkey.pem", "-out", tmp_path / "fullchain.pem"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048",
         "-out", tmp_path / "ffdhe2048.pem"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    site = SITE.read_text()
    site = replaced(site, "/etc/letsencrypt/live/hub.example.org/", f"{tmp_path}/", count=2)
    site = replaced(site, "/etc/nginx/ffdhe2048.pem", f"{tmp_path}/ffdhe2048.pem", count=2)
    site = replaced(site, "/var/log/nginx/", f"{tmp_path}/", count=2)
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(main_conf(tmp_path, tmp_path / "site.conf"))
    test = subprocess.run(
        [NGINX, "-t", "-p", tmp_path, "-c", tmp_path / "nginx.conf"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert test.returncode == 0, test.stderr
    assert "[warn]" not in test.stderr, test.stderr


def test_the_systemd_units_verify_and_run_commands_that_exist(tmp_path):
    """systemd-analyze verify reads each unit as systemd would (unknown keys, bad values,
    a missing program), with the checkout in place of /srv/eprm-hub."""
    units = sorted(UNITS.iterdir())
    for unit in units:
        text = unit.read_text().replace("/srv/eprm-hub", str(settings.BASE_DIR))
        (tmp_path / unit.name).write_text(text)
    names = [
        unit.name.replace("@.", "@8001.") if unit.name.startswith("eprm-hub@") else unit.name
        for unit in units
    ]
    names = [name.replace("worker@.", "worker@default.") for name in names]
    verify = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *names],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert verify.returncode == 0 and not verify.stderr.strip(), verify.stderr

    commands = get_commands()
    timers = sorted(unit.stem for unit in units if unit.suffix == ".timer")
    run = {}
    for timer in timers:
        service = (UNITS / f"{timer}.service").read_text()
        run[timer] = re.search(r"^ExecStart=\S+ manage\.py (\w+)", service, re.M)[1]
        assert run[timer] in commands, f"{timer}.service runs an unknown command"
    # The README's cron lines, each a timer now.
    assert sorted(run.values()) == sorted(
        ["send_alerts", "send_editor_digest", "check_links", "prune_db_task_results",
         "prune_search_insights", "search_insights"]
    )  # fmt: skip
    assert "OnCalendar=*:00/15" in (UNITS / "eprm-hub-send-alerts.timer").read_text()
    assert "--min-age-days 30" in (UNITS / "eprm-hub-prune-task-results.service").read_text()


def test_the_environment_file_names_every_variable_the_settings_read():
    source = (Path(settings.BASE_DIR) / "config" / "settings.py").read_text()
    read = set(re.findall(r"(?:env\w*|os\.environ\.get)\(\s*\"([A-Z][A-Z0-9_]+)\"", source))
    assert {"SECRET_KEY", "DATABASE_URL", "TRUSTED_PROXIES"} <= read
    named = set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", ENV_FILE.read_text(), re.M))
    assert read - named == set(), "variables the settings read that the environment file lacks"
    assert named - read == set(), "variables of the environment file that nothing reads"


# --- Processes ------------------------------------------------------------------------------


def environment(overrides):
    """deploy/eprm-hub.env.example as systemd's EnvironmentFile reads it, then the check's own
    values in place of its placeholders."""
    values = {}
    for line in ENV_FILE.read_text().splitlines():
        name, equals, value = line.partition("=")
        if equals and re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            values[name] = value[1:-1] if value[:1] == value[-1:] == '"' else value
    return {**os.environ, **values, **overrides}


def answers(port, path="/healthz", timeout=2):
    """The status of a GET straight to a local port, or None while nothing answers."""
    http = HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        http.request("GET", path)
        return http.getresponse().status
    except OSError:
        return None
    finally:
        http.close()


def _end_with_the_test():
    """In a started process: SIGTERM when the test's process ends, however it ends, since
    its own process group keeps it from the signals sent to the test's."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _interrupted(signum, frame):
    raise KeyboardInterrupt  # `timeout` stopping make cluster-check: fixtures still tear down


@dataclass
class Processes:
    """What the check started, each in a process group of its own, stopped together."""

    folder: Path
    env: dict
    started: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)

    def start(self, name, command, **options):
        log = (self.folder / f"{name}.log").open("a")
        self.started[name] = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=_end_with_the_test, **options,
        )  # fmt: skip
        log.close()
        return self.started[name]

    def app_server(self, name, port):
        """gunicorn as eprm-hub@<port>.service runs it (two workers here, on two cores), with
        an access log of its own, to see which requests reach it."""
        env = {"PROMETHEUS_MULTIPROC_DIR": str(self.folder / f"metrics-{name}")}
        self.env, saved = {**self.env, **env}, self.env
        try:
            self.start(
                name,
                [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
                 "--workers", "2", "--timeout", "30",
                 "--access-logfile", self.folder / f"{name}.access.log"],
            )  # fmt: skip
        finally:
            self.env = saved
        self.wait(name, port)

    def wait(self, name, port, path="/healthz"):
        deadline = time.monotonic() + STARTUP
        while answers(port, path) != 200:
            assert self.started[name].poll() is None, self.log(name)
            assert time.monotonic() < deadline, f"{name} did not answer in {STARTUP} s"
            time.sleep(0.2)

    def kill(self, name):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.started[name].pid, signal.SIGKILL)
        self.started[name].wait(timeout=10)

    def stop_all(self):
        """SIGTERM to every group (nginx: a fast shutdown), SIGKILL to what is left after 10 s."""
        for process in self.started.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for process in self.started.values():
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        for process in self.started.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 0)  # a worker that outlived its master: none
                os.killpg(process.pid, signal.SIGKILL)
                pytest.fail(f"a process of group {process.pid} outlived its leader")

    def log(self, name):
        return (self.folder / f"{name}.log").read_text()[-3000:]


# --- A visitor over plain HTTP --------------------------------------------------------------


class Browser:
    """A visitor with cookies kept by hand: with DEBUG off the Hub's cookies are Secure, which
    http.cookiejar would not send over the check's plain HTTP."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, form=None):
        """(status, headers, body, path) of the last answer, redirects followed."""
        for _ in range(6):
            headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
            body = None
            if form is not None:
                body = urlencode(form, doseq=True)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            http = HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                http.request(method, path, body=body, headers=headers)
                response = http.getresponse()
                content = response.read()
            finally:
                http.close()
            for cookie in response.headers.get_all("Set-Cookie") or ():
                for name, morsel in SimpleCookie(cookie).items():
                    self.cookies[name] = morsel.value
            if response.status not in (301, 302, 303):
                return response.status, response.headers, content.decode(), path
            method, form = "GET", None
            path = urlsplit(response.headers["Location"])._replace(scheme="", netloc="").geturl()
        pytest.fail(f"too many redirects, the last to {path}")

    def submit(self, path, html, change=None, pick=lambda form: True):
        """Post the page's form (the first that `pick` accepts) with its values as the page
        has them, some changed."""
        page = lxml.html.fromstring(html)
        form = next(form for form in page.forms if pick(form))
        values = [(name, value) for name, value in form.form_values() if name not in change]
        values += list(change.items())
        return self.request("POST", form.action or path, form=values)


def sign_in_to_the_admin(browser, username, password, device, then):
    """The admin's login, then the code of the authenticator app when the Hub asks for it
    (staff must give one with DEBUG off), landing on `then`."""
    status, _, html, path = browser.request("GET", f"/admin/login/?{urlencode({'next': then})}")
    assert status == 200, html
    status, _, html, path = browser.submit(
        path, html, {"username": username, "password": password}, lambda f: "password" in f.fields
    )
    if status == 200 and "two-factor" in path:
        token = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
        code = f"{token:0{device.digits}d}"
        status, _, html, path = browser.submit(
            path, html, {"code": code}, lambda form: "code" in form.fields
        )
    assert (status, urlsplit(path).path) == (200, urlsplit(then).path), html[:2000]
    return html


def text_of(html):
    """A page's text without its tags (a title's words are marked where they match)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", "", html))


def errors_of(html):
    return [" ".join(e.text_content().split()) for e in lxml.html.fromstring(html).cssselect(
        ".errorlist, .errornote")]  # fmt: skip


# --- The cluster ----------------------------------------------------------------------------


@pytest.fixture
def cluster(tmp_path, django_db_blocker, transactional_db):
    """nginx, application servers A and B, a task worker; stopped whatever happens."""
    assert Path(NGINX).exists(), "Debian's nginx is needed: apt-get install nginx"
    ports = {"nginx": free_port(), "A": free_port(), "B": free_port()}
    static_root, media_root = tmp_path / "static", tmp_path / "media"
    env = environment({
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": url_of_the_test_database(django_db_blocker),
        "ALLOWED_HOSTS": "127.0.0.1",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{ports['nginx']}",
        "SITE_URL": f"http://127.0.0.1:{ports['nginx']}",
        "SECURE_SSL_REDIRECT": "0",  # the check's nginx speaks plain HTTP
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "ADMINS": "",
        "LOG_LEVEL": "INFO",
    })  # fmt: skip
    with connection.cursor() as cursor:
        # As in tests/test_index_processes.py: the test database was put back as it was after
        # migrating, its versions with it, but not its sequence: the log starts afresh.
        cursor.execute("TRUNCATE eprm_hub_indexchange")
        cursor.execute("UPDATE eprm_hub_indexversion SET version = nextval(%s)", [SEQUENCE])
    began = time.monotonic()
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert collect.returncode == 0, collect.stderr
    site = check_site(tmp_path, (f"127.0.0.1:{ports['A']}", f"127.0.0.1:{ports['B']}"),
                      ports["nginx"], static_root)  # fmt: skip
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(main_conf(tmp_path, tmp_path / "site.conf"))
    processes = Processes(tmp_path, env)
    previous = signal.signal(signal.SIGTERM, _interrupted)
    processes.timings["collectstatic (s)"] = f"{time.monotonic() - began:.0f}"
    began = time.monotonic()
    try:
        processes.app_server("A", ports["A"])
        processes.app_server("B", ports["B"])
        processes.start(
            "worker",
            [sys.executable, "manage.py", "db_worker", "--queue-name", "default",
             "--worker-id", "cluster-check-default"],
        )  # fmt: skip
        processes.start("nginx", [NGINX, "-p", tmp_path, "-c", tmp_path / "nginx.conf"])
        processes.wait("nginx", ports["nginx"])
        processes.timings["starting A, B, the worker and nginx (s)"] = (
            f"{time.monotonic() - began:.0f}"
        )
        yield processes, ports
    finally:
        processes.stop_all()
        signal.signal(signal.SIGTERM, previous)
    for port in ports.values():
        assert answers(port) is None, f"something still answers on port {port}"


@dataclass
class Visit:
    start: float
    end: float
    status: int  # 0: no answer at all


def visit(port, path):
    start = time.monotonic()
    http = HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        http.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = http.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        http.close()
    return Visit(start, time.monotonic(), status)


def visitors_during(port, paths, action, before, after):
    """VISITORS threads asking for the paths in turn through nginx, `before` seconds before
    the action and `after` seconds after it: (the visits, when the action happened)."""
    stop, visits, lock = threading.Event(), [], threading.Lock()

    def visitor(offset):
        n = offset
        while not stop.is_set():
            done = visit(port, paths[n % len(paths)])
            n += 1
            with lock:
                visits.append(done)

    with ThreadPoolExecutor(VISITORS) as pool:
        for offset in range(VISITORS):
            pool.submit(visitor, offset)
        time.sleep(before)
        moment = time.monotonic()
        action()
        time.sleep(after)
        stop.set()
    return visits, moment


def served_by(access_log, port):
    """The nginx access log's requests that the server on this port answered (alone or after
    the other failed), and those that were retried."""
    lines = access_log.read_text().splitlines()
    upstreams = [re.search(r"upstream=(.*?) upstream_status", line)[1] for line in lines]
    return (
        sum(f"127.0.0.1:{port}" in upstream for upstream in upstreams),
        sum("," in upstream for upstream in upstreams),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_servers_behind_nginx_share_edits_and_survive_one_killed(cluster, tmp_path):
    processes, ports = cluster
    figures = dict(processes.timings)
    nginx = Browser(ports["nginx"])

    # Static files come from nginx itself: gzip twins collectstatic wrote, cached for a year.
    status, headers, html, _ = nginx.request("GET", "/en/about/")
    assert status == 200, html[:2000]
    stylesheet = re.search(r'href="(/static/css/hub\.[0-9a-f]{12}\.css)"', html)[1]
    http = HTTPConnection("127.0.0.1", ports["nginx"], timeout=10)
    http.request("GET", stylesheet, headers={"Accept-Encoding": "gzip"})
    response = http.getresponse()
    response.read()
    http.close()
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    for server in ("A", "B"):
        assert stylesheet not in (tmp_path / f"{server}.access.log").read_text()

    # /media/ goes to the Hub, which serves a file only to those who may see its record: a
    # file of MEDIA_ROOT that no record names is a 404, never sent from the disk.
    (tmp_path / "media" / "logos").mkdir(parents=True)
    (tmp_path / "media" / "logos" / "unlisted.png").write_bytes(b"\x89PNG private")
    status, headers, _, _ = nginx.request("GET", "/media/logos/unlisted.png")
    assert status == 404
    assert "Content-Security-Policy" in headers  # the Hub's answer, not nginx's

    # Uploads: 10 MB anywhere (a logo's own limit is the Hub's message), 50 MB in the admin.
    assert upload_status(ports["nginx"], "/en/accounts/login/", 11 * 2**20, send=False) == 413
    assert upload_status(ports["nginx"], "/admin/login/", 11 * 2**20) != 413
    assert upload_status(ports["nginx"], "/admin/login/", 51 * 2**20, send=False) == 413

    # An editor's change through A, seen on B's next request.
    password = secrets.token_urlsafe(16)
    editor = _editor(password)
    device = TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)
    guide = factories.resource("Smelter audit guide", minerals=["tin"])
    factories.resource("Tin mine due diligence", minerals=["tin"])
    on_b = Browser(ports["B"])
    assert "Smelter audit guide" in text_of(on_b.request("GET", "/en/resources/?q=smelter")[2])

    on_a = Browser(ports["A"])
    change = f"/admin/resources/resource/{guide.pk}/change/"
    form = sign_in_to_the_admin(on_a, editor.username, password, device, change)
    status, _, html, path = on_a.submit(
        change, form, {"title": "Zanzibar cobalt refinery audit", "_save": "Save"},
        lambda form: "title" in form.fields,
    )  # fmt: skip
    saved = time.monotonic()
    assert (status, path) == (200, "/admin/resources/resource/"), errors_of(html)
    status, _, page, _ = on_b.request("GET", guide.get_absolute_url())
    assert status == 200 and "Zanzibar cobalt refinery audit" in text_of(page)
    listing = text_of(on_b.request("GET", "/en/resources/?q=zanzibar")[2])
    figures["time from the save on A to B's listing showing it (s)"] = (
        f"{time.monotonic() - saved:.3f}"
    )
    assert "Zanzibar cobalt refinery audit" in listing
    assert "Smelter audit guide" not in text_of(on_b.request("GET", "/en/resources/?q=smelter")[2])

    # The task worker ran what the save queued (the "did you mean" words' refresh).
    deadline = time.monotonic() + 30
    while not DBTaskResult.objects.filter(
        task_path__endswith="refresh_words", status=TaskResultStatus.SUCCESSFUL
    ).exists():
        assert processes.started["worker"].poll() is None, processes.log("worker")
        assert time.monotonic() < deadline, "the worker ran no task"
        time.sleep(0.2)

    # A killed while visitors keep asking through nginx: every one of them gets an answer,
    # none a 5xx (nginx sends the requests A had, and those A refuses, to B).
    access = tmp_path / "eprm-hub.access.log"
    before_a = served_by(access, ports["A"])[0]
    paths = ["/en/resources/", guide.get_absolute_url(), "/en/resources/?q=audit", "/en/"]
    visits, killed = visitors_during(
        ports["nginx"], paths, lambda: processes.kill("A"), LOAD_BEFORE_KILL, LOAD_AFTER_KILL
    )
    in_flight = sum(v.start < killed < v.end for v in visits)
    failed = [v for v in visits if v.status >= 500 or v.status == 0]
    served_by_a, retried = served_by(access, ports["A"])
    figures["requests during the kill"] = len(visits)
    figures["requests in flight at the kill"] = in_flight
    figures["requests retried on B by nginx"] = retried
    figures["5xx or no answer"] = len(failed)
    assert served_by_a > before_a, "nginx sent A none of the visitors' requests before the kill"
    assert failed == [], [(round(v.start - killed, 3), v.status) for v in failed]
    assert {v.status for v in visits} == {200}

    # A again, on its port: it answers, and nginx sends it requests once more (after
    # fail_timeout at most, when nginx tries a server it had left out).
    (tmp_path / "A.access.log").unlink()
    processes.app_server("A", ports["A"])
    restarted = time.monotonic()
    for n in range(200):
        visit(ports["nginx"], f"/en/?after-restart={n}")
        if "after-restart" in (tmp_path / "A.access.log").read_text():
            break
        time.sleep(0.1)
    else:
        pytest.fail("nginx sent nothing to A after its restart")
    figures["time until nginx sends to A again (s)"] = f"{time.monotonic() - restarted:.1f}"

    FIGURES.parent.mkdir(exist_ok=True)
    FIGURES.write_text(
        "make cluster-check: nginx, 2 application servers (gunicorn, 2 workers each), "
        "1 task worker, one PostgreSQL\n"
        + "".join(f"  {name}: {value}\n" for name, value in figures.items())
    )


def _editor(password):
    """A secretariat editor of resources whose password the application servers can check
    (the tests' own hasher is not theirs): PBKDF2, with few rounds."""
    user = get_user_model().objects.create(
        username="cluster-editor",
        is_staff=True,
        password=PBKDF2PasswordHasher().encode(password, secrets.token_hex(8), iterations=1000),
    )
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="resources"))
    return user


def upload_status(port, path, size, send=True):
    """The status of a POST of `size` bytes (only announced, when not sent: nginx refuses a
    body over its limit from the header alone)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    try:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {size}\r\n"
            "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\n".encode()
        )
        if send:
            chunk = b"x" * 2**20
            for _ in range(size // len(chunk)):
                sock.sendall(chunk)
        head = sock.recv(64).decode()
    finally:
        sock.close()
    return int(head.split()[1])
