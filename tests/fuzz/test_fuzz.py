"""A short run of the fuzz target (``python -m tests.fuzz`` runs it for as long as you like),
and the inputs it found that once broke the parser."""

import pytest
from hypothesis import HealthCheck, given, settings

from .target import check, inputs

# Inputs the fuzz target found, each once a failure (shrunk by hypothesis, then by hand).
FOUND = {
    # three labels without text before a fourth were set aside as a list of participants, and
    # every later turn took the label of the turn before it
    "a list of labels mid-document": b"TITLE\n\n PRIME MINISTER:\n PRIME MINISTER:\n PRIME MINISTER:\n"
        b" PRIME MINISTER:\n\n Ladies and gentlemen.\n\n JOURNALIST:\n\n A comment on the UN?\n\n"
        b" PRIME MINISTER:\n\n I think so.\n",
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
