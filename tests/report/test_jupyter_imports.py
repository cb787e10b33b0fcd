"""Reading notebooks without compiling rfc3987_syntax's grammars (run.skip_iri_grammar)."""

import subprocess
import sys

_PROBE = """
import sys
{before}
from presslib.report.run import skip_iri_grammar
skip_iri_grammar()
import jsonschema, nbformat
nb = nbformat.read("{notebook}", as_version=4)
nbformat.validate(nb)  # notebooks are still validated
print(sys.modules.get("rfc3987_syntax", "absent") is None, "iri" in jsonschema.FormatChecker().checkers)
"""


def _probe(before=""):
    from presslib.report import list_notebooks

    code = _PROBE.format(before=before, notebook=list_notebooks()[0].as_posix())
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_nbformat_validates_without_the_iri_grammar():
    assert _probe() == ["True", "False"]  # the module marked absent, so no IRI checker built


def test_nothing_changes_once_jsonschema_is_imported():
    from importlib import metadata

    try:  # (asked of the installed packages: this test session itself skips the module)
        installed = bool(metadata.version("rfc3987-syntax"))
    except metadata.PackageNotFoundError:
        installed = False
    assert _probe("import jsonschema") == ["False", str(installed)]  # jsonschema as it was


def test_the_library_leaves_the_process_alone(tmp_path):
    # run_report and write_student_copies do not call it: only the commands, in their own process
    code = ("import sys; from presslib.report import write_student_copies; "
            f"write_student_copies(output={str(tmp_path)!r}); print(sys.modules.get('rfc3987_syntax', 'absent') is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
