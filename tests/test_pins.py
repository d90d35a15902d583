"""What the pins in pyproject.toml protect: values that decisions depend on, recorded with the
pinned versions. If one of these fails after an upgrade, the upgrade changes decisions (event
ids, languages, what the local runner does): measure again before moving the pin."""

from __future__ import annotations

from importlib.metadata import version


def test_wordfreq_table_gives_the_recorded_term_weights():
    """Dedup's rarest-term blocking keys and its score weigh words by wordfreq's table."""
    from wordfreq import zipf_frequency

    assert version("wordfreq") == "3.1.1"
    assert [zipf_frequency(w, "en") for w in ["harbour", "ferry", "council", "tillerson", "the"]] == [
        3.98,
        4.02,
        5.08,
        2.61,
        7.73,
    ]


def test_datasketch_minhash_gives_the_recorded_signature():
    """Event dedup's LSH bands come from datasketch's MinHash with a fixed seed (computed as
    datasketch 2.0 computes it: tests/dedup/test_minhash.py)."""
    from pipeline.dedup.signature import _minhash

    words = "the council of arlen voted on monday to close the old ferry landing".split()
    assert _minhash(words)[:4] == (413748189, 851732212, 39123612, 17061947)


def test_langdetect_profiles_give_the_recorded_languages():
    from pipeline.formats.language import detect_language

    assert version("langdetect") == "1.0.9"
    german = "Die Regierung hat am Mittwoch beschlossen, die Steuern für kleine Betriebe im kommenden Jahr deutlich zu senken, sagte der Minister."
    english = "The council of Arlen voted on Monday to close the old ferry landing after three years of repairs, the mayor said in a statement."
    assert (detect_language(german), detect_language(english)) == ("de", "en")


def test_beam_is_the_release_the_local_runner_workarounds_were_measured_on():
    """``pipeline.runners.direct_timer_holds`` patches the DirectRunner's ParDo evaluator, and the runner
    choice avoids its Prism download (both measured on 2.77)."""
    from apache_beam.runners.direct import direct_userstate, transform_evaluator

    assert version("apache-beam").startswith("2.77.")
    evaluator = transform_evaluator._ParDoEvaluator
    assert all(hasattr(evaluator, name) for name in ("start_bundle", "process_timer", "finish_bundle"))
    assert hasattr(direct_userstate.DirectUserStateContext, "commit")
