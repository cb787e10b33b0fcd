"""Every module imports on its own, in a fresh interpreter: no import cycle hides behind the
order in which other modules happen to be imported."""

import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import presslib

MODULES = sorted(m.name for m in pkgutil.walk_packages(presslib.__path__, "presslib."))


def _import_alone(module: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    return module, done.stderr.strip().splitlines()[-1] if done.returncode else ""


def test_the_packages_are_found():
    for package in ("topics", "floor", "answers", "discourse", "design", "plots", "report", "parse", "io"):
        assert f"presslib.{package}" in MODULES
    assert len(MODULES) > 50


@pytest.mark.slow
def test_every_module_imports_alone_in_a_fresh_interpreter():
    with ThreadPoolExecutor() as pool:
        failed = {m: err for m, err in pool.map(_import_alone, MODULES) if err}
    assert failed == {}


def test_importing_presslib_loads_no_plotting_or_modelling_library():
    code = ("import sys, presslib; "
            "print(sorted(m for m in ('matplotlib', 'nltk', 'sklearn', 'wordcloud', 'nbformat') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
