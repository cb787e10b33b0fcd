"""Who asked, read from the words: hand-checked cases."""

import pytest

import presslib
from presslib.parse.attribution import attribute, follows_up, gives_floor, last_sentence, person_called, stated

from .test_people import ROOM


@pytest.mark.parametrize("text, name, outlet, evidence", [
    ("Thank you, Karine. Jeff Mason, Reuters. Mr. President said...",
     "Jeff Mason", "Reuters", "Jeff Mason, Reuters"),
    ("We'll go to Judy Woodruff from PBS.", "Judy Woodruff", "PBS", "Judy Woodruff from PBS"),
    ("Thank you very much. Thomas Gutschker, Frankfurter Allgemeine Zeitung. Secretary General",
     "Thomas Gutschker", "Frankfurter Allgemeine Zeitung",
     "Thomas Gutschker, Frankfurter Allgemeine Zeitung"),
    ("Reuters, Jeff Mason.", "Jeff Mason", "Reuters", "Reuters, Jeff Mason"),
    ("Mary O'Donnell of the Associated Press.",
     "Mary O'Donnell", "Associated Press", "Mary O'Donnell of the Associated Press"),
    ("Anna Costa with F.A.Z., a question", "Anna Costa", "F.A.Z", "Anna Costa with F.A.Z"),
    ("Deutsche Welle, NPR.", "Deutsche Welle", "NPR", "Deutsche Welle, NPR"),  # rule of thumb
    ("Jeff Mason, Associated Preß",
     "Jeff Mason", "Associated Preß", "Jeff Mason, Associated Preß"),
    ("Thank you, Mr. President.", "", "", ""),
    # a self-introduction in a sentence of its own names an outlet the registry lacks
    ("Thank you.  Chris Smyth from The Times.  Prime Minister, you've made clear",
     "Chris Smyth", "The Times", "Chris Smyth from The Times"),
    ("(Laughs.)  Yeah.\n\nLaura Barrón-López with the PBS NewsHour.  All over the country",
     "Laura Barrón-López", "PBS NewsHour", "Laura Barrón-López with the PBS NewsHour"),
    # ... after an interjection (Biden-Albanese, 25 October 2023; a briefing of 12 March 2021)
    ("Yeah, Geoff Chambers from The Australian.  Prime Minister, a question",
     "Geoff Chambers", "The Australian", "Geoff Chambers from The Australian"),
    ("Hi, Eric Philips with CBN News.  Thanks for taking my questions.",
     "Eric Philips", "CBN News", "Eric Philips with CBN News"),
    ("I spoke to John Smith from Acme Corp about it.", "", "", ""),  # mid-sentence: not one
    ("Indeed, John Smith from Acme Corp.", "", "", ""),  # after a word that is no interjection
    ("Thank You, Reuters", "", "", ""),  # a courtesy is no name
    ("Jeff Mason, Daily Planet", "", "", ""),  # not in the registry
    ("Anna Dąbrowski, AFP. Just two issues", "", "", ""),  # "ą" is no name letter
    ("Sonumut from NTV Türkiye.", "", "", ""),  # one word is no name
    ("John Smith of Jane Doe from Reuters", "", "", ""),  # the first match hides the second
    ("", "", "", ""),
])
def test_stated_hand_checked(text, name, outlet, evidence):
    assert stated(text) == (name, outlet, evidence)


@pytest.mark.parametrize("text, expected", [
    ("That's what we'll do. Go ahead, Zeke.", "Go ahead, Zeke."),
    ("Thank you. Reuters.", "Reuters."),
    ("Do you believe that..?", "Do you believe that..?"),
    ("One. Two? ", "Two?"),
    ("a.x? \u2003.", "."),
    ("", ""),
])
def test_last_sentence_hand_checked(text, expected):
    assert last_sentence(text) == expected


def test_gives_floor_with_the_name_after_the_call():
    # the name in a sentence of its own after the call; a colleague's name after "Dr." is a
    # hand-over, not a call
    assert gives_floor("The next question from — from the PBS NewsHour.  Laura.")
    assert not gives_floor("With that, I'll turn things over to Dr.\xa0 Fauci.")
    assert not gives_floor("We are in lockstep.  Laura.")


def test_gives_floor_hand_checked():
    texts = ["Go ahead, Zeke.", "We will see.", "Reuters.", "Yes, in the back.", "Okay, thanks.",
             "Yeah.", "Yes?", "And with that, I'll turn the call over to Satya.",
             "Operator, next question, please."]
    assert [gives_floor(t) for t in texts] == [True, False, True, True, True, False, True, True, True]


@pytest.mark.parametrize("text, expected", [
    ("So less comfortable than Christmas Island?", True),  # starts as a follow-up does
    ("What's a sort of realistic timeframe?", True),  # short
    ("What about avenues of appeal, their applications?", True),
    ("How did you choose those particular men, and what do they know of Nauru?", False),
    ("Karine, do you have new intel that caused the President to ratchet up the level of concern?", False),
])
def test_follows_up_hand_checked(text, expected):
    # the questions of tests/data/real/australia-immigration and tests/data/real/whitehouse
    assert follows_up(text) is expected


def test_attribute_hand_checked_sequence_of_q_turns():
    # Q#1 is named by the call before it, and its follow-up (no floor given in between) inherits
    # that name without the call being read again; Reuters' call opens Q#2, whose next turn
    # states name and outlet itself.
    names = ["MS. SMITH", "Q", "MS. SMITH", "Q", "MS. SMITH", "Q", "Q"]
    roles = ["principal", "journalist", "principal", "journalist", "principal", "journalist",
             "journalist"]
    texts = ["Good afternoon. Go ahead, Jeff.", "Thanks. Two questions on trade.", "We will see.",
             "And on tariffs?", "Reuters, Jeff Mason.", "Thank you. On China, will you?",
             "Jeff Mason, Reuters. A follow-up."]
    out, ids = attribute(names, roles, texts, collective=[n == "Q" for n in names],
                         anonymous=[False] * 7)
    assert [tuple(a) for a in out] == [
        ("", "", "", ""),
        ("Jeff", "", "call", "Go ahead, Jeff."),
        ("", "", "", ""),
        ("Jeff", "", "exchange", "Go ahead, Jeff."),
        ("", "", "", ""),
        ("Jeff Mason", "Reuters", "call", "Reuters, Jeff Mason"),
        ("Jeff Mason", "Reuters", "question", "Jeff Mason, Reuters"),
    ]
    assert ids == ["", "Q#1", "", "Q#1", "", "Q#2", "Q#2"]


def test_attribute_hand_checked_numbered_voice_keeps_its_name():
    # "Speaker 4" is named by the host's call once; its later turn, after a call that names no
    # one, takes the name from the same label.
    names = ["Host", "Speaker 4", "Ana Lima", "Host", "Speaker 4"]
    roles = ["moderator", "journalist", "principal", "moderator", "journalist"]
    texts = ["We go to Paul Smith from PBS.", "Thank you. Why now?", "Because.", "Next question.",
             "And then?"]
    out, ids = attribute(names, roles, texts, collective=[False] * 5,
                         anonymous=[n.startswith("Speaker") for n in names])
    assert [tuple(a) for a in out] == [
        ("", "", "", ""),
        ("Paul Smith", "PBS", "call", "Paul Smith from PBS"),
        ("", "", "", ""),
        ("", "", "", ""),
        ("Paul Smith", "PBS", "same label", "Paul Smith from PBS"),
    ]
    assert ids == ["", "Speaker 4", "", "", "Speaker 4"]


def test_attribute_asker_who_names_themselves_after_a_quip():
    # (the Biden-Sunak press conference, 8 June 2023) the reporter's "Thank you" and, after the
    # president's joke about the microphone, her question: one asker, named by the second turn
    names = ["PRESIDENT", "Q", "PRESIDENT", "Q", "PRESIDENT"]
    roles = ["principal", "journalist", "principal", "journalist", "principal"]
    texts = ["We are in lockstep.", "Thank you, Mr. President.",
             "I think you're going to steal the mic.  That's why they're —",
             "(Laughs.)  Yeah, they're holding on to it.\n\nLaura Barrón-López with the PBS "
             "NewsHour.  All over the country, laws are passing.  What do you say to them?",
             "Let me answer."]
    out, ids = attribute(names, roles, texts, collective=[n == "Q" for n in names],
                         anonymous=[False] * 5)
    assert ids == ["", "Q#1", "", "Q#1", ""]
    assert [a.name for a in out] == ["", "Laura Barrón-López", "", "Laura Barrón-López", ""]
    assert [a.source for a in out] == ["", "exchange", "", "question", ""]


def test_attribute_reply_to_the_answerer_s_question_is_the_same_asker():
    # the answerer asks to hear the question again: the reporter's reply is no new question
    names = ["Q", "PM", "Q", "PM", "Q"]
    roles = ["journalist", "principal", "journalist", "principal", "journalist"]
    texts = ["Chris Smyth, Reuters. Is the era of globalisation over? And is it time for a "
             "British Secretary General?", "What's the last part of your question?  I'm sorry.",
             "Is it time for a British NATO Secretary General?",
             "Maybe.  That remains to be seen, and it will be decided by the Allies together.",
             "How will you vote on the new trade rules this autumn in the Senate?"]
    _, ids = attribute(names, roles, texts, collective=[n == "Q" for n in names],
                       anonymous=[False] * 5)
    # the last: a long question after an answer that asks nothing back is someone else's
    assert ids == ["Q#1", "", "Q#1", "", "Q#2"]


def test_an_anonymous_question_that_announces_itself_after_a_long_answer_is_a_new_asker():
    # Kremlin labels every journalist "Question"; the second turn here asks without a question
    # mark, so nothing was asked yet, and the third announces a question of its own after a
    # long answer: a new journalist (worked out by reading; "a question for both leaders")
    import presslib

    answer = "We discussed trade at length. " * 10  # 50 words
    text = ("Vladimir Putin: Good afternoon. We held talks today.\n\n"
            "Question: What did you agree on today?\n\n"
            f"Vladimir Putin: {answer}\n\n"
            "Question: My question concerns trade between our countries. Thank you.\n\n"
            f"Vladimir Putin: {answer}\n\n"
            "Question: Syria has been mentioned, and so I have a question for both leaders. What is your view?\n\n"
            f"Vladimir Putin: {answer}\n")
    turns = presslib.parse_text(text).turns
    assert turns["kind"].tolist() == ["statement", "question", "answer", "question", "answer", "question", "answer"]
    # "I have a follow-up question" pursues the same point
    followed = presslib.parse_text(text.replace("and so I have a question for both leaders",
                                                "and I have a follow-up question")).turns
    assert followed["kind"].tolist()[5] == "follow_up"


# Calls from the White House briefings (2021-2024), each read by hand: the first name the press
# secretary gives the floor to, or "" where the sentence calls no one by name.
@pytest.mark.parametrize("call, name", [
    ("Go ahead, Zeke.", "Zeke"),
    ("Yes, April?", "April"),
    ("Jeff, go ahead.", "Jeff"),
    ("Go ahead, Jean-Pierre.", "Jean-Pierre"),
    ("Go ahead, Jacqui and then Franco.", "Jacqui"),
    ("All right, go ahead, Phil —  ", "Phil"),
    ("Go ahead, Tyler and then Karen (inaudible).", "Tyler"),
    ("Go ahead, Justin \\[Jordan\\].", "Justin"),
    ("Oh, go ahead.", ""),  # an interjection, not a name
    ("Yeah, go ahead.", ""),
    ("No, go ahead.", ""),
    ("Please, go ahead.", ""),
    ("Okay.  Give — go ahead.", ""),
    ("Go ahead, Za- — Zeke.", ""),  # a name cut off is no name (and Zeke follows no call word)
    ("Go ahead, St- — oh.", ""),
    ("that we’re going to continue to make sure Ukraine has.", ""),  # "sure" is no call
    ("it is — we have to make sure Congress acts.", ""),
    ("But, yes, Hamas —", ""),
    ("But, yeah, Dodgers or Mets.", ""),
    ("I’m sure Peter was excited about that.", ""),
    ("Okay, Everyone.", ""),  # a greeting, an office: no one's name
    ("Okay, Everybody.", ""),
    ("Yes, Senator.", ""),
    ("Go ahead, Senator.", ""),
])
def test_the_first_name_a_call_gives_hand_checked(call, name):
    from presslib.parse.attribution import _called_name

    assert _called_name(call) == name


def test_an_interjection_after_the_call_still_gives_the_floor():
    assert gives_floor("Go ahead.  Sorry.") and gives_floor("Sure, go ahead.  Sure.")
    assert not gives_floor("Yep.") and not gives_floor("We will see.  Yep.")


@pytest.mark.parametrize("text, name", [  # from the White House briefings, read by hand
    ("Hi, Jen. \xa0It’s Vanessa Tyler from the Black Information Network.", "Vanessa Tyler"),
    ("Is Sheryl Stolberg, New York Times.", "Sheryl Stolberg"),
    ("Hi. I’m Kelsey Snell with NPR. Thanks.", "Kelsey Snell"),
])
def test_a_self_introduction_names_the_person_not_the_lead_in(text, name):
    assert stated(text)[0] == name


@pytest.mark.parametrize("text, name, outlet", [
    # shapes of the calls that close a principal's answer (Biden-Albanese, 25 October 2023;
    # Biden-Kishida, 10 April 2024; Biden-Merkel, 15 July 2021)
    ("That's where we are.  Thank you.\n\nMr. Garrison, USA Today.", "Mr. Garrison", "USA Today"),
    ("Okay.\n\nPBS.  Ms. — Ms. Lopez.", "Ms. Lopez", "PBS"),
    ("(As interpreted.)  Mr. Shimizu, please.", "Mr. Shimizu", ""),
    ("We'll see.\n\nMs. Leonard of Bloomberg.", "Ms. Leonard", "Bloomberg"),
    ("It will be close.  Dr. Ng.", "Dr. Ng", ""),
    ("Good.  Jennifer Jacobs, Bloomberg.", "Jennifer Jacobs", "Bloomberg"),
    # a first name with a registry outlet (COVID-19 team briefings, 2021; a press conference of
    # 19 January 2022), and a first name after the call in full (Harris-Lee, 23 August 2021)
    ("Yep.  Zeke, AP.", "Zeke", "AP"),
    ("I apologize.\n\nAurelia of AFP.", "Aurelia", "AFP"),
    ("It depends.\n\nJosh, of Bloomberg.", "Josh", "Bloomberg"),
    ("The next question will come from Nandita Bose from Reuters.\n\nNandita.", "Nandita Bose", "Reuters"),
    # not calls: a courtesy, an office, a whole sentence that is more than a name, a name in
    # full without a registry outlet ("Federal Reserve.", "North Korea?" are as name-shaped)
    ("It will pass.  Thank you, Mr. President.", "", ""),
    ("And that is what I told Mr. President.", "", ""),
    ("Mr. Prime Minister.", "", ""),
    ("Madam Vice President.", "", ""),
    ("I spoke to Mr. Smith yesterday.", "", ""),
    ("Federal Reserve.", "", ""),
    ("North Korea?", "", ""),
    ("Happy Thanksgiving, Everyone.", "", ""),
    ("Yeah, Bloomberg.", "", "Bloomberg"),  # an outlet's call: the floor to Bloomberg, no one named
    ("Zeke, Everyone.", "", ""),  # a first name needs a registry outlet
    ("Nandita.", "", ""),  # (a bare first name, alone, is gives_floor's, after a call)
    ("Next, CNN.", "", "CNN"),  # words that open a call are no one's name; the outlet is called
    ("Finally, Bloomberg.", "", "Bloomberg"),
    ("Great, Reuters.", "", "Reuters"),
    ("Lastly, AP.", "", "AP"),
    ("Last, AP.", "", "AP"),
    ("Hi, AP.", "", "AP"),
    # a courtesy after a titled name is no outlet: "Please" leaves the call, "Thanks" is none
    # (as "Ms. Psaki, thanks." is none)
    ("That is all.  Ms. Lopez, Please.", "Ms. Lopez", ""),
    ("Ms. Lopez, PBS, please.", "Ms. Lopez", "PBS"),
    ("Ms. Psaki, Thanks.", "", ""),
    ("Ms. Psaki, thanks.", "", ""),
    ("Mr. Smith, Sorry.", "", ""),
])
def test_person_called_hand_checked(text, name, outlet):
    found = person_called(text)
    assert found[:2] == (name, outlet)
    assert found[2] in text and bool(found[2]) == bool(name or outlet)  # the words as printed ("\n\n", "  ")


def test_an_outlet_called_after_an_opener_opens_an_exchange():
    # "Next, CNN." gives the floor to an outlet: the next Q asks anew, from CNN, unnamed
    t = presslib.parse_text(JOINT.replace("All of them.  PBS.  Ms. — Ms. Lopez.", "All of them.  Next, CNN.")).turns
    assert t["kind"][5] == "question" and t["exchange"][5] == 2
    assert (t["speaker"][5], t["affiliation"][5]) == ("Q", "CNN")


def test_person_called_leaves_out_those_with_labels_of_their_own():
    # "Dr. Fauci?" hands over to a colleague who speaks as DR. FAUCI
    from presslib.parse.attribution import label_names

    labels = label_names(["DR. FAUCI", "PRIME MINISTER LEE", "Q"], [False, False, True], [False] * 3)
    assert labels == {"dr. fauci", "lee"}
    assert label_names(["DR. ANTHONY FAUCI"], [False], [False]) == {"dr. anthony fauci", "dr. fauci"}
    assert person_called("That is the plan.  Dr. Fauci?", others=labels) == ("", "", "")
    assert person_called("That is the plan.  Dr. Fauci?")[0] == "Dr. Fauci"
    # a label's name counts whole: PRIME MINISTER LEE is not the "Ms. Lee" a call names
    assert person_called("Thank you.  Ms. Lee, Straits Times.", others=labels)[:2] == ("Ms. Lee", "Straits Times")


JOINT = (
    "Remarks by President Smith and Prime Minister Jones in Joint Press Conference\n\n"
    "PRESIDENT SMITH:  Good afternoon.  The Prime Minister and I agreed on trade and on defence "
    "today, and we will meet again in the spring.  We'll take a few questions.\n\n"
    "Mr. Garrison, USA Today.\n\n"
    "Q    Thank you, Mr. President.  Will the tariffs go?\n\n"
    "PRESIDENT SMITH:  They will go by the summer, all of them, and both our countries will be "
    "better for it.\n\n"
    "Q    All of them?\n\n"
    "PRESIDENT SMITH:  All of them.  PBS.  Ms. — Ms. Lopez.\n\n"
    "Q    Prime Minister, what did you give up in return?\n\n"
    "PRIME MINISTER JONES:  Nothing at all: it is a good deal for both of us, and our farmers "
    "will sell more than they did.  Thank you, Mr. President.\n\n"
    "Q    Mr. President, on the budget, will the Congress pass it before the recess in August?\n\n"
    "PRESIDENT SMITH:  The Congress will pass it next week.\n\n"
)


def test_a_principal_s_call_names_the_next_asker_and_stays_an_answer():
    t = presslib.parse_text(JOINT).turns
    assert t["role"].tolist() == ["principal", "journalist", "principal", "journalist", "principal",
                                  "journalist", "principal", "journalist", "principal"]
    assert t["kind"].tolist() == ["statement", "question", "answer", "follow_up", "answer", "question",
                                  "answer", "question", "answer"]
    assert t["exchange"].tolist() == [0, 1, 1, 1, 1, 2, 2, 3, 3]
    # the called turns are named; a follow-up is not (it may be someone else's shouted
    # question), and "Thank you, Mr. President." calls no one
    assert t["speaker"].tolist()[1::2] == ["Mr. Garrison", "Q", "Ms. Lopez", "Q"]
    assert t["affiliation"].tolist()[1::2] == ["USA Today", "", "PBS", ""]
    assert t["outlet"][5] == "pbs"


@pytest.mark.parametrize("call", ["Yeah, go ahead.", "Sure, go ahead.", "Please, go ahead.", "Sorry, go ahead."])
def test_an_interjection_before_go_ahead_names_no_one(call):
    # (the White House briefings named 116 Q turns "Yeah", "Yep", "Sure", "Please" or "Sorry")
    out, ids = attribute(["MS. SMITH", "Q"], ["principal", "journalist"], ["We will see. " + call, "Thanks."],
                         collective=[False, True], anonymous=[False, False])
    assert out[1].name == "" and ids[1] == "Q#1"
    named, _ = attribute(["MS. SMITH", "Q"], ["principal", "journalist"], ["We will see. Jeff, go ahead.", "Thanks."],
                         collective=[False, True], anonymous=[False, False])
    assert named[1].name == "Jeff"


def test_a_follow_up_that_names_someone_else_is_a_new_asker_and_keeps_the_call_s_name():
    # the call named Mr. Garrison; "Jim Acosta, CNN." is another journalist, not his fuller name
    t = presslib.parse_text(JOINT.replace("Q    All of them?", "Q    Jim Acosta, CNN.  All of them?")).turns
    assert t["speaker"].tolist()[1::2] == ["Mr. Garrison", "Jim Acosta", "Ms. Lopez", "Q"]
    assert t["affiliation"].tolist()[1:4:2] == ["USA Today", "CNN"]
    assert t["kind"].tolist()[1::2] == ["question", "question", "question", "question"]
    assert t["exchange"].tolist() == [0, 1, 1, 2, 2, 3, 3, 4, 4]


@pytest.mark.parametrize("call, first", [
    ("Go ahead, Jeff.", "Jeff"),  # a first name from the call
    ("We will go to Judy Woodruff from PBS.", "Judy Woodruff"),  # a name and outlet stated
])
def test_another_name_after_any_named_asker_is_a_new_asker_not_a_follow_up(call, first):
    # a follow-up is the same journalist again (DESIGN.md): "Jim Acosta, CNN." is not Jeff
    text = JOINT.replace("Mr. Garrison, USA Today.", call).replace(
        "Q    All of them?", "Q    Jim Acosta, CNN.  All of them?")
    t = presslib.parse_text(text).turns
    assert t["speaker"].tolist()[1:4:2] == [first, "Jim Acosta"]
    assert t["kind"].tolist()[1:4:2] == ["question", "question"] and t["exchange"].tolist()[1:4] == [1, 1, 2]


def test_a_stated_name_is_the_called_person_s_when_a_first_or_last_word_matches():
    from presslib.parse.attribution import _same_person

    assert _same_person("Tom Garrison", "Mr. Garrison") and _same_person("Zeke Miller", "Zeke")
    assert not _same_person("Jim Acosta", "Mr. Garrison") and not _same_person("Mr. Garrison", "Ms. Lopez")


# test_people's press conference with an aide asking for a repeat, its first asker named
REPAIRED = ROOM.replace("Thank you, Mr. President.", "Jeff Mason, Reuters.")


def test_attribution_table_agrees_with_the_turns_table_after_a_room_label_s_repair():
    from presslib.parse.attribution import attribution_table

    # the aide's "Could you repeat the question?" is a bystander's: the Q after it is Jeff
    # Mason's follow-up in the turns table, and so it must be in the attribution table
    t = presslib.parse_text(REPAIRED).turns
    assert t["speaker"][4] == "Jeff Mason" and t["kind"][4] == "follow_up"
    table = attribution_table(t)
    assert table["turn"].tolist() == [1, 4, 6]
    assert table["name"].tolist() == ["Jeff Mason", "Jeff Mason", ""]
    assert table["source"].tolist() == ["question", "exchange", "none"]
    joined = table.merge(t, on=["doc_id", "turn"], suffixes=("", "_t"))
    named = joined[joined["name"] != ""]
    assert (named["name"] == named["speaker_t"]).all()
    assert (named["outlet_printed"] == named["affiliation"]).all()


CALLED = (
    "Remarks by President Smith in a Press Conference\n\n"
    "THE PRESIDENT:  Good afternoon.  We met today to talk about trade and the budget, and we "
    "agreed on a plan for both.  I'll take a few questions.\n\n"
    "Q    Will the budget pass this year, Mr. President?\n\n"
    "THE PRESIDENT:  It goes to the Congress next week, and I expect it to pass before the "
    "summer, with the votes of both parties.\n\n"
    "THE PRESIDENT:  {call}\n\n"
    "Q    Why did the trade talks fail last year?\n\n"
    "THE PRESIDENT:  They did not fail: they took longer than we hoped.\n\n"
)


@pytest.mark.parametrize("call, kind, speaker", [
    # a turn that only names the next asker gives the floor as "Go ahead, Lopez." does
    ("Go ahead, Lopez.", "call", "Lopez"),
    ("Zeke, AP.", "call", "Zeke"),
    ("Ms. Lopez, PBS.", "call", "Ms. Lopez"),
    ("Thank you.  Mr. Garrison, USA Today.", "call", "Mr. Garrison"),
    # ... and an answer that ends by naming them stays an answer
    ("We will see about that, and soon.  Ms. Lopez, PBS.", "answer", "Ms. Lopez"),
])
def test_a_turn_that_only_names_the_next_asker_is_a_call(call, kind, speaker):
    t = presslib.parse_text(CALLED.format(call=call)).turns
    assert t["kind"].tolist()[3:5] == [kind, "question"]
    assert t["exchange"].tolist()[3:5] == ([2, 2] if kind == "call" else [1, 2])
    assert t["speaker"][4] == speaker
