"""A short run of the fuzz target (``python -m tests.fuzz`` runs it for as long as you like),
and the inputs it found that once broke the parser."""

import pytest
from hypothesis import HealthCheck, given, settings

from .target import check, inputs

# Inputs the fuzz target found, each once a failure (shrunk by hypothesis, then by hand).
FOUND = {
    # three labels without text before a fourth were set aside as a list of participants, and
    # every later turn took the label of the turn before it
    "a list of labels mid-document": b"TITLE\n\n ANNA BERG:\n MAX DELANY:\n JEN PSAKI:\n"
        b" PRIME MINISTER:\n\n Ladies and gentlemen.\n\n JOURNALIST:\n\n A comment on the UN?\n\n"
        b" PRIME MINISTER:\n\n I think so.\n",
    # one label repeated four times and its text were set aside as a list and its footer
    "one label four times at the end": b"Q:\nA question?\n\nPRIME MINISTER:\nPRIME MINISTER:\n"
        b"PRIME MINISTER:\nPRIME MINISTER:\nWars are dangerous.\n\nAnd also on the day of the invasion.\n",
    # a label glued to a sentence before the first turn split a header line in two
    "a glued label before any turn": b"pulling the pin?<br />\nP34: I think that would be right.<br />\n"
        b"close. JOURNALIST: Are you confident on Antarctica, Sir?<br />\nPM: Well I think so.<br />\n"
        b"JOURNALIST: Why?<br />\nPM: Because.<br />\n",
    # a glued label in a list of labels at the end was set aside, splitting its line
    "a glued label in a trailing list": b"Q\nYes. NATO:\nQ\nNATO:",
    # Python's HTML parser raised AssertionError on a broken '<![' (a marked section)
    "a broken marked section": b'<!doctype html> <!--[if IE 7 ]> <html lang="en"> <![e\n</script></head> <body>'
        b"<p>Q: Why?</p><p>PM: Because.</p><p>Q: Really?</p><p>PM: Yes.</p></body>",
    "a marked section cut at a line end": b'<!doctype html> <html lang="en"> <![\n</script></head> <body>'
        b"<p>Q: Why?</p><p>PM: Because.</p><p>Q: Really?</p><p>PM: Yes.</p></body>",
    # a list of participants and nothing else parsed as a transcript with no turns
    "only a list of participants": b"\nThank you. [Operator signoff]\n\nDuration: 0 minutes\n\n"
        b"Call participants:\n\nKatherine McCracken--Senior Manager, Investor Relations\n\n"
        b"Frank Slootman--Chairman\n\nSridhar Ramaswamy--Chief Executive Officer",
}


@pytest.mark.parametrize("name", FOUND)
def test_inputs_the_fuzzer_found(name):
    check(FOUND[name])


def test_labels_keep_their_turns_after_a_list_of_labels():
    t = check(FOUND["a list of labels mid-document"])
    assert t.turns["label"].str.strip().tolist() == ["PRIME MINISTER:", "JOURNALIST:", "PRIME MINISTER:"]
    assert t.turns["text"].str.strip().tolist() == ["Ladies and gentlemen.", "A comment on the UN?", "I think so."]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(inputs())
def test_fuzz_short_run(data):
    check(data)
