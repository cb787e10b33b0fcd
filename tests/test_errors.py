"""Bad input: a PresslibError naming the file, the line and what was expected; one line on the CLI."""

import subprocess
import sys

import pytest

import presslib
from presslib.cli import main

CASES = {
    "missing": (None, "no such file"),
    "empty": (b"", "file is empty"),
    "blank": (b"\n  \n\t\n", "file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    # 0x81 is neither UTF-8 nor Windows-1252 (which would read 0xe9 as é, with a warning)
    "undecodable": (b"Title\n\nMax Delany, AFP:\nCaf\x81 au lait?\n", "neither UTF-8 nor Windows-1252"),
    "prose": (b"This is an essay.\n\nIt has paragraphs: but no speakers.\nNone at all.\n", "speaker labels"),
    "csv": (b"turn,speaker,text\n0,Max,Hello\n1,Ann,Hi\n", "speaker labels"),
}


def _write(tmp_path, name, content):
    path = tmp_path / f"{name}.txt"
    if content is not None:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("name", CASES)
def test_api_raises_presslib_error_naming_file(tmp_path, name):
    content, expected = CASES[name]
    path = _write(tmp_path, name, content)
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_transcript(path)
    message = str(info.value)
    assert expected in message
    assert message.startswith(str(path))
    assert "\n" not in message


def test_error_lines_point_at_the_problem(tmp_path):
    path = _write(tmp_path, "u", CASES["undecodable"][0])
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_transcript(path)
    assert info.value.line == 4  # the line with the byte 0x81
    path = _write(tmp_path, "p", b"Title\n\n\nJust prose here.\n")
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_transcript(path)
    assert info.value.line == 1


@pytest.mark.parametrize("name", CASES)
def test_cli_prints_one_line_and_fails(tmp_path, capsys, name):
    content, expected = CASES[name]
    path = _write(tmp_path, name, content)
    for command in (["info", str(path)], ["parse", str(path)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("presslib: ") and expected in err
        assert "Traceback" not in err


def test_cli_no_traceback_in_a_real_process(tmp_path):
    path = _write(tmp_path, "empty", b"")
    proc = subprocess.run([sys.executable, "-m", "presslib.cli", "info", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == f"presslib: {path}: file is empty, expected a transcript\n"


def test_label_like_line_inside_prose_is_text():
    t = presslib.parse_text(
        "Max Delany, AFP:\nHe said: we will see.\nOur message is clear:\nNATO stands.\n"
        "\nJens Stoltenberg:\nYes.\n"
    )
    assert t.turns["speaker"].tolist() == ["Max Delany", "Jens Stoltenberg"]
    assert t.turns.loc[0, "text"] == "He said: we will see.\nOur message is clear:\nNATO stands."
