"""presslib installed from a wheel, away from the repository, reads the reference data packaged
inside it."""

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from presslib import paths

PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]

# Run by the installed copy, from a folder outside the repository.
CHECK = """
import json, sys
import presslib
from presslib import paths
from presslib.topics import read_lexicon

t = presslib.load_transcript(sys.argv[1])
print(json.dumps({
    "presslib": presslib.__file__,
    "data": {name: str(paths.data_file(name)) for name in paths.DATA_FILES},
    "lexicon": read_lexicon().source,
    "turns": len(t.turns),
    "outlets": sorted(set(t.turns["outlet"].dropna())),
}))
"""


def _build_wheel(tmp_path: Path) -> Path:
    """A wheel built from a copy of the project's sources, so the build writes nothing here."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(paths.PROJ_ROOT / name, project / name)
    shutil.copytree(paths.PROJ_ROOT / "src", project / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    wheels = tmp_path / "wheels"
    subprocess.run([*PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "-w", str(wheels), str(project)], check=True, capture_output=True)
    (wheel,) = wheels.glob("presslib-*.whl")
    return wheel


def _fresh_venv(tmp_path: Path) -> Path:
    """A venv without presslib whose other packages are the running venv's (nothing fetched)."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # A path in a .pth file joins sys.path after the venv's own site-packages, and the .pth
    # files inside it are not run: the running venv's editable presslib stays out of sight.
    running = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site) / "running_venv.pth").write_text("\n".join(running) + "\n", encoding="utf-8")
    return venv


@pytest.mark.slow
def test_an_installed_wheel_parses_the_bundled_transcript_outside_the_repository(tmp_path):
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as z:
        packaged = {n for n in z.namelist() if n.startswith("presslib/data/")}
    assert {f"presslib/data/{name}" for name in paths.DATA_FILES} <= packaged
    venv = _fresh_venv(tmp_path)
    python = venv / "bin" / "python"
    subprocess.run([*PIP, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([python, "-c", CHECK, str(paths.DEFAULT_TRANSCRIPT)], cwd=elsewhere,
                          check=True, capture_output=True, text=True)
    found = json.loads(done.stdout)
    installed = Path(found["presslib"]).parent
    assert installed.is_relative_to(venv) and installed.name == "presslib"
    assert found["data"] == {name: str(installed / "data" / name) for name in paths.DATA_FILES}
    assert found["lexicon"] == found["data"]["topics.toml"]
    # the outlets resolved through the packaged registry, as the gold table has them
    assert found["turns"] == 42
    assert {"afp", "dw|npr", "reuters", "ntv-tr"} <= set(found["outlets"])
    # and the command the wheel installs runs too
    info = subprocess.run([venv / "bin" / "presslib", "info", str(paths.DEFAULT_TRANSCRIPT)],
                          cwd=elsewhere, check=True, capture_output=True, text=True)
    assert "unknown       none" in info.stdout

