"""`make run` stopped as users stop it (Ctrl-C, or a SIGTERM to its process group) ends
cleanly: the worker and the server stop, and make reports no error ("Error 130" read as a
failure). The run target's recipe runs as written, with a stand-in for manage.py whose
runserver and db_worker wait to be stopped, so no database or server is needed."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FAKE_MANAGE = """
import signal, sys, time
from pathlib import Path

log = Path(sys.argv[0]).with_name("log")
command = sys.argv[1]
with log.open("a") as out:
    out.write(f"{command} started\\n")
if command in ("runserver", "db_worker"):
    def stop(signum, frame):
        with log.open("a") as out:
            out.write(f"{command} stopped by {signal.Signals(signum).name}\\n")
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, stop)
    while True:
        time.sleep(0.05)
"""


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopping_make_run_is_a_clean_end(tmp_path, sent):
    fake = tmp_path / "manage.py"
    fake.write_text(FAKE_MANAGE)
    log = tmp_path / "log"
    run = subprocess.Popen(
        # -o: the installed virtual environment is taken as it is (no pip here).
        ["make", "--no-print-directory", "-o", ".venv/.installed-runtime", "run",
         f"MANAGE={sys.executable} {fake}", "PORT=8099"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not (
            log.exists()
            and {"runserver started", "db_worker started"} <= set(log.read_text().splitlines())
        ):
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()[0]
            time.sleep(0.05)
        time.sleep(0.2)
        os.killpg(run.pid, sent)  # as the terminal's Ctrl-C, or `kill -TERM -- -PID`
        output, _ = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    lines = log.read_text().splitlines()
    assert lines[:2] == ["migrate started", "seed_demo started"]
    assert any(line.startswith("db_worker stopped") for line in lines), lines
    assert any(line.startswith("runserver stopped") for line in lines), lines
    assert "Error" not in output and "***" not in output, output
    # make itself got the signal too and ends by it, as any program stopped so; the shell
    # says nothing of that. What it must not do is call the end an error.
    assert run.returncode in (0, -sent), (run.returncode, output)
