""" "I" in a column or essay is its author, named in a closing biography or a byline: "I laughed
and said, “…”" is the author's. A news story that says "I" only inside quotations has no narrator,
and neither has a first-person piece whose author the page does not name. Invented stories."""

from __future__ import annotations

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.narrator import narrator_name
from tests.annotate.helpers import one, quotes

ESSAY = (
    "I grew up on a farm where nobody trusted the bank. I know what fear of strangers looks like.\n\n"
    "When I was twelve, my uncle told me the town would be gone in ten years. I laughed and said, "
    "“Nobody is going anywhere, the town has a bakery.” He did not speak to me for a week.\n\n"
    "Years later I asked him about it. “I was wrong about the bakery,” he said.\n\n"
)


def test_the_author_of_a_closing_biography_says_what_i_said(annotator: StoryAnnotator) -> None:
    body = ESSAY + "Marisol Keane is a playwright in Providence and teaches at Harlow College."
    assert one(quotes(annotator, body), "Nobody is going anywhere").speaker == "Marisol Keane"


def test_a_byline_names_the_narrator(annotator: StoryAnnotator) -> None:
    body = "By Marisol Keane\n\n" + ESSAY
    assert one(quotes(annotator, body), "Nobody is going anywhere").speaker == "Marisol Keane"


def test_no_author_named_no_narrator(annotator: StoryAnnotator) -> None:
    assert one(quotes(annotator, ESSAY), "Nobody is going anywhere").speaker is None


def test_a_news_story_has_no_narrator() -> None:
    # "I" only inside quotation marks: the closing paragraph about a person is no biography of
    # an author.
    text = (
        "“I saw him run, I heard the shot and I called 911,” a neighbor said.\n\n"
        "Dario Venn is a suspect in the case, police said."
    )
    quoted = range(0, text.index("a neighbor"))
    assert narrator_name(text, {"Dario Venn"}, lambda k: k in quoted) is None
    # the same closing paragraph after first-person narration names the narrator
    narration = "I saw him run. I heard the shot. I called 911.\n\nDario Venn is a nurse in Erie."
    assert narrator_name(narration, {"Dario Venn"}, lambda k: False) == "Dario Venn"


# The narrator's relatives: an essay names them once ("my parents, Walter and Ruth Kessler,"; "my
# brother, Anton,"; "my wife Dana") and then says only "my father", "my brother".
FAMILY = (
    "My parents, Walter and Ruth Kessler, ran a hardware store in Dayton for forty years. "
    "My brother, Anton, still lives above it.\n\n"
    "The store was never busy. “A slow day is still a day of honest work,” my father often said.\n\n"
    "My mother kept the books. Even now, at 86, she says things like, “A good ledger never lies.”\n\n"
    "“Sell it while somebody still wants it,” my brother told me last spring."
)


def test_the_narrators_relatives_are_the_people_the_essay_named_as_such(annotator: StoryAnnotator) -> None:
    found = quotes(annotator, FAMILY)
    assert one(found, "A slow day").speaker == "Walter Kessler"
    assert one(found, "A good ledger").speaker == "Ruth Kessler"  # "she": my mother
    assert one(found, "Sell it while").speaker == "Anton"


def test_a_relative_the_essay_never_named_is_no_one(annotator: StoryAnnotator) -> None:
    body = (
        "My brother, Anton, still lives above the old store.\n\n"
        "“A slow day is still a day of honest work,” my father often said."
    )
    assert one(quotes(annotator, body), "A slow day").speaker is None


def test_a_relative_named_without_commas(annotator: StoryAnnotator) -> None:
    body = (
        "My wife Dana grew up in the hills above the river. We moved back in 2009.\n\n"
        "“This valley gets into your bones and never leaves,” my wife said when we arrived."
    )
    assert one(quotes(annotator, body), "This valley").speaker == "Dana"


def test_a_relative_named_later_in_the_essay(annotator: StoryAnnotator) -> None:
    body = (
        "The store was never busy. “A slow day is still a day of honest work,” my father often said.\n\n"
        "Lest anyone think them simple people, my parents, Walter and Ruth Kessler, both went to college."
    )
    assert one(quotes(annotator, body), "A slow day").speaker == "Walter Kessler"


def test_a_parent_named_by_given_name_alone(annotator: StoryAnnotator) -> None:
    body = (
        "My parents, Walter and Ruth, ran a hardware store in Dayton for forty years.\n\n"
        "“A slow day is still a day of honest work,” my father often said."
    )
    assert one(quotes(annotator, body), "A slow day").speaker == "Walter"
