"""Every module imports on its own, with no presslib module loaded before it: no import cycle
hides behind the order in which other modules happen to be imported. (One interpreter forgets
every presslib module before importing the next; the libraries presslib uses stay loaded, which
saves their import time and changes nothing for presslib's own order.)"""

import json
import pkgutil
import subprocess
import sys

import pytest

import presslib

MODULES = sorted(m.name for m in pkgutil.walk_packages(presslib.__path__, "presslib."))


_EACH_ALONE = """
import importlib, json, sys, traceback
failed = {}
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "presslib" or m.startswith("presslib.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed[name] = traceback.format_exc().strip().splitlines()[-1]
print(json.dumps(failed))
"""


def test_the_packages_are_found():
    for package in ("topics", "floor", "answers", "discourse", "design", "plots", "report", "parse", "io"):
        assert f"presslib.{package}" in MODULES
    assert len(MODULES) > 50


def test_every_module_imports_alone():
    done = subprocess.run([sys.executable, "-c", _EACH_ALONE, *MODULES], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == {}


def test_the_check_catches_a_cycle(tmp_path):
    # two modules that import a name from each other: importing either first fails
    pkg = tmp_path / "cyc"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import B\nA = 1\n")
    (pkg / "b.py").write_text("from .a import A\nB = 2\n")
    code = _EACH_ALONE.replace('m == "presslib" or m.startswith("presslib.")', 'm == "cyc" or m.startswith("cyc.")')
    done = subprocess.run([sys.executable, "-c", code, "cyc.a", "cyc.b"], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    failed = json.loads(done.stdout)
    assert set(failed) == {"cyc.a", "cyc.b"} and "partially initialized" in failed["cyc.a"]


def test_importing_presslib_loads_no_plotting_or_modelling_library():
    code = ("import sys, presslib; "
            "print(sorted(m for m in ('matplotlib', 'nltk', 'sklearn', 'wordcloud', 'nbformat') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_parsing_loads_no_analysis_package():
    # the parser sits below the analyses: it shares the design cue list's repair phrases
    # through presslib.repairs (a data file), not by importing presslib.design
    code = ("import sys, presslib; "
            "presslib.parse_text('Ann Host: Can you repeat that?\\nBob Boss: Yes, the budget passes.\\n'); "
            "print(sorted(m for m in sys.modules if m.startswith(('presslib.design', 'presslib.answers', "
            "'presslib.topics', 'presslib.plots', 'presslib.report'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
