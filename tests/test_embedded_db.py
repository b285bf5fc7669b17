"""The embedded PostgreSQL's list of the processes using it (config/embedded_db)."""

import json
import os
import subprocess
import sys

import pytest

from config import embedded_db


@pytest.fixture
def handles(tmp_path, monkeypatch):
    path = tmp_path / ".handle_pids.json"
    monkeypatch.setattr(embedded_db, "HANDLES", path)
    return path


def test_only_live_processes_count(handles):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    handles.write_text(json.dumps([os.getpid(), int(finished.stdout)]))
    assert embedded_db.live_handles() == [os.getpid()]


@pytest.mark.parametrize("content", ["", "[12", "not json", '{"a": 1}'])
def test_a_list_cut_short_by_a_killed_process_reads_as_none(handles, content):
    handles.write_text(content)
    assert embedded_db.live_handles() == []


def test_the_list_is_rewritten_whole(handles):
    embedded_db.write_handles([os.getpid()])
    assert json.loads(handles.read_text()) == [os.getpid()]
    assert not handles.with_suffix(".tmp").exists()
