"""gunicorn's hooks for the Hub's metrics. gunicorn reads this file from its working directory,
so every gunicorn started in the checkout has them: production's, the tests', `make bench`'s.

With PROMETHEUS_MULTIPROC_DIR set, each worker writes its counts to files in that folder and
/metrics adds up every worker's (eprm_hub/metrics.py, docs/operations.md). Without it, nothing
here does anything.
"""

import os
from pathlib import Path


def on_starting(server):
    """A run's figures start from nothing: the files of a previous run would be added to them.
    One folder per gunicorn: another's would be emptied under it."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for path in Path(folder).glob("*.db"):
            path.unlink()


def child_exit(server, worker):
    """A worker that ended (restarted, killed) holds no index: forget its gauges. Its counts
    stay, part of the server's."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
