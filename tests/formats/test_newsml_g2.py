"""NewsML-G2: IPTC's own listings and our newsMessage of mixed items."""

from __future__ import annotations

from tests.formats.helpers import millis, only_story, parse_fixture, rejections, stories


def test_listing_22_inline_nitf():
    story = only_story(parse_fixture("newsml-g2-listing22-sports-nitf.xml"))
    assert story.format == "newsml_g2"
    assert story.story_id == "tag:xmlteam.com,2016:xt.5932656-preview"
    assert story.version == 11
    assert story.headline == "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."
    assert story.byline == "Sports Network"
    assert story.body.startswith("(Sports Network) - A pair of teams coming off big weekend sweeps")
    assert len(story.body.split("\n\n")) == 6
    assert story.version_created == millis("2018-10-19T15:45:00+00:00")
    assert story.first_created == millis("2016-10-19T16:15:00+00:00")  # contentCreated, no firstCreated
    assert story.language == "en" and story.raw_metadata["language_tag"] == "en-US"
    assert story.pub_status == "usable"
    assert story.located == "city:Philadelphia, reg:Pennsylvania, cntry:USA"
    assert "medtop:20000849" in story.subjects and "team:l.mlb.com-t.19" in story.subjects
    assert story.raw_metadata["altId:tsn-id"] == "sportsnetwork.com-5932656"


def test_listing_1_headline_without_body_is_a_flagged_story():
    story = only_story(parse_fixture("newsml-g2-listing1-news-item.xml"))
    assert story.headline == 'Fed to halt QE to avert "bubble"'
    assert story.body == "" and story.flags == ["no_body"]
    assert story.story_id == "urn:newsml:acmenews.com:20161018:US-FINANCE-FED"
    assert story.byline == "Meredith Jameson"  # the creator, no <by>
    assert story.located == "Berlin, Germany"
    assert story.language == "en"
    assert story.first_created == millis("2016-10-18T18:12:21+00:00")
    assert story.version_created == millis("2018-10-21T21:25:32+00:00")
    assert story.subjects == ["medtop:04000000", "medtop:20000523"]
    assert "STRICTLY EMBARGOED" in story.raw_metadata["ed_note"]
    assert story.raw_metadata["embargoed"] == "2018-10-23T12:00:00Z"


def test_news_message_gives_one_story_per_text_item_and_counts_pictures_and_packages():
    results = parse_fixture("newsml-g2-message-own.xml")
    picture, package = rejections(results)  # not stories, never silently lost: dead letters saying what they are
    assert picture.source.endswith("#urn:newsml:wire.example.com:20240409:eu-summit-photo")
    assert picture.reason.startswith("newsml_g2: not a story: a picture newsItem, itemClass ninat:picture")
    assert "a packageItem (a package of other items)" in package.reason and b"packageItem" in package.raw
    by_id = {s.story_id.rsplit(":", 1)[-1]: s for s in stories(results)}
    assert sorted(by_id) == ["bourse-flash", "eu-summit", "mayor-arrest"]
    summit = by_id["eu-summit"]
    assert summit.source.endswith("newsml-g2-message-own.xml#urn:newsml:wire.example.com:20240409:eu-summit")
    assert summit.headline == "EU leaders agree on new energy package after all-night talks"
    assert summit.raw_metadata["headline:sub"] == "Deal reached shortly after dawn"
    assert summit.byline == "Marta Kowalska"
    assert summit.dateline == "BRUSSELS"
    assert summit.body.startswith("European Union leaders agreed early on Tuesday")
    assert "EU summit" not in summit.body  # the XHTML <title> is not body text
    assert summit.urgency == 2 and summit.version == 4 and summit.located == "Brussels"
    assert summit.version_created == millis("2024-04-09T09:58:12+00:00")
    flash = by_id["bourse-flash"]
    assert flash.flags == ["no_body"] and flash.language == "fr" and flash.urgency == 1
    kill = by_id["mayor-arrest"]
    assert kill.pub_status == "canceled" and "canceled" in kill.flags
    assert kill.raw_metadata["ed_note"].startswith("Kill:")


def test_a_package_alone_is_refused_with_what_was_found():
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument

    data = b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p" version="1"><itemMeta/></packageItem>'
    (rejected,) = parse_document(RawDocument("pkg.xml", data))
    assert rejected.reason == "newsml_g2: not a story: a packageItem (a package of other items), guid 'p'"


def test_item_classes_text_in_every_spelling_and_every_other_item_counted():
    results = parse_fixture("newsml-g2-item-classes.xml")
    by_guid = {s.story_id.rsplit(":", 1)[-1]: s for s in stories(results)}
    assert sorted(by_guid) == ["composite-text", "icls-text", "uri-text"]
    reuters_like = by_guid["icls-text"]
    assert reuters_like.headline == "Harbour cranes idle as dock workers strike"
    assert reuters_like.dateline == "ROTTERDAM, May 2 (Example Wire)"  # the <dateline> field only held a time
    assert reuters_like.raw_metadata["dateline_time"] == "2024-05-02 07:55:00 GMT+00:00"
    assert reuters_like.body.startswith("Dock workers walked out on Thursday")
    assert (
        by_guid["composite-text"].body
        == "Ferries will sail every half hour from June.\n\nNight crossings stay as they are."
    )
    reasons = {r.source.rsplit(":", 1)[-1]: r.reason for r in rejections(results)}
    assert reasons == {
        "photo": "newsml_g2: not a story: a picture newsItem, itemClass ninat:picture, guid 'tag:wire.example.com,2024:photo'",
        "video": "newsml_g2: not a story: a video newsItem, itemClass icls:video, guid 'tag:wire.example.com,2024:video'",
        "package": "newsml_g2: not a story: a packageItem (a package of other items), itemClass ninat:composite, "
        "guid 'tag:wire.example.com,2024:package'",
        "concept": "newsml_g2: not a story: a conceptItem (a controlled-vocabulary concept), itemClass cinat:concept, "
        "guid 'tag:wire.example.com,2024:concept'",
    }
    assert len(results) == 7  # every item accounted for


def test_bodies_inside_bodies():
    results = parse_fixture("newsml-g2-bodies.xml")
    assert not rejections(results)
    by_guid = {s.story_id.rsplit(":", 1)[-1]: s for s in stories(results)}
    # NITF inside inlineXML: its title is the headline when the item has none; byline word boundary kept.
    nitf = by_guid["nitf-title"]
    assert nitf.headline == "Library extends its opening hours"
    assert nitf.byline == "Lena Ortiz"
    assert nitf.dateline == "GRANADA, June 11 (Example Wire)"
    assert nitf.body.startswith("The city library will stay open")
    assert nitf.subjects == ["subj:01000000"] and nitf.urgency == 6
    # XHTML with a <header>: its <h1> is the headline, the rest of it no body text.
    xhtml = by_guid["xhtml-header"]
    assert xhtml.headline == "Cycle lanes to double by 2030"
    assert xhtml.dateline == "Lyon (Example Wire)"
    assert xhtml.body == (
        "The council approved a plan on Tuesday to double the length of cycle lanes.\n\n"
        "Work on the first routes starts in the autumn."
    )
    assert "transport, cycling" in xhtml.raw_metadata["body_header"] and "Report" in xhtml.raw_metadata["body_header"]
    # Teletype text inside one <p>: its paragraphs, the dateline after the note, bullets and byline.
    teletype = by_guid["teletype-in-p"]
    assert teletype.body.split("\n\n") == [
        "(Adds analyst comment)",
        "* Copper falls for a third day",
        "* Stocks in warehouses at a six-month high",
        "By Tomas Berg",
        "Copper prices slipped on Tuesday as stocks in warehouses climbed to their highest in six months, "
        "pointing to weak demand from factories.",
        '"Buyers are simply not there," one trader said, adding that the market would watch factory data due on '
        "Friday.",
        "(Reporting by Tomas Berg; Editing by Ann Kerr)",
    ]
    assert teletype.dateline == "June 11 (Example Wire)"
    # HTML sent as text/plain, agency-first dateline.
    plain = by_guid["html-as-plain-text"]
    assert plain.dateline == "Naples, June 11 (Example Wire)"
    assert plain.body.split("\n\n") == [
        "The city museum reopened its Roman hall on Tuesday after two years of repairs.",
        '"Visitors can see the mosaics again," the director said.',
        "Tickets are free for the first week.",
    ]
    assert "<p>" not in plain.body


def test_a_composite_news_item_with_inline_text_is_a_story_and_without_it_is_not():
    from pipeline.formats import parse_document
    from pipeline.model import RawDocument

    item = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="c"><itemMeta><itemClass qcode="ninat:composite"/>'
        "</itemMeta><contentMeta><headline>Fair opens</headline></contentMeta><contentSet>{}</contentSet></newsItem>"
    )
    text = '<inlineData contenttype="text/plain">The fair opened on Friday.</inlineData><remoteContent href="a.jpg"/>'
    assert (
        only_story(parse_document(RawDocument("c.xml", item.format(text).encode()))).body
        == "The fair opened on Friday."
    )
    (rejected,) = parse_document(RawDocument("c.xml", item.format('<remoteContent href="a.jpg"/>').encode()))
    assert rejected.reason == "newsml_g2: not a story: a composite newsItem, itemClass ninat:composite, guid 'c'"
