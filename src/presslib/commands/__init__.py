"""Subcommands of the ``presslib`` command line, one module each (see :mod:`presslib.cli`)."""
