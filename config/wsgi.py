import logging
import os
import threading

from django.core.wsgi import get_wsgi_application
from django.db import DatabaseError, connection

from config import dbwait

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()
# A web request waits for the database only as long as it answers (config/dbwait.py).
dbwait.install()


def _build_indexes():
    """Each worker builds its listings' indexes as it starts, so that its first visitors do
    not wait for them (docs/facets.md, "Changes"); a database that is away leaves that to
    the first request after it is back."""
    from eprm_hub.triggers import CATALOGUES

    try:
        for catalogue in CATALOGUES.values():
            catalogue.figures()
    except DatabaseError:
        logging.getLogger(__name__).debug("no index built at start: the database is away")
    finally:
        connection.close()


threading.Thread(target=_build_indexes, name="build indexes", daemon=True).start()
