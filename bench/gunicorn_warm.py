"""gunicorn settings for bench/throughput.py (`-c`): each worker builds its catalogues'
indexes before it takes its first request, then says so with a file named by its process id
in BENCH_WARM_DIR. The throughput then measures warm workers, whichever requests each one
happens to accept."""

import os
from pathlib import Path


def post_worker_init(worker):
    # Django is set up: gunicorn loads the application (config.wsgi) before this hook.
    from eprm_hub.triggers import CATALOGUES

    for catalogue in CATALOGUES.values():
        catalogue.figures()  # builds its index, and reads the thesaurus
    Path(os.environ["BENCH_WARM_DIR"], str(os.getpid())).touch()
