"""A hand-made conference for the floor's tests: three exchanges, a call that names another
outlet, and a call that was not taken up."""

import pytest

from presslib import parse_text

MINI = """Secretary General Ann Smith:
Good morning. I am ready for your questions.

Jane Doe, Spokesperson:
Daily Planet first.

Clark Kent, Daily Planet:
Is it a bird?

Secretary General Ann Smith:
No.

Jane Doe, Spokesperson:
Reuters.

Lois Lane, AP:
Is it a plane?

Secretary General Ann Smith:
No.

Jane Doe, Spokesperson:
The Guardian.

Secretary General Ann Smith:
And it is not a balloon either.

Jane Doe, Spokesperson:
The Guardian, at the back.

Pat Roe, Guardian:
So what is it?

Secretary General Ann Smith:
Superman.

Jane Doe, Spokesperson:
Thank you all.
"""

@pytest.fixture(scope="module")
def mini_turns():
    """The turns table of :data:`MINI`, ``doc_id`` "mini"."""
    return parse_text(MINI, doc_id="mini").turns
