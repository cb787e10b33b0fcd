"""The design data files ship in the wheel: pyproject's package-data globs cover each of them."""

import fnmatch
import tomllib
from pathlib import Path

import presslib

ROOT = Path(__file__).parents[2]


def test_package_data_covers_every_design_file():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["presslib"]
    folder = Path(presslib.__file__).parent / "data" / "design"
    files = [p.relative_to(folder.parents[1]).as_posix() for p in folder.iterdir() if p.is_file()]
    assert files
    assert [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []
