"""The `samenspraak` command: the same core the pages use, for the coordinator and for setup.

    samenspraak migrate                      bring the database to the newest schema
    samenspraak demo [--if-empty]            seed Demogemeente (idempotent) and the demo login
    samenspraak user add NAME --role ROLE    create an account; the password is read from stdin
    samenspraak user list | user remove NAME
    samenspraak check                        check exercises/ai_questions.yaml
    samenspraak suggest --domain-set KEY [--trajectory ID]   domain suggestions for JSON lines on stdin
    samenspraak export minutes|college-note|progress|feedback|actieplan|contributions ...   (see --help)
    samenspraak backup [--out FILE] | restore FILE   the database only (not the accounts file)
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from facilitation import auth, backup, config, db, demo, exercises
from facilitation.documents import files
from facilitation import grouping


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
    if auth.DEMO_USERNAME not in auth.users():
        auth.add_user(username=auth.DEMO_USERNAME, password=auth.DEMO_PASSWORD, roles=["facilitator", "coordinator"])
    print(("Demogemeente aangemaakt." if result.created else "Demogemeente bestond al.") +
          f" Deelnamecode van de open sessie: {result.join_code}")
    print(f"Demo-login: gebruiker '{auth.DEMO_USERNAME}', wachtwoord '{auth.DEMO_PASSWORD}'")
    return 0


def _cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password()
    auth.add_user(username=args.username, password=password, roles=args.role)
    print(f"Account '{args.username}' bewaard ({', '.join(args.role)}) in {config.auth_file()}.")
    return 0


def _cmd_user_list(_args: argparse.Namespace) -> int:
    for username, roles in sorted(auth.users().items()):
        print(f"{username}\t{', '.join(roles)}")
    return 0


def _cmd_user_remove(args: argparse.Namespace) -> int:
    if not auth.remove_user(username=args.username):
        print(f"Geen account '{args.username}'.", file=sys.stderr)
        return 1
    print(f"Account '{args.username}' verwijderd.")
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
          f"{time.perf_counter() - started:.1f} s). De accounts ({config.auth_file()}) zitten er niet in.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    backup.restore(args.file)
    print(f"Database teruggezet uit {args.file} ({time.perf_counter() - started:.1f} s).")
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
    add.set_defaults(func=_cmd_user_add)
    user.add_parser("list", help="accounts tonen").set_defaults(func=_cmd_user_list)
    remove = user.add_parser("remove", help="account verwijderen")
    remove.add_argument("username")
    remove.set_defaults(func=_cmd_user_remove)
    files.add_export_commands(sub)
    backup_help = ("reservekopie van de database, zonder de accounts en hun wachtwoorden "
                   "(die staan in data/auth.yaml of SAMENSPRAAK_AUTH_FILE)")
    backup_parser = sub.add_parser("backup", help=backup_help, description=backup_help[0].upper() + backup_help[1:] + ".")
    backup_parser.add_argument("--out", type=Path, metavar="FILE", help="bestand (standaard data/backups/samenspraak-DATUM-TIJD.*)")
    backup_parser.set_defaults(func=_cmd_backup)
    restore_help = "de database vervangen door een reservekopie van `samenspraak backup` (accounts blijven)"
    restore_parser = sub.add_parser("restore", help=restore_help, description=restore_help[0].upper() + restore_help[1:] + ".")
    restore_parser.add_argument("file", type=Path)
    restore_parser.set_defaults(func=_cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (auth.AccountError, backup.BackupError, exercises.ExerciseFileError, grouping.GroupingError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
