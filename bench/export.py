"""Export benchmark: how long do the Word minutes of a big session take?

    .venv/bin/python bench/export.py [--contributions 1000] [--domains 12] [--rounds 3] [--repeat 3]

A benchmark, not a test (pytest never collects it). In a throw-away SQLite file it builds one
trajectory with a domain list of 12 domains and one stuurgroep-3 session: 1,000 visible answers
to its two questions (most grouped into a domain, many with essential elements, a few hidden), and
3 vote rounds (dots, a top-3 ranking, 100 points) of 40 ballots each. Then it times
facilitation.documents.minutes.build_minutes (the first run, which loads matplotlib and wordcloud, and the
median of the next runs), and, in the same process, writing the same text (every paragraph with
its style, every table) with bare python-docx: no queries, no pictures, no table of contents.
Both figures and their ratio are printed. Target: the minutes in 2 s or less.

Exit code 0 whatever the figures are; 1 only when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 2.0
BALLOTS_PER_ROUND = 40

SUBJECTS = [
    "een betaalbare woning", "gratis zwemmen", "de sportclub", "de muziekschool", "huiswerkbegeleiding",
    "een vaste contactpersoon", "kinderopvang in de buurt", "de tandarts", "gezonde maaltijden op school",
    "een vrijetijdspas", "een busje naar de activiteiten", "hulp bij de papieren", "een brugfiguur op school",
    "schoolreizen zonder extra kosten", "tweedehands fietsen", "een speeltuin dichtbij", "het OCMW",
    "de jeugdbeweging", "een loket voor alle vragen", "internet thuis", "een laptop voor school",
    "werk met uren die passen", "een opleiding voor ouders", "vrienden op school", "rust om te studeren",
]
VERBS = ["Ik wil", "We hebben nood aan", "Kinderen moeten kunnen rekenen op", "Ouders vragen",
         "Het zou helpen als er", "Belangrijk is", "Zonder zorgen over geld:", "Dichtbij huis:"]
TAILS = ["zonder dat iedereen het weet.", "voor elk kind.", "ook als het thuis krap is.", "zonder wachtlijst.",
         "in gewone taal uitgelegd.", "samen met andere gezinnen.", "zodat niemand uit de boot valt.", ""]
EXTRA_DOMAINS = [("Mobiliteit", "bus fiets vervoer busje"), ("Digitale inclusie", "internet laptop computer"),
                 ("Participatie", "meepraten inspraak betrokken")]


def _answer(rng: random.Random) -> str:
    first, second = rng.sample(SUBJECTS, 2)
    return f"{rng.choice(VERBS)} {first} en {second} {rng.choice(TAILS)}".strip()


def build_database(url: str, *, contributions: int, domains: int, rounds: int, seed: int = 7) -> int:
    """The session of the benchmark; returns its id."""
    from facilitation import attendance, contribution, db, domain, session as meetings, trajectory, vote
    from facilitation.models import Channel, MemberRole, ParticipantGroup, PriorityKind, VoteMethod

    rng = random.Random(seed)
    db.migrate(url)
    engine = db.engine_for(url)
    with db.transaction(engine, write=True) as s:
        traj = trajectory.create_trajectory(s, gemeente="Benchgemeente", period_start=2026, period_end=2031)
        for role, organisation, count in [(MemberRole.VOORZITTER, "OCMW", 1), (MemberRole.SCHEPEN, "Jeugd", 2),
                                          (MemberRole.PARTNER, "CAW", 1), (MemberRole.OUDER, None, 5)]:
            trajectory.add_member(s, trajectory_id=traj.id, role=role, organisation=organisation, count=count)
        domain_set = domain.adopt_domain_set(s, trajectory_id=traj.id, source_key="vonk_dilbeek")
        for name, lemmas in EXTRA_DOMAINS[: max(domains - len(domain_set.domains), 0)]:
            domain.add_domain(s, domain_set_id=domain_set.id, name=name, lemmas=lemmas)
        all_domains = list(domain_set.domains)[:domains]
        meeting = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_3")
        attendance.set_attendance(s, session_id=meeting.id, counts={MemberRole.OUDER: 12})
        meeting.facilitator = "bench"
        meetings.open_session(s, session_id=meeting.id)
        questions = [e for e in meeting.exercises if e.exercise_key in ("ouders_erbij_horen", "kinderen_erbij_horen")]
        vote_exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        groups = [ParticipantGroup.OUDER, ParticipantGroup.OUDER, ParticipantGroup.PROFESSIONAL,
                  ParticipantGroup.BELEID, None]
        for n in range(contributions):
            added = contribution.add_contribution(
                s, session_exercise_id=questions[n % len(questions)].id, text=_answer(rng),
                elements=[rng.choice(SUBJECTS) for _ in range(rng.choice((0, 0, 1, 2, 3)))],
                channel=rng.choice([Channel.PHONE] * 8 + [Channel.FACILITATOR, Channel.PAPER]),
                participant_group=rng.choice(groups),
            )
            if rng.random() < 0.85:
                added.domain_id = rng.choice(all_domains).id
        for hidden in range(10):  # hidden by moderation: never in the minutes
            added = contribution.add_contribution(s, session_exercise_id=questions[0].id,
                                                  text=f"Verborgen antwoord {hidden} met een naam")
            contribution.set_hidden(s, contribution_id=added.id, hidden=True)
        methods = [VoteMethod.DOTS, VoteMethod.RANKING, VoteMethod.POINTS]
        for r in range(rounds):
            method = methods[r % len(methods)]
            vote_round = vote.open_round(s, session_exercise_id=vote_exercise.id, domain_set_id=domain_set.id,
                                         method=method)
            for b in range(BALLOTS_PER_ROUND):
                chosen = rng.sample(all_domains, 3)
                if method is VoteMethod.DOTS:
                    allocation = {chosen[0].id: 2, chosen[1].id: 1}
                elif method is VoteMethod.RANKING:
                    allocation = {d.id: rank for rank, d in enumerate(chosen, start=1)}
                else:
                    allocation = {chosen[0].id: 50, chosen[1].id: 30, chosen[2].id: 20}
                vote.cast_ballot(s, vote_round_id=vote_round.id, allocation=allocation,
                                 device_token=f"bench-device-{r}-{b}", participant_group=groups[b % len(groups)])
            vote.close_round(s, vote_round_id=vote_round.id)
        domain.mark_priority(s, domain_id=all_domains[0].id, kind=PriorityKind.STRUCTUREEL)
        domain.mark_priority(s, domain_id=all_domains[1].id, kind=PriorityKind.MILDEREND)
        domain.compose_werkgroep(s, domain_id=all_domains[0].id,
                                 members=[(MemberRole.OUDER, None, 3), (MemberRole.PARTNER, "Jeugddienst", 1)])
        return meeting.id


def _content(data: bytes) -> list[tuple]:
    """The text of a document in order: ("p", style, text) and ("t", rows)."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    blocks = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document)
            blocks.append(("p", paragraph.style.name if paragraph.style is not None else None, paragraph.text))
        elif child.tag == qn("w:tbl"):
            blocks.append(("t", [[cell.text for cell in row.cells] for row in Table(child, document).rows]))
    return blocks


def write_bare(blocks: list[tuple], template: Path | None) -> bytes:
    """The same text with bare python-docx, from the same template: paragraphs with their styles,
    tables with their cells."""
    import docx

    document = docx.Document(str(template)) if template is not None else docx.Document()
    styles = {s.name for s in document.styles}
    for block in blocks:
        if block[0] == "p":
            document.add_paragraph(block[2], style=block[1] if block[1] in styles else None)
        else:
            rows = block[1]
            table = document.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for values in rows:
                for cell, value in zip(table.add_row().cells, values):
                    cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contributions", type=int, default=1000)
    parser.add_argument("--domains", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="warm runs after the first")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="samenspraak-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        try:
            setup, session_id = _timed(build_database, url, contributions=args.contributions, domains=args.domains,
                                       rounds=args.rounds)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports and stops
            print(f"Could not build the benchmark database: {exc!r}", file=sys.stderr)
            return 1
        from facilitation import db
        from facilitation.documents import charts, minutes, writer

        engine = db.engine_for(url)
        template = writer.template_path()
        print(f"setup: {args.contributions} contributions, {args.domains} domains, {args.rounds} vote rounds "
              f"({setup:.1f} s); template: {template or 'python-docx default'}")

        # Where the time goes: the pictures, measured inside the warm runs.
        spent = {"word clouds": 0.0, "vote charts": 0.0}
        originals = {"word clouds": charts.word_cloud_png, "vote charts": charts.vote_chart_png}

        def _wrap(name):
            def timed(*a, **k):
                start = time.perf_counter()
                try:
                    return originals[name](*a, **k)
                finally:
                    spent[name] += time.perf_counter() - start
            return timed

        def build() -> bytes:
            with db.transaction(engine) as s:
                return minutes.build_minutes(s, session_id=session_id)

        first, data = _timed(build)
        charts.word_cloud_png, charts.vote_chart_png = _wrap("word clouds"), _wrap("vote charts")
        warm = []
        for _ in range(args.repeat):
            seconds, data = _timed(build)
            warm.append(seconds)
        charts.word_cloud_png, charts.vote_chart_png = originals["word clouds"], originals["vote charts"]

        blocks = _content(data)
        bare_template = writer.template_path()
        bare_first, _ = _timed(write_bare, blocks, bare_template)
        bare = [_timed(write_bare, blocks, bare_template)[0] for _ in range(args.repeat)]

        paragraphs = sum(1 for b in blocks if b[0] == "p")
        tables = sum(1 for b in blocks if b[0] == "t")
        median, bare_median = statistics.median(warm), statistics.median(bare)
        print(f"document: {len(data) / 1024:.0f} KiB, {paragraphs} paragraphs, {tables} tables, "
              f"{len(minutes_images(data))} pictures")
        print(f"{'':34}{'first run':>11}{'median':>10}")
        print(f"{'Samenspraak minutes':34}{first:>10.2f}s{median:>9.2f}s")
        print(f"{'  of which word clouds':34}{'':>11}{spent['word clouds'] / args.repeat:>9.2f}s")
        print(f"{'  of which vote charts':34}{'':>11}{spent['vote charts'] / args.repeat:>9.2f}s")
        print(f"{'bare python-docx, same text':34}{bare_first:>10.2f}s{bare_median:>9.2f}s")
        print(f"ratio (median): {median / bare_median:.1f}x the bare python-docx time")
        verdict = "within" if max(first, median) <= TARGET_SECONDS else "OVER"
        print(f"target <= {TARGET_SECONDS:.0f} s: {verdict} (first run {first:.2f} s, median {median:.2f} s)")
        engine.dispose()
    return 0


def minutes_images(data: bytes) -> list[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [n for n in package.namelist() if n.startswith("word/media/")]


if __name__ == "__main__":
    sys.exit(main())
