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
    # an aside of two lines (a list's footer) came back as one line when the body was rebuilt
    "a footer of two lines after a list": b'Derrick Wood--TD Cowen -- Analyst\n\nYeah. OK. It would be interesting to kind of see what t'
        b'he growth rates on just the workloads related to compute is relative to the storage drag. '
        b"Maybe that's something you could give.\n\nBut just how do you feel about ultimately kind of "
        b"getting back to 30% growth longer term? And kind of what's the top one or two critical thi"
        b'ngs that need to take place to get you there?\n\nMike Scarpelli--Chief Financial Officer\n\nI '
        b'would say the biggest thing is the uptick in consumption associated with all the new enhan'
        b'cements we have in our product, in particular, what we could see coming out of Cortex, we '
        b'could see coming out of Snowpark Container Services, and ultimately, what we could see in '
        b'Native App development on our platform.\n\nDerrick Wood--TD Cowen -- Analyst\n\nOK. Thank you.'
        b'\n\nOperator\n\nThank you. Our next question comes from Gray Powell of BTIG. Your line is now '
        b'open. Please go ahead.\n\nGray Powell--BTIG -- Analyst\n\nOK. Great. Thank you for taking the '
        b'question. I just had a quick follow-up on Snowpark.\n\nI think you called out Snowpark at a '
        b'$70 million annual run rate one day back in December. I know that was sort of like a one-d'
        b"ay statistic. But I'm just trying to think through that. I mean, the guide of 3% of revenu"
        b"e for fiscal '25, that's like $95 million, $100 million.\n\nI guess it just seems kind of co"
        b'nservative given that consumption of Snowpark was growing 45% quarter over quarter last qu'
        b'arter. Just how should we think about the level of conservatism on that assumption within '
        b"your guidance?\n\nMike Scarpelli--Chief Financial Officer\n\nWell, what I'm saying is we're gu"
        b'iding it to be 3% of product revenue this year, and you can infer what you want from the g'
        b'uidance.\n\nGray Powell--BTIG -- Analyst\n\nWell, all right then. Thank you very much.\n\nOperat'
        b'or\n\nThank you. We will take no further questions for today. [Operator signoff]\n\nChristian '
        b'Kleinerman--Executive Vice President, Product\n\nTyler Radke--Citi -- Analyst\n\nMike Cikos--N'
        b'eedham and Company -- Analyst\n\nMichael Turrin--Wells Fargo Securities -- Analyst\n\nDerrick '
        b'Wood--TD Cowen -- Analyst\n\nGray Powell--BTIG -- Analyst\nMore SNOW analysis\n\nAll earnings c'
        b'all transcripts',
    "two full stops set aside together": b'QUESTION:\n.\nTHE PRESIDENT:\nQUESTION:\nSpeaker 0:\nSpeaker 0:\n.\n.',
    # U+2028 (a line separator inside a line) is white space to presslib as to str.split, but
    # the check's greedy matching took the header line "Q<U+2028>UESTION:" for the label
    # QUESTION: further on; the header is now compared line for line, and these two stay read
    "a line separator before a label": b"\xe2\x80\xa8Q\n.",
    "a line separator after a label": b"Q\xe2\x80\xa8A\n---",
    "a line separator inside a label": b'Q\xe2\x80\xa8UESTION:\nSpeaker 1:\nSpeaker 0:\nTHE PRESIDENT:\nQUESTION:\nQ\nQ\nthe.',
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
