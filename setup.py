"""The one build step pyproject.toml cannot state stably: presslib's C module.

``presslib._textscan`` counts words, sentences and questions (see ``src/presslib/text.py``,
which holds the same counts in numpy). It is optional: where no C compiler is at hand the
install goes on without it, and the numpy counts serve instead.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("presslib._textscan", ["src/presslib/_textscan.c"], optional=True)])
