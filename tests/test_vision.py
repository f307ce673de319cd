"""The vision assembler (after stuurgroep 2): elements gathered, criteria shown, versions kept."""

import pytest

from facilitation import contribution, demo, vision
from facilitation.models import Contribution


def _demo_id(read) -> int:
    with read() as s:
        return demo.find_demo(s).id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We werken toegankelijk en betaalbaar, samen met de ouders.", {"toegankelijk", "gedragen", "participatief"}),
        ("Hulp komt proactief en automatisch, zonder drempels.", {"proactief", "toegankelijk"}),
        ("We pakken de oorzaken structureel aan en evalueren de resultaten.", {"radicaal", "effectief"}),
        ("Een mooie tekst zonder meer.", set()),
    ],
)
def test_criteria_are_named_with_the_words_that_show_them(text, expected):
    found = vision.criteria_in(text)
    assert set(found) == expected
    assert all(found[c] for c in found)


def test_gather_takes_the_essential_elements_of_casus_and_droom_without_hidden_ones(demo_engine, read, write):
    trajectory_id = _demo_id(read)
    with read() as s:
        elements = vision.gather(s, trajectory_id=trajectory_id)
    texts = {e.text for e in elements}
    assert "Hulp aan huis" in texts and "Vrije tijd betaalbaar voor elk kind" in texts
    assert {e.exercise_key for e in elements} == {"casus", "droom"}
    with write() as s:
        hidden = s.query(Contribution).filter(Contribution.text.like("Onze zoon mocht gratis mee%")).one()
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    with read() as s:
        assert "Discreet geregeld, geen stempel" not in {e.text for e in vision.gather(s, trajectory_id=trajectory_id)}


def test_missing_elements_are_those_the_text_does_not_reflect(demo_engine, read):
    with read() as s:
        elements = vision.gather(s, trajectory_id=_demo_id(read))
    text = "Elk kind heeft vrije tijd die betaalbaar is, en gezinnen wonen in betaalbare en gezonde woningen."
    missing = {e.text for e in vision.missing_elements(text, elements)}
    assert "Vrije tijd betaalbaar voor elk kind" not in missing
    assert "Betaalbare en gezonde woningen" not in missing
    assert "Eén vaste contactpersoon" in missing


def test_versions_are_kept_and_one_is_approved(demo_engine, read, write):
    trajectory_id = _demo_id(read)
    with write() as s:
        first = vision.save_version(s, trajectory_id=trajectory_id, visie_wat="Elk kind telt.", visie_hoe="Samen.",
                                    missie="Wij staan voor ...", author="anna")
        second = vision.save_version(s, trajectory_id=trajectory_id, visie_wat="Elk kind telt mee.", visie_hoe="",
                                     missie="", author="bert")
        vision.approve(s, version_id=first.id)
    with read() as s:
        assert vision.current(s, trajectory_id=trajectory_id).id == first.id
    with write() as s:
        vision.approve(s, version_id=second.id)
    with read() as s:
        kept = vision.versions(s, trajectory_id=trajectory_id)
        assert [(v.author, v.approved) for v in kept] == [("bert", True), ("anna", False)]


def test_an_empty_vision_is_refused(demo_engine, read, write):
    with pytest.raises(vision.VisionError, match="leeg"), write() as s:
        vision.save_version(s, trajectory_id=_demo_id(read), visie_wat=" ", visie_hoe="", missie="", author="anna")


def test_the_vision_page_shows_criteria_and_missing_elements_and_saves(demo_engine, read):
    from tests.test_live_pages import app, texts

    at = app("pages/visie.py", staff=True, traject=str(_demo_id(read)))
    assert not at.exception
    page = texts(at)
    assert "toegankelijk" in page and "Eén vaste contactpersoon" in page
    at.text_area(key="visie-wat").input("Elk kind heeft een vaste contactpersoon en betaalbare vrije tijd.")
    next(b for b in at.button if b.label == "Versie bewaren").click().run()
    assert not at.exception
    with read() as s:
        saved = vision.current(s, trajectory_id=_demo_id(read))
    assert saved.visie_wat.startswith("Elk kind heeft een vaste contactpersoon") and saved.author == "anna"
    assert "Eén vaste contactpersoon" not in "\n".join(t.value for t in at.text)
