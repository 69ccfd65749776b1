"""'Does this apply to me?' in one whole sentence per status, built from the rule's data; the
answers over time; whole translatable sentences with days written by one helper."""

from __future__ import annotations

import datetime as dt
import gettext

from checkup.guides.loader import load_guides
from checkup.guides.regions import default_regions
from checkup.guides.rules import evaluate
from checkup.support import i18n
from checkup.support.dates import long_date
from checkup.words.answers import history, outcome_for_regions, outcome_to_you
from checkup.words.glossary import new_terms

D = dt.date.fromisoformat
TODAY = D("2026-11-23")


def said(item_id: str, country: str, on: dt.date) -> str:
    guide = load_guides().guide("linkedin")
    regions = default_regions()
    outcome = evaluate(guide.item(item_id), country, on, regions)
    return outcome_to_you(outcome, regions.name(country), guide.platform, on)


def test_germany_today_hears_yes_since_the_day_training_began_there() -> None:
    assert said("ai-training", "DE", TODAY) == (
        "Yes, this applies to you: it has applied where you live (Germany) since "
        "3 November 2025.")


def test_the_us_hears_yes_since_the_day_people_noticed_the_setting() -> None:
    assert said("ai-training", "US", TODAY) == (
        "Yes, this applies to you: it has applied where you live (United States) since "
        "18 September 2024.")


def test_a_day_during_the_uk_pause_hears_not_for_now_and_to_switch_it_off_anyway() -> None:
    assert said("ai-training", "GB", D("2025-01-01")) == (
        "Not for now: since 20 September 2024, LinkedIn has paused this where you live "
        "(United Kingdom) after a regulator stepped in. If you see the setting, switch it off "
        "anyway.")


def test_not_offered_says_no_and_that_there_is_nothing_to_do() -> None:
    assert said("ads-data-sharing", "DE", TODAY) == (
        "No: LinkedIn does not offer this where you live (Germany), so there is nothing to do.")
    assert said("ai-training", "FR", D("2024-10-01")) == (
        "No: since 18 September 2024, LinkedIn does not offer this where you live (France), so "
        "there is nothing to do.")


def test_not_stated_says_the_sources_do_not_say() -> None:
    assert said("ai-training", "RE", TODAY) == (
        "The sources don't say whether this applies where you live (Réunion). If you see the "
        "setting, switch it off.")


def test_a_day_before_any_rule_says_the_guide_has_no_answer_for_it() -> None:
    assert said("ai-training", "DE", D("2024-01-01")) == (
        "This guide has no answer for where you live (Germany) on 1 January 2024.")


def test_prefer_not_to_say_hears_each_group_of_regions_answer() -> None:
    guide = load_guides().guide("linkedin")
    regions = default_regions()
    item = guide.item("ai-training")
    canada = evaluate(item, "CA", TODAY, regions)
    assert outcome_for_regions(["Canada", "Hong Kong"], canada) == (
        "Canada, Hong Kong: this applies, since 3 November 2025.")
    paused = evaluate(item, "GB", D("2025-01-01"), regions)
    assert outcome_for_regions(["United Kingdom"], paused) == (
        "United Kingdom: paused after a regulator stepped in, since 20 September 2024: do it "
        "anyway if you see the setting.")
    not_offered = evaluate(guide.item("ads-data-sharing"), "DE", TODAY, regions)
    assert outcome_for_regions(["European Economic Area"], not_offered) == (
        "European Economic Area: not offered: nothing to do.")


def test_the_history_tells_the_answers_over_time_oldest_first() -> None:
    guide = load_guides().guide("linkedin")
    lines = history(guide.item("ai-training"), "DE", "LinkedIn", TODAY, default_regions())
    assert [line.said for line in lines] == [
        "From 18 September 2024: LinkedIn does not offer this where you live.",
        "From 18 September 2025: this applies where you live.",
        "From 3 November 2025: this applies where you live.",
    ]
    assert [line.in_force for line in lines] == [False, False, True]
    assert "would not show the setting there" in lines[0].why
    uk = history(guide.item("ai-training"), "GB", "LinkedIn", D("2025-01-01"), default_regions())
    assert [line.said for line in uk] == [
        "From 18 September 2024: this applies where you live.",
        "From 20 September 2024: paused where you live, after a regulator stepped in."]


def test_days_are_written_by_one_helper_that_a_language_can_reorder() -> None:
    assert long_date(D("2025-11-03")) == "3 November 2025"

    class American(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {"{day} {month} {year}": "{month} {day}, {year}"}.get(message, message)

    i18n.use(American())
    try:
        assert long_date(D("2025-11-03")) == "November 3, 2025"
        assert "since November 3, 2025." in said("ai-training", "DE", TODAY)
    finally:
        i18n.use(gettext.NullTranslations())


def test_an_answer_is_translated_as_one_whole_sentence() -> None:
    """A translator gets the whole sentence with named places, and may order them freely."""
    english = ("Yes, this applies to you: it has applied where you live ({country}) since "
               "{date}.")

    class German(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return {english: "Ja, das betrifft Sie: seit {date} in {country}.",
                    "November": "November", "{day} {month} {year}": "{day}. {month} {year}"
                    }.get(message, message)

    i18n.use(German())
    try:
        assert said("ai-training", "DE", TODAY) == "Ja, das betrifft Sie: seit 3. November 2025 " \
            "in Germany."
    finally:
        i18n.use(gettext.NullTranslations())


def test_a_legal_word_is_explained_once_where_it_first_appears() -> None:
    explained: set[str] = set()
    first = new_terms(["LinkedIn trains AI relying on 'legitimate interest'."], explained)
    assert first == ['Note: "legitimate interest" means a legal reason an organisation can give '
                     "for using personal data without asking you first; it must weigh its "
                     "interest against yours, and you can object."]
    assert new_terms(["Again a legitimate interest."], explained) == []
    assert len(new_terms(["Object to processing with the form."], explained)) == 2
    # "object" in "AI models" sense is not the legal word
    assert new_terms(["an object model"], set()) == []
