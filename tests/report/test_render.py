"""A report page as a browser draws it: scripts/screenshot.sh renders it in headless Chromium
(skipped where no Chromium is installed), offline, and the screenshot shows the page."""

import shutil
import subprocess
from pathlib import Path

import matplotlib.image
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshot.sh"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no chromium or google-chrome on PATH")
def test_a_report_page_renders_in_headless_chromium(notebook_runs, tmp_path):
    out, _ = notebook_runs.report
    shot = tmp_path / "00.png"
    done = subprocess.run(["bash", str(SCRIPT), str(out / "00-overview.html"), str(shot)],
                          capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    pixels = matplotlib.image.imread(shot)
    assert pixels.shape[:2] == (2400, 1280)
    # a drawn page: text and tables in several shades, not one blank colour
    assert pixels[..., :3].std() > 0.05


def test_the_script_says_what_is_missing(tmp_path):
    done = subprocess.run(["bash", str(SCRIPT), str(tmp_path / "none.html")], capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.strip() == f"screenshot.sh: {tmp_path / 'none.html'}: no such page"
