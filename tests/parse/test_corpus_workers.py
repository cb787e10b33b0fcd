"""Worker processes die with the process that started them, whatever ended it, and leave
nothing behind in /dev/shm (issue #15)."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presslib.paths import DEFAULT_TRANSCRIPT as NATO

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")

_RUN = "import sys, presslib; presslib.load_corpus(sys.argv[1], jobs=2, errors='collect')"


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``, read from /proc."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            state, ppid = _state(int(entry))
            if ppid == pid and state not in ("Z", None):
                out.append(int(entry))
    return out


def _state(pid: int) -> tuple[str | None, int | None]:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None, None
    fields = stat[stat.rindex(")") + 2:].split()  # after the command name, which may hold spaces
    return fields[0], int(fields[1])


def _gone(pid: int) -> bool:
    return _state(pid)[0] in (None, "Z")


def _wait(condition, limit: float = 30.0) -> bool:
    """Poll ``condition`` until it holds or ``limit`` seconds pass (a bound, not a timing)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent(tmp_path, sig):
    for k in range(600):  # enough work that the workers are busy when the parent is killed
        shutil.copy(NATO, tmp_path / f"n{k:03d}.txt")
    shm_before = set(os.listdir("/dev/shm")) if os.path.isdir("/dev/shm") else set()
    parent = subprocess.Popen([sys.executable, "-c", _RUN, str(tmp_path)], stderr=subprocess.DEVNULL)
    try:
        assert _wait(lambda: len(_children(parent.pid)) >= 2), "the workers never started"
        workers = _children(parent.pid)
        parent.send_signal(sig)
        parent.wait(timeout=30)
        assert _wait(lambda: all(_gone(w) for w in workers)), \
            f"workers {[w for w in workers if not _gone(w)]} outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        for w in _children(parent.pid):
            os.kill(w, signal.SIGKILL)
    if os.path.isdir("/dev/shm"):
        assert set(os.listdir("/dev/shm")) - shm_before == set()
