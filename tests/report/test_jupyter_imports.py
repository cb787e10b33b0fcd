"""Reading notebooks without compiling rfc3987_syntax's grammars (run.skip_iri_grammar)."""

import subprocess
import sys

_PROBE = """
import sys
{before}
from presslib.report.run import skip_iri_grammar
skip_iri_grammar()
import nbformat
nb = nbformat.read("{notebook}", as_version=4)
nbformat.validate(nb)  # notebooks are still validated
print(repr(sys.modules.get("rfc3987_syntax", "absent")))
"""


def _probe(before=""):
    from presslib.report import list_notebooks

    code = _PROBE.format(before=before, notebook=list_notebooks()[0].as_posix())
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_nbformat_validates_without_the_iri_grammar():
    assert _probe() == "None"  # marked absent: its import was never run


def test_nothing_changes_once_jsonschema_is_imported():
    loaded = _probe("import jsonschema")
    assert loaded != "None"  # what jsonschema found (the module, or 'absent' where not installed)
