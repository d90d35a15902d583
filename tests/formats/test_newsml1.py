"""NewsML 1.2 on our AFP-layout fixture (ISO-8859-1, external DTD, photo component)."""

from __future__ import annotations

from tests.formats.helpers import millis, only_story, parse_fixture


def test_afp_style_news_item():
    story = only_story(parse_fixture("newsml1-afp-style.xml"))
    assert story.format == "newsml1"
    assert story.story_id == "urn:newsml:afp.com:20240305:TX-PAR-ABC12:2"
    assert story.version == 2
    assert story.headline == "Les agriculteurs reçus à Matignon après une semaine de blocages"
    assert story.byline == "Claire DUPONT"
    assert story.dateline == "PARIS, 5 mars 2024 (AFP)"
    assert story.body.startswith("Les représentants des principaux syndicats agricoles")
    assert len(story.body.split("\n\n")) == 3
    assert story.first_created == millis("2024-03-05T07:00:00+00:00")
    assert story.version_created == millis("2024-03-05T09:15:00+00:00")
    assert story.language == "fr"
    assert story.urgency == 3
    assert story.pub_status == "usable"
    assert story.subjects == ["subj:04001000", "subj:04001002"]
    assert story.located == "Paris, FRA"
    assert story.raw_metadata["NewsItemId"] == "TX-PAR-ABC12"
    assert story.raw_metadata["NewsService"] == "MULTIMEDIA"


def test_several_news_items_and_a_canceled_one():
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument

    item = (
        "<NewsItem><Identification><NewsIdentifier><ProviderId>bw</ProviderId><DateId>20240102</DateId>"
        "<NewsItemId>{id}</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>"
        '<NewsManagement><Status FormalName="{status}"/></NewsManagement>'
        "<NewsComponent><NewsLines><HeadLine>{headline}</HeadLine></NewsLines>"
        "<ContentItem><DataContent><p>{body}</p></DataContent></ContentItem></NewsComponent></NewsItem>"
    )
    data = (
        "<NewsML>"
        + item.format(id="1", status="Usable", headline="Acme reports record revenue", body="Acme said revenue rose.")
        + item.format(id="2", status="Canceled", headline="Withdrawn release", body="")
        + "</NewsML>"
    ).encode()
    first, second = parse_document(RawDocument("bw.xml", data))
    assert first.story_id == "urn:newsml:bw:20240102:1" and first.body == "Acme said revenue rose."
    assert first.source == "bw.xml#item 1"
    assert second.pub_status == "canceled" and second.flags == ["no_body", "canceled"]


def test_components_chosen_by_role_every_subject_code_and_usage_terms():
    story = only_story(parse_fixture("newsml1-roles.xml"))
    # Headline and sub-headline from their components, the stylesheet no text at all.
    assert story.headline == "Staatsoper zeigt neue Inszenierung"
    assert story.raw_metadata["SubHeadLine"] == "Premiere am Samstag ausverkauft"
    assert "margin" not in story.body and "font-size" not in repr(story.raw_metadata)
    # The main text was HTML carried as escaped text: paragraphs, no tags.
    assert story.dateline == "Wien (Example Wire)"
    assert (
        story.body
        == "Die Staatsoper zeigt ab Samstag eine neue Inszenierung.\n\nAlle Karten für die Premiere sind verkauft."
    )
    assert story.captions == ["Die Staatsoper am Abend vor der Premiere."]
    assert story.subjects == ["subj:01000000", "subj:01011000", "subj:01011002"]
    assert story.raw_metadata["rights:UsageType"] == "EDITORIAL USE ONLY"
    assert story.raw_metadata["rights:Geography"] == "Europe"
    assert story.raw_metadata["Property:Keyword"] == "Oper; Wien"
    assert story.urgency == 4  # the envelope's priority, the item giving none


def test_text_of_a_photo_component_is_a_caption_not_the_body():
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument

    data = (
        b"<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>Bridge reopens</HeadLine></NewsLines>"
        b'<NewsComponent><Role FormalName="Photo"/><ContentItem><MediaType FormalName="Text"/>'
        b"<DataContent>Cars cross the bridge on Monday.</DataContent></ContentItem></NewsComponent>"
        b'<NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/>'
        b"<DataContent><p>The bridge reopened on Monday.</p></DataContent></ContentItem></NewsComponent>"
        b"</NewsComponent></NewsItem></NewsML>"
    )
    story = only_story(parse_document(RawDocument("n.xml", data)))
    assert story.body == "The bridge reopened on Monday."
    assert story.captions == ["Cars cross the bridge on Monday."]
