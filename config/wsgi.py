import os

from django.core.wsgi import get_wsgi_application

from config import dbwait

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()
# A web request waits for the database only as long as it answers (config/dbwait.py).
dbwait.install()
