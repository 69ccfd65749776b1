"""The wizard in another language: its welcome screen says the translation is unchecked, and a
step of a guide whose English changed after its translation says part of it is in English."""

from __future__ import annotations

from program_catalogue import install_catalogue, said_in
from wizard_helpers import make_app, screen_name, screen_text

from checkup.support.i18n import use_language


async def test_the_welcome_screen_says_the_translation_is_unchecked(monkeypatch,
                                                                    tmp_path) -> None:
    install_catalogue(monkeypatch, tmp_path / "package", "fr",
                      {"Welcome to checkup": "Bienvenue dans checkup"})
    use_language("fr")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "WelcomeScreen"
        text = " ".join(screen_text(app).split())
        assert "Bienvenue dans checkup" in text
        assert "This French translation has not yet been checked by a native speaker." in text


async def test_in_english_it_says_nothing_of_translations() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "translation" not in screen_text(app)


async def test_a_step_whose_english_changed_says_part_is_in_english(made_up_content) -> None:
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from made_up_guides import item, steps

    from checkup.guides.loader import load_file
    from checkup.guides.texts import guide_texts

    path = made_up_content()
    guide, _problems = load_file(path)
    catalog = Catalog(locale="de")
    for _path, text in guide_texts(guide):
        catalog.add(text, f"DE: {text}")
    mo = path.parent / "locale" / "de" / "LC_MESSAGES" / "example.mo"
    mo.parent.mkdir(parents=True)
    out = io.BytesIO()
    write_mo(out, catalog)
    mo.write_bytes(out.getvalue())
    changed = steps()
    changed["desktop"][0] = "On the web, open the new page first."
    made_up_content(items=[item(steps=changed)])
    use_language("de")
    app = make_app("--region", "DE", "--surface", "desktop")
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        assert screen_name(app) == "StepScreen"
        text = " ".join(screen_text(app).split())
        assert "DE: Turn off training-switch" in text
        assert "On the web, open the new page first." in text
        assert said_in("de", "Part of this is shown in English: its {language} translation is "
                       "missing or older than the English text.", language="German") in text


async def test_the_presenter_speaks_the_language_and_says_what_is_still_english() -> None:
    """A workshop in German: the guide's text from its catalogue, the agenda's title too, and
    an item whose English changed since its translation says so on the room's screen."""
    from checkup.guides.loader import LoadResult, load_guides
    from checkup.guides.regions import default_regions
    from checkup.guides.translation import in_language
    from checkup.screens.app import WorkshopApp
    from checkup.support.paths import content_dir
    from checkup.workshop.agenda import default_agenda

    use_language("de")
    english = load_guides().guide("linkedin")
    main = english.item("ai-training")
    changed = main._replace(summary="LinkedIn changed this setting; this sentence is new.")
    edited = english._replace(items=tuple(changed if i.id == main.id else i
                                          for i in english.items))
    loaded = LoadResult()
    loaded.guides.append(in_language(edited, "de", content_dir()))
    regions = default_regions()
    agenda = default_agenda(loaded, regions)
    assert agenda.title == "Verhindern, dass LinkedIn KI mit Ihren Beiträgen und Ihrem Profil " \
                           "trainiert"
    app = WorkshopApp(agenda, regions, __import__("datetime").date(2026, 12, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "LinkedIn changed this setting; this sentence is new." in text
        assert said_in("de", "Part of this is shown in English: its {language} translation is "
                       "missing or older than the English text.", language="German") in text
