"""Names written with initials first, as Indian and Sri Lankan papers write them ("K. Rajendran",
"P.J. Kuriakose", "G. Hanumantha Rao"), after a title or a role the model reads into an
organisation, and shortened later to "Mr. Hanumantha Rao". Invented stories."""

from __future__ import annotations

from tests.annotate.helpers import one, person_names, quotes


def test_a_later_form_without_the_initial_keeps_the_initial_in_the_name(annotator):
    body = (
        "Revenue Minister G. Vasudeva Rao said the canal project had been cleared. "
        "\u201cThe funds were released in March,\u201d he said.\n\n"
        "Mr. Vasudeva Rao told reporters later: \u201cI will answer the notice in writing.\u201d"
    )
    found = quotes(annotator, body)
    assert one(found, "The funds").speaker == "G. Vasudeva Rao"
    assert one(found, "I will answer").speaker == "G. Vasudeva Rao"


def test_initials_after_a_capitalised_title_read_as_an_organisation(annotator):
    body = (
        "Additional Public Prosecutor K. Murugesan opposed the bail plea. "
        "\u201cThe accused may tamper with the records,\u201d he said."
    )
    assert one(quotes(annotator, body), "The accused").speaker == "K. Murugesan"


def test_initials_after_a_role_in_lower_case_read_as_an_organisation(annotator):
    body = (
        "UF convener K.V. Ittoop said the party would protest outside the collectorate. "
        "\u201cWe will not allow the land to be taken,\u201d he said."
    )
    assert one(quotes(annotator, body), "We will not").speaker == "K.V. Ittoop"
    assert "K.V. Ittoop" in person_names(annotator, body)


def test_two_people_with_the_same_name_after_different_initials_stay_apart(annotator):
    body = (
        "Councillor R. Venkata Rao moved the resolution. \u201cThe tank must be desilted,\u201d he said.\n\n"
        "Commissioner S. Venkata Rao replied that funds were short. \u201cWe have no budget left,\u201d he said."
    )
    found = quotes(annotator, body)
    assert one(found, "The tank").speaker == "R. Venkata Rao"
    assert one(found, "We have no").speaker == "S. Venkata Rao"


def test_initials_after_a_title_and_its_bracketed_remit(annotator):
    body = (
        "Deputy Commissioner (Traffic) K. Pandiarajan said the junction would be closed. "
        "\u201cDrivers should use the ring road,\u201d she said."
    )
    assert one(quotes(annotator, body), "Drivers should").speaker == "K. Pandiarajan"


def test_initials_after_a_title_with_its_of_phrase(annotator):
    body = "Leader of the Opposition S. Thangapandian said: \u201cThe budget forgets the farmers.\u201d"
    assert one(quotes(annotator, body), "The budget").speaker == "S. Thangapandian"


def test_initials_name_cut_short_after_a_role(annotator):
    body = (
        "PSP chief spokesperson D. Sravan Kumar said the legislators were loyal. "
        "\u201cAll three met our president,\u201d he said."
    )
    assert one(quotes(annotator, body), "All three").speaker == "D. Sravan Kumar"
