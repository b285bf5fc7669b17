"""Settings for the Due Diligence Hub, read from the environment.

Every variable is listed in README.md under "Configuration".
"""

import os
import sys
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    sys.exit(f"{name}={value!r} is not a boolean: use 1 or 0.")


def envint(name, default):
    value = os.environ.get(name, "")
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        sys.exit(f"{name}={value!r} is not a whole number.")


def envlist(name, default):
    value = os.environ.get(name, "")
    if value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        sys.exit(
            "SECRET_KEY is not set: set SECRET_KEY to a long random string "
            "(or DEBUG=1 for local development)."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

# The Hub's own apps that hold content, from the bottom up (docs/architecture.md): the core and
# the apps; the site that composes them, config, comes last. Editors curate these.
CONTENT_APPS = ["eprm_hub", "resources", "members", "checks", "guidance", "projects", "alerts"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.contrib.syndication",
    "django.contrib.sitemaps",
    "django_countries",
    "config.apps.KeywordsConfig",  # django-taggit, named in plain words
    "simple_history",
    "config.apps.SignInAttemptsConfig",  # django-axes, named in plain words
    # Two-factor sign-in: django-otp with its authenticator-app and recovery-code devices;
    # config.two_factor after them (its admin takes theirs off, config/two_factor/admin.py).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "config.two_factor",
    "django_tasks",
    "config.apps.BackgroundTasksConfig",  # django-tasks-db, named in plain words
    "ninja",  # the API (config/api/); here for Swagger UI's static files
    *CONTENT_APPS,
    "config",
]

MIDDLEWARE = [
    # First: a plain 400 for a Host not in ALLOWED_HOSTS or a NUL in the address, before any
    # middleware reads the host or a view looks the address up.
    "config.middleware.RefuseMalformedRequestMiddleware",
    # Times and counts every other answer for /metrics, the 503s of a database that is away
    # among them: outside DatabaseUnavailableMiddleware, which marks those (eprm_hub/metrics.py).
    "eprm_hub.metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # gzip for text answers; after WhiteNoise (static files come precompressed) and outside
    # every middleware that writes a body (config/middleware.py).
    "config.middleware.CompressTextMiddleware",
    # Outside every middleware that can reach the database (sessions, auth, messages, axes), and
    # inside the ones that add the security headers, so its 503 page gets them too.
    "config.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Control characters out of every posted form (eprm_hub/cleaning.py).
    "config.middleware.CleanTextInputMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Whether the session gave a second factor; then, until it has, staff and anyone who turned
    # it on see only the two-factor pages (config/two_factor/middleware.py).
    "django_otp.middleware.OTPMiddleware",
    "config.two_factor.middleware.SecondFactorMiddleware",
    # Cache-Control: private, no-store on a logged-in user's pages and the admin.
    "config.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Postgres only. DATABASE_URL names the server; without it the Hub runs an embedded
# PostgreSQL under var/pgdata (config/embedded_db).
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"],
            conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("DATABASE_URL must name a PostgreSQL database (postgres://...).")
else:
    # Only on request in production: a server that lost its DATABASE_URL would otherwise start
    # an empty database of its own and serve it.
    if not envbool("EMBEDDED_POSTGRES", DEBUG):
        sys.exit(
            "DATABASE_URL is not set: set DATABASE_URL=postgres://user:password@host:5432/name, "
            "or EMBEDDED_POSTGRES=1 to run the embedded PostgreSQL under var/pgdata."
        )
    from config import embedded_db

    DATABASES = {
        "default": {
            "ENGINE": "config.embedded_db",
            "NAME": embedded_db.DATABASE,
            "USER": "postgres",
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
# An unreachable server should fail a request (and /healthz) quickly, not hang it: libpq gives
# up connecting after 2 s (its least), keepalives notice a vanished host under a connection held
# open, and no statement of a page runs longer than DATABASE_STATEMENT_TIMEOUT seconds (0: no
# limit, which manage.py commands, the task worker and migrations among them, take by default).
# A frozen server enforces nothing: the web processes also stop waiting for one that does not
# answer (config/dbwait.py, docs/operations.md). The planner's
# default random_page_cost (4) assumes spinning disks and makes it scan the whole resource table
# for common words instead of using the full-text index: 65 ms instead of 20 ms at 100,000 rows.
# JIT compilation, which starts on queries the planner thinks costly (ranking thousands of
# matches), spends 50 ms compiling what then runs in a few: pages never gain from it.
DATABASE_STATEMENT_TIMEOUT = envint("DATABASE_STATEMENT_TIMEOUT", 10)
# A listing's index that cannot take changes row by row (docs/facets.md, "Changes") is
# rebuilt at once up to this many visible rows (a fraction of a second), beyond it in the
# background while requests read the index they have.
FACET_REBUILD_AT_ONCE = envint("FACET_REBUILD_AT_ONCE", 2000)
DATABASES["default"].setdefault("OPTIONS", {}).update(
    connect_timeout=2,
    keepalives=1,
    keepalives_idle=30,
    keepalives_interval=10,
    keepalives_count=3,
    options="-c random_page_cost=1.1 -c jit=off"
    f" -c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}",
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background tasks queue in the database itself: no other service to run, and a task is
# enqueued in the same transaction as what it works on. `manage.py db_worker --queue-name '*'`
# runs them (docs/operations.md, "Background jobs and workers"). Imports, which take minutes, have a
# queue of their own, so that a worker can be kept for the short tasks.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "imports"],
    }
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "members:mine"
LOGOUT_REDIRECT_URL = "home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3  # invitations use the reset link: three days

# Logins are throttled: five failures for a username from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "eprm_hub.client.client_address"

# Two-factor sign-in (config/two_factor/): staff must use it whenever DEBUG is off; with DEBUG
# on only if OTP_REQUIRED_FOR_STAFF=1, so that make run's demo editor logs in with a password.
# Members may turn it on. After n wrong codes in a row a device refuses every code for
# 2^(n-1) seconds (factor 1: 1, 2, 4, 8 s…); axes counts the passwords, not the codes.
OTP_REQUIRED_FOR_STAFF = not DEBUG or envbool("OTP_REQUIRED_FOR_STAFF", False)
OTP_TOTP_ISSUER = "EPRM Due Diligence Hub"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# How many reverse proxies in front of the Hub append to X-Forwarded-For (eprm_hub/client.py).
# Behind them REMOTE_ADDR is the nearest proxy's, the same for every visitor.
TRUSTED_PROXIES = envint("TRUSTED_PROXIES", 0)
if TRUSTED_PROXIES < 0:
    sys.exit(f"TRUSTED_PROXIES={TRUSTED_PROXIES} is not a number of proxies: use 0 (none) or more.")

# The bearer token a Prometheus scraper sends for /metrics; unset, /metrics is a 404 to all.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
if METRICS_TOKEN and len(METRICS_TOKEN) < 32:
    sys.exit("METRICS_TOKEN is too short: use 32 random characters or more.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: six languages, each under its URL prefix (/en/, /fr/…); English is
# the default and the language content is written in unless it says otherwise (docs/languages.md).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("de", _("German")),
    ("nl", _("Dutch")),
]
# Dates and numbers as each language writes them; English as Europe writes it (29 November
# 2026, 14:05), not as Django's American default does ("Nov. 29, 2026, 2:05 p.m.").
FORMAT_MODULE_PATH = ["config.formats"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: the console in development, SMTP from the environment in production.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG or not os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Due Diligence Hub <hub@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The Hub's public address, for links in e-mails sent outside a request (alerts, digests).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    sys.exit(f"SITE_URL={SITE_URL!r} is not an http:// or https:// address.")
# Where to report a vulnerability (security.txt, RFC 9116): mailto: or https: URIs.
SECURITY_CONTACT = envlist("SECURITY_CONTACT", [f"mailto:{parseaddr(DEFAULT_FROM_EMAIL)[1]}"])
for contact in SECURITY_CONTACT:
    if not contact.startswith(("mailto:", "https://")):
        sys.exit(f"SECURITY_CONTACT={contact!r} is not a mailto: or https:// URI.")
ADMINS = [("Hub administrators", email) for email in envlist("ADMINS", [])]

# Security. The production values are on unless DEBUG is; SECURE_SSL_REDIRECT can be
# turned off when TLS ends at a proxy that already redirects.
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 60 * 60 * 8)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The load balancer's probe, and the scraper of each application server's figures.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
CONTENT_SECURITY_POLICY = [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
]
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# The organisation that publishes the projects in IATI (projects/iati.py): EPRM's secretariat,
# the Netherlands Enterprise Agency (RVO), under its IATI organisation identifier.
IATI_REPORTING_ORG = {
    "ref": os.environ.get("IATI_REPORTING_ORG_REF", "NL-KVK-27378529"),
    "type": os.environ.get("IATI_REPORTING_ORG_TYPE", "10"),
    "name": os.environ.get(
        "IATI_REPORTING_ORG_NAME",
        "Netherlands Enterprise Agency (RVO) for the European Partnership for Responsible Minerals",
    ),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "not_database_outage": {"()": "config.middleware.NotDatabaseOutage"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "null": {"class": "logging.NullHandler"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's own messages (the dev server's start-up lines, request errors) once only.
        "django": {"handlers": ["console", "mail_admins"], "level": "INFO", "propagate": False},
        # While the database is away, eprm_hub.database logs the outage once, instead of a
        # traceback (and a mail to the ADMINS) per request.
        "django.request": {"filters": ["not_database_outage"]},
        # A Host not in ALLOWED_HOSTS is the scanners' daily noise, answered with a plain 400
        # (config.middleware.RefuseMalformedRequestMiddleware): never a mail to the ADMINS.
        "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
        "eprm_hub.database": {"level": "INFO"},
    },
}
