"""The `samenspraak` command: the same core the pages use, for the coordinator and for setup.

    samenspraak migrate                      bring the database to the newest schema
    samenspraak demo [--if-empty]            seed Demogemeente (idempotent) and the demo login
    samenspraak user add NAME --role ROLE [--trajectory ID ...]   create an account (password from stdin)
    samenspraak user list | user remove NAME | user assign|unassign NAME --trajectory ID ...
    samenspraak trajectories                 the trajectories with their ids
    samenspraak check                        check exercises/ai_questions.yaml
    samenspraak suggest --domain-set KEY [--trajectory ID]   domain suggestions for JSON lines on stdin
    samenspraak export minutes|college-note|progress|feedback|actieplan|contributions ...   (see --help)
    samenspraak backup [--out FILE] | restore FILE   the database, accounts included
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from facilitation import access, auth, backup, config, db, demo, exercises, trajectory
from facilitation.documents import files
from facilitation import grouping, retention


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Wachtwoord: ")
        if first != getpass.getpass("Nog eens: "):
            raise auth.AccountError("De twee wachtwoorden zijn niet gelijk.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _cmd_migrate(_args: argparse.Namespace) -> int:
    db.migrate()
    print("Database bijgewerkt.")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    exercises.catalogue()  # a broken exercises file stops here, before anything is written
    db.migrate()
    with db.transaction(db.engine_for(config.database_url()), write=True) as session:
        if args.if_empty and not demo.is_empty(session):
            print("De database heeft al trajecten: geen demo toegevoegd.")
            return 0
        result = demo.seed(session)
        demo.add_demo_login(session, trajectory_id=result.trajectory_id)
    print(("Demogemeente aangemaakt." if result.created else "Demogemeente bestond al.") +
          f" Deelnamecode van de open sessie: {result.join_code}")
    print(f"Demo-login: gebruiker '{auth.DEMO_USERNAME}', wachtwoord '{auth.DEMO_PASSWORD}'")
    return 0


def _accounts_db():
    """A writing transaction on the migrated database (the accounts live there)."""
    db.migrate()
    return db.transaction(db.engine_for(config.database_url()), write=True)


def _cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password()
    with _accounts_db() as session:
        auth.add_user(session, username=args.username, password=password, roles=args.role)
        for trajectory_id in args.trajectory or []:
            access.assign(session, username=args.username, trajectory_id=trajectory_id)
    print(f"Account '{args.username}' bewaard ({', '.join(args.role)}).")
    return 0


def _cmd_user_list(_args: argparse.Namespace) -> int:
    with _accounts_db() as session:
        rows = access.accounts(session)
    for row in rows:
        trajectories = "alle" if "admin" in row.roles else ", ".join(map(str, row.trajectory_ids)) or "-"
        print(f"{row.username}\t{', '.join(row.roles)}\ttrajecten: {trajectories}")
    return 0


def _cmd_user_remove(args: argparse.Namespace) -> int:
    with _accounts_db() as session:
        removed = auth.remove_user(session, username=args.username)
    if not removed:
        print(f"Geen account '{args.username}'.", file=sys.stderr)
        return 1
    print(f"Account '{args.username}' verwijderd.")
    return 0


def _cmd_user_assign(args: argparse.Namespace) -> int:
    change = access.assign if args.user_command == "assign" else access.unassign
    with _accounts_db() as session:
        for trajectory_id in args.trajectory:
            change(session, username=args.username, trajectory_id=trajectory_id)
        now = access.assigned_trajectory_ids(session, username=args.username)
    print(f"Account '{args.username}' hoort bij trajecten: {', '.join(map(str, now)) or '(geen)'}.")
    return 0


def _cmd_trajectories(_args: argparse.Namespace) -> int:
    with _accounts_db() as session:
        for summary in trajectory.list_trajectories(session):
            print(f"{summary.id}\t{summary.gemeente}\t{summary.period}")
    return 0


def _cmd_check(_args: argparse.Namespace) -> int:
    cat = exercises.load()
    print(f"{config.exercises_file()}: {len(cat.exercises)} oefeningen, {len(cat.domain_sets)} domeinenlijsten, "
          f"{len(cat.templates)} sessiesjablonen: in orde.")
    return 0


def _cmd_suggest(args: argparse.Namespace) -> int:
    if args.trajectory is None:
        domains = grouping.shipped_domains(args.domain_set)
        assistant = grouping.Assistant(domains)
    else:
        with db.transaction(db.engine_for(config.database_url())) as session:
            domain_set = grouping.trajectory_domain_set(session, trajectory_id=args.trajectory,
                                                        set_key=args.domain_set)
            domains = list(domain_set.domains)
            assistant = grouping.assistant_for(session, domain_set=domain_set)
    names = {d.id: d.name for d in domains}
    for line in grouping.suggestion_lines(assistant, names, sys.stdin):
        print(line, flush=True)
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    path = backup.backup(out=args.out)
    print(f"Reservekopie bewaard in {path} ({path.stat().st_size // 1024} kB, "
          f"{time.perf_counter() - started:.1f} s), met de accounts: bewaar ze even veilig als de database.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    backup.restore(args.file)
    print(f"Database teruggezet uit {args.file} ({time.perf_counter() - started:.1f} s).")
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    with db.transaction(db.engine_for(config.database_url()), write=args.apply) as session:
        due = retention.due(session)
        for meeting in due:
            removed = retention.remove_texts(session, session_id=meeting.session_id) if args.apply else None
            what = f"{removed} antwoorden verwijderd" if args.apply else f"te verwijderen sinds {meeting.remove_from}"
            print(f"{meeting.session_id}\t{meeting.title}\tverslag goedgekeurd op {meeting.approved_on}\t{what}")
    if not due:
        print("Geen sessies waarvan de antwoordteksten weg moeten.")
    elif not args.apply:
        print("Niets verwijderd: voeg --apply toe om deze antwoordteksten te verwijderen.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samenspraak", description="Samenspraak: beheer en installatie.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="database bijwerken").set_defaults(func=_cmd_migrate)
    demo_parser = sub.add_parser("demo", help="Demogemeente en demo-login aanmaken")
    demo_parser.add_argument("--if-empty", action="store_true", help="alleen als er nog geen enkel traject is")
    demo_parser.set_defaults(func=_cmd_demo)
    sub.add_parser("check", help="exercises/ai_questions.yaml nakijken").set_defaults(func=_cmd_check)
    suggest = sub.add_parser("suggest", help="domeinvoorstellen voor JSON-regels {\"text\": ...} op stdin")
    suggest.add_argument("--domain-set", required=True, help="een meegeleverde lijst: roadmap, vonk_dilbeek, ...")
    suggest.add_argument("--trajectory", type=int, help="met de domeinen en de voorbeelden van dit traject")
    suggest.set_defaults(func=_cmd_suggest)
    user = sub.add_parser("user", help="accounts van begeleiders en coördinatoren").add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser("add", help="account aanmaken of wachtwoord wijzigen (wachtwoord via stdin)")
    add.add_argument("username")
    add.add_argument("--role", action="append", choices=auth.ROLES, required=True)
    add.add_argument("--trajectory", type=int, nargs="+", action="extend", metavar="ID", help="trajecten waar het account bij hoort")
    add.set_defaults(func=_cmd_user_add)
    for name, what in (("assign", "account aan trajecten toevoegen"), ("unassign", "account uit trajecten halen")):
        change = user.add_parser(name, help=what)
        change.add_argument("username")
        change.add_argument("--trajectory", type=int, nargs="+", action="extend", metavar="ID", required=True)
        change.set_defaults(func=_cmd_user_assign)
    sub.add_parser("trajectories", help="trajecten met hun id").set_defaults(func=_cmd_trajectories)
    user.add_parser("list", help="accounts tonen").set_defaults(func=_cmd_user_list)
    remove = user.add_parser("remove", help="account verwijderen")
    remove.add_argument("username")
    remove.set_defaults(func=_cmd_user_remove)
    files.add_export_commands(sub)
    backup_help = ("reservekopie van de database, met de accounts (wachtwoorden alleen als bcrypt-hash) "
                   "en de sleutel van de login-cookies: bewaar ze even veilig als de database")
    backup_parser = sub.add_parser("backup", help=backup_help, description=backup_help[0].upper() + backup_help[1:] + ".")
    backup_parser.add_argument("--out", type=Path, metavar="FILE", help="bestand (standaard data/backups/samenspraak-DATUM-TIJD.*)")
    backup_parser.set_defaults(func=_cmd_backup)
    restore_help = "de database vervangen door een reservekopie van `samenspraak backup` (met de accounts van toen)"
    restore_parser = sub.add_parser("restore", help=restore_help, description=restore_help[0].upper() + restore_help[1:] + ".")
    restore_parser.add_argument("file", type=Path)
    restore_parser.set_defaults(func=_cmd_restore)
    retention_help = (f"antwoordteksten verwijderen {retention.RETENTION_DAYS} dagen nadat het college het verslag "
                      "goedkeurde (tellingen, domeinen en documenten blijven); dagelijks te draaien")
    retention_parser = sub.add_parser("retention", help=retention_help, description=retention_help)
    retention_parser.add_argument("--apply", action="store_true", help="echt verwijderen (zonder: alleen tonen)")
    retention_parser.set_defaults(func=_cmd_retention)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (auth.AccountError, access.AccessError, backup.BackupError, exercises.ExerciseFileError,
            grouping.GroupingError, retention.RetentionError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
