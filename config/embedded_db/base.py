"""Django's PostgreSQL backend, pointed at the embedded server (started on first use)."""

from django.db.backends.postgresql import base

from config import embedded_db


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        if not self.settings_dict["HOST"]:
            params["host"] = embedded_db.socket_dir()
        return params
