"""Names as Malaysian, Singaporean and Philippine papers write them: Chinese names surname first
("Tay Wee Meng", later "Mr Tay" or "Tay"), a Western given name before one ("Aaron Tay Wee
Meng"), Malay and Indian names joined to the father's by "bin", "binti" or "a/l" (later the own
name alone), and "Ma." for Maria opening a name. Invented stories."""

from __future__ import annotations

from tests.annotate.helpers import annotated, one, person_names, quotes


def test_a_chinese_surname_alone_read_as_a_place_is_the_full_name(annotator):
    body = (
        "One of the passengers, nursing student Chew Mei Ling, 22, said the ferry tilted suddenly.\n\n"
        "\u201cEverybody was screaming and the lights went out,\u201d Chew said from her hospital bed."
    )
    assert one(quotes(annotator, body), "Everybody was").speaker == "Chew Mei Ling"


def test_a_chinese_surname_alone_the_model_tags_as_a_place(annotator):
    body = (
        "One of the survivors, university student Chong Mei Fang, 21, said most of the passengers "
        "were asleep when the crash occurred.\n\n"
        "\u201cThere was a loud bang, and I was thrown against the seat in front of me,\u201d Chong said "
        "from her hospital bed."
    )
    assert one(quotes(annotator, body), "There was").speaker == "Chong Mei Fang"


def test_a_western_given_name_keeps_the_chinese_given_name_the_model_cut_off(annotator):
    body = (
        "Deputy Public Prosecutor Daniel Tan Jun Hao said the accused had been paid for his role.\n\n"
        '"He opened the accounts knowing what they were for," Mr Tan said in his submissions.'
    )
    assert one(quotes(annotator, body), "He opened").speaker == "Daniel Tan Jun Hao"


def test_a_malay_name_read_as_a_body_and_a_word_is_one_person(annotator):
    body = (
        "His neighbour, Salmah binti Yusof, 62, said she had lived through many floods.\n\n"
        "\u201cWe carried the children to the mosque in the dark,\u201d she said."
    )
    assert one(quotes(annotator, body), "We carried").speaker == "Salmah binti Yusof"


def test_an_indian_malaysian_name_is_not_cut_at_a_l(annotator):
    body = (
        "Lorry driver Muthu a/l Krishnan, 47, said he had not worked for a week.\n\n"
        "\u201cThe haze is too thick, my eyes are burning,\u201d he said."
    )
    assert one(quotes(annotator, body), "The haze").speaker == "Muthu a/l Krishnan"


def test_the_own_name_before_bin_is_the_full_name(annotator):
    body = (
        "Former state executive councillor Faizal Hakim bin Yusri, 61, pleaded not guilty to three "
        "charges of accepting bribes.\n\n"
        "Outside the court, Faizal Hakim told reporters that the charges were \u201cbaseless\u201d.\n\n"
        "\u201cI will let the court decide,\u201d he said."
    )
    found = quotes(annotator, body)
    assert one(found, "I will let").speaker == "Faizal Hakim bin Yusri"
    assert "Faizal Hakim" not in person_names(annotator, body)


def test_a_title_and_a_given_name_the_model_cut_before_bin(annotator):
    body = (
        "Kampar district police chief Supt Mohd Rosli bin Hamzah said the lorry had skidded.\n\n"
        "\u201cThe road was wet and the driver was speeding,\u201d he said."
    )
    assert one(quotes(annotator, body), "The road").speaker == "Mohd Rosli bin Hamzah"


def test_ma_for_maria_opens_a_philippine_name(annotator):
    body = (
        "Senator Ma. Cristina Bautista opened the hearing with photographs of the collapsed road.\n\n"
        '"Somebody has to answer for this," Bautista said.'
    )
    assert one(quotes(annotator, body), "Somebody has").speaker == "Ma. Cristina Bautista"


def test_a_word_that_opens_one_name_and_stands_inside_another_is_the_first(annotator):
    from pipeline.annotate.persons import StoryNames

    names = StoryNames(["Tan Koh Beng", "Koh Tiong Seng"])
    assert names.person_key(["Koh"]) == "koh tiong seng"


def test_a_western_given_name_alone_is_not_a_chinese_surname(annotator):
    from pipeline.annotate.malaysian_names import family_names_first

    full = {"john smith": ("john", "smith"), "lim boon huat": ("lim", "boon", "huat")}
    assert family_names_first(full).get("john") is None
    assert family_names_first(full).get("lim") == "lim boon huat"
    # (a word that ends one of the story's names is that name's surname)
    full["ann lim"] = ("ann", "lim")
    assert family_names_first(full).get("lim") is None


def test_tan_sri_is_a_title_not_part_of_the_name(annotator):
    body = (
        "Group managing director Tan Sri Loh Kok Wing said output had returned to pre-pandemic levels.\n\n"
        "\u201cWe have filled almost all the vacancies,\u201d Loh said at a briefing for analysts."
    )
    assert one(quotes(annotator, body), "We have filled").speaker == "Loh Kok Wing"


def test_puan_before_the_own_name_of_a_malay_woman(annotator):
    body = (
        "Stall owner Rosnah binti Idris, 45, said business had halved since the road was closed.\n\n"
        "\u201cThe regulars cannot park here any more,\u201d said Puan Rosnah, who has run the stall "
        "for 20 years."
    )
    assert one(quotes(annotator, body), "The regulars").speaker == "Rosnah binti Idris"


def test_a_balinese_name_with_its_birth_order_name_is_one_person(annotator):
    body = (
        "I Ketut Sudarsana, the customary village chief, said the community had held a purification "
        "ceremony.\n\n"
        "“For us, the tree is not just a tree,” Sudarsana said. Visitors land at I Gusti Ngurah Rai "
        "International Airport."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "For us").speaker == "I Ketut Sudarsana"
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["I Ketut Sudarsana"]


def test_a_regent_before_a_name_read_with_the_regency_as_one_body_is_a_person(annotator):
    body = (
        "Bogor Regent Hendra Saputra, who visited the site on Wednesday, said families would be moved.\n\n"
        "“This area is in the red zone,” Hendra told reporters."
    )
    assert one(annotated(annotator, body).quotes, "This area").speaker == "Hendra Saputra"
