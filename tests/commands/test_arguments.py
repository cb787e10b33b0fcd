"""The arguments subcommands share: every one that reads transcripts takes the same ones."""

import pytest

from presslib.cli import COMMANDS, build_parser, main
from presslib.paths import DEFAULT_TRANSCRIPT as NATO

READ_FILES = ("parse", "check", "info", "topics", "outlets", "questions", "exchanges")


def _subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def _options(name):
    return {o for a in _subparsers()[name]._actions for o in a.option_strings}


def test_every_command_that_reads_transcripts_takes_the_transcript_options():
    readers = [n for n in COMMANDS if "--convention" in _options(n)]
    assert sorted(readers) == sorted([*READ_FILES, "report"])
    for name in readers:
        assert "--conventions" in _options(name), name  # (--convention chose them)
    assert "--conventions" in _options("conventions")


@pytest.mark.parametrize("name", READ_FILES)
def test_help_says_which_files_are_read(name):
    text = _subparsers()[name].format_help()
    assert "text, HTML, XML or PDF" in " ".join(text.split())
    assert "UTF-8" not in text


@pytest.mark.parametrize("name", ["topics", "outlets", "questions", "exchanges", "info", "check"])
def test_the_transcript_options_reach_the_parser(name, capsys):
    assert main([name, str(NATO), "--convention", "no-such-convention"]) in (1, 2)
    out = capsys.readouterr()
    assert "unknown convention 'no-such-convention'" in out.err + out.out


@pytest.mark.parametrize("name", ["topics", "questions", "exchanges", "outlets"])
def test_a_forced_convention_reads_the_transcript(name, capsys):
    assert main([name, str(NATO), "--convention", "nato"]) == 0
    assert capsys.readouterr().out.count("\n") > 1  # a header and rows


def test_report_passes_the_vector_format_on_and_refuses_others(monkeypatch, capsys):
    import presslib.report

    seen = {}
    monkeypatch.setattr(presslib.report, "run_report", lambda **kwargs: seen.update(kwargs))
    assert main(["report", "--only", "00", "--vector", "svg"]) == 0
    assert seen["vector"] == "svg" and [p.stem for p in seen["notebooks"]] == ["00-overview"]
    assert main(["report", "--only", "00"]) == 0 and seen["vector"] is None
    with pytest.raises(SystemExit):
        main(["report", "--vector", "eps"])
    assert "invalid choice: 'eps'" in capsys.readouterr().err
