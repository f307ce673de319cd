"""Accounts of the externe begeleider, the coördinator and the beheerder (roadmap step 1: who runs
the trajectory), in the database: bcrypt hashes only, one cookie key per installation, the same
accounts for every process, managed with `samenspraak user ...` and the Accounts page. The
accounts of an existing data/auth.yaml arrive with migration 0007. Parents never have an account.
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from alembic import command
from sqlalchemy import select

from facilitation import access, auth, cli, config, db, trajectory
from facilitation.models import StaffAccount

PASSWORD = "Zomer-in-Geel-2026"
ROOT = Path(__file__).resolve().parent.parent


def _stored(read, username: str) -> StaffAccount:
    with read() as s:
        return auth.get_account(s, username=username)


def test_a_fresh_install_has_no_accounts_and_no_demo_login(read):
    with read() as s:
        assert auth.users(s) == {}
        assert auth.DEMO_USERNAME not in auth.users(s)


def test_a_password_is_stored_only_as_a_bcrypt_hash(write, read, database_url):
    with write() as s:
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
    hashed = _stored(read, "anna").password_hash
    assert hashed.startswith("$2")
    assert auth.check_password(PASSWORD, hashed)
    assert not auth.check_password("Winter-in-Geel-2026", hashed)
    with db.engine_for(database_url).connect() as connection:
        rows = connection.exec_driver_sql("SELECT * FROM staff_account").all()
    assert PASSWORD not in repr(rows)


def test_changing_a_password_replaces_the_old_one_and_ends_the_logins(write, read):
    with write() as s:
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
    before = _stored(read, "anna")
    with write() as s:
        auth.add_user(s, username="anna", password="Herfst-in-Mol-2027", roles=["coordinator", "facilitator"])
    after = _stored(read, "anna")
    assert auth.check_password("Herfst-in-Mol-2027", after.password_hash)
    assert not auth.check_password(PASSWORD, after.password_hash)
    assert after.generation == before.generation + 1 and after.logged_out_at > before.logged_out_at
    with read() as s:
        assert auth.users(s) == {"anna": ["coordinator", "facilitator"]}


def test_afmelden_ends_the_logins_of_that_account_only(write, read):
    with write() as s:
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
        auth.add_user(s, username="bert", password=PASSWORD, roles=["facilitator"])
    with write() as s:
        auth.record_logout(s, username="anna")
        auth.record_logout(s, username="niemand")  # an account removed meanwhile: nothing happens
    assert _stored(read, "anna").generation == 1
    assert _stored(read, "bert").generation == 0


def test_the_authenticator_gets_the_accounts_in_its_own_shape(write, read):
    with write() as s:
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
        auth.add_user(s, username="bert", password=PASSWORD, roles=["facilitator", "admin"])
    with read() as s:
        everyone = auth.credentials(s)
        only_bert = auth.credentials(s, username="bert")
    assert sorted(everyone["usernames"]) == ["anna", "bert"]
    assert list(only_bert["usernames"]) == ["bert"]
    entry = only_bert["usernames"]["bert"]
    assert entry["roles"] == ["admin", "facilitator"]
    assert entry["password"].startswith("$2") and entry["generation"] == 0
    assert {"email", "first_name", "last_name"} <= set(entry)


def test_the_cookie_key_is_made_once_and_kept(write, read):
    with read() as s:
        assert auth.cookie_key(s) is None
    with write() as s:
        key = auth.make_cookie_key(s)
    with write() as s:
        assert auth.make_cookie_key(s) == key
    with read() as s:
        assert auth.cookie_key(s) == key
    assert len(key) >= 32


def test_each_installation_gets_its_own_cookie_key(tmp_path):
    keys = []
    for name in ("gemeente_a", "gemeente_b"):
        url = f"sqlite:///{tmp_path / name / 'samenspraak.db'}"
        db.migrate(url)
        with db.transaction(db.engine_for(url), write=True) as s:
            keys.append(auth.make_cookie_key(s))
        db.engine_for(url).dispose()
    assert keys[0] != keys[1]


SECOND_PROCESS = """
from facilitation import auth, config, db
with db.transaction(db.engine_for(config.database_url()), write=True) as s:
    print(auth.make_cookie_key(s))
    print(sorted(auth.users(s).items()))
"""


def test_a_second_process_sees_the_same_accounts_and_cookie_key(database_url, write):
    """Two app processes on one database (two machines on one PostgreSQL): one set of accounts."""
    with write() as s:
        key = auth.make_cookie_key(s)
    added = subprocess.run([sys.executable, "-m", "facilitation.cli", "user", "add", "anna", "--role", "coordinator"],
                           input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert added.returncode == 0, added.stderr
    seen = subprocess.run([sys.executable, "-c", SECOND_PROCESS], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.splitlines() == [key, "[('anna', ['coordinator'])]"]


def _literal_cookie_keys(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            found += [f"{path.name}:{node.lineno}" for k, v in zip(node.keys, node.values)
                      if isinstance(k, ast.Constant) and k.value == "key"
                      and isinstance(v, ast.Constant) and isinstance(v.value, str)]
        elif isinstance(node, ast.keyword) and node.arg == "cookie_key" and isinstance(node.value, ast.Constant):
            found.append(f"{path.name}:{node.value.lineno}")
    return found


def test_no_cookie_key_is_written_in_the_source():
    sources = sorted((config.PROJECT_ROOT / "facilitation").rglob("*.py"))
    assert sources
    assert [hit for path in sources for hit in _literal_cookie_keys(path)] == []


def test_the_source_check_would_see_a_written_key(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('COOKIE = {"name": "x", "key": "abc123", "expiry_days": 7}\nA(cookie_key="zzz")\n')
    assert len(_literal_cookie_keys(sample)) == 2


@pytest.mark.parametrize(
    ("username", "roles", "password", "message"),
    [
        ("Anna Peeters", ["coordinator"], PASSWORD, "Gebruikersnaam: 3 tot 32 tekens"),
        ("an", ["coordinator"], PASSWORD, "Gebruikersnaam: 3 tot 32 tekens"),
        ("anna\n", ["coordinator"], PASSWORD, "Gebruikersnaam: 3 tot 32 tekens"),
        ("anna", ["burgemeester"], PASSWORD, "Onbekende rol burgemeester"),
        ("anna", [], PASSWORD, "Onbekende rol"),
        ("anna", ["coordinator"], "kort", "minstens 8 tekens"),
        ("anna", ["coordinator"], " " + PASSWORD, "niet met een spatie beginnen of eindigen"),
        ("anna", ["coordinator"], "x" * 73, "hoogstens 72 tekens"),
    ],
    ids=["space-and-capitals", "too-short-name", "line-break", "unknown-role", "no-role", "short-password",
         "password-with-space", "password-too-long"],
)
def test_a_bad_account_is_refused_in_dutch_and_nothing_is_stored(write, read, username, roles, password, message):
    with pytest.raises(auth.AccountError, match=message):
        with write() as s:
            auth.add_user(s, username=username, password=password, roles=roles)
    with read() as s:
        assert auth.users(s) == {}


def test_the_accounts_page_cannot_overwrite_an_existing_account(write, read):
    with write() as s:
        auth.create_account(s, username="anna", password=PASSWORD, roles=["coordinator"])
    with pytest.raises(auth.AccountError, match="Er bestaat al een account 'anna'"):
        with write() as s:
            auth.create_account(s, username="anna", password="Ander-wachtwoord-1", roles=["admin"])
    assert auth.check_password(PASSWORD, _stored(read, "anna").password_hash)


def test_the_last_admin_stays_and_nobody_removes_their_own_account(write, read):
    with write() as s:
        auth.add_user(s, username="beheer", password=PASSWORD, roles=["admin"])
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
    with pytest.raises(auth.AccountError, match="laatste account met de rol beheerder"):
        with write() as s:
            auth.set_roles(s, username="beheer", roles=["coordinator"])
    with pytest.raises(auth.AccountError, match="eigen account"):
        with write() as s:
            auth.remove_account(s, username="beheer", by="beheer")
    with pytest.raises(auth.AccountError, match="laatste account met de rol beheerder"):
        with write() as s:
            auth.remove_account(s, username="beheer", by="anna")
    with write() as s:
        auth.set_roles(s, username="anna", roles=["admin"])
        auth.set_roles(s, username="beheer", roles=["facilitator"])  # another admin exists now
        auth.remove_account(s, username="beheer", by="anna")
    with read() as s:
        assert auth.users(s) == {"anna": ["admin"]}


def test_a_new_password_from_the_admin_ends_the_logins(write, read):
    with write() as s:
        auth.add_user(s, username="anna", password=PASSWORD, roles=["coordinator"])
    with write() as s:
        auth.set_password(s, username="anna", password="Nieuw-wachtwoord-9")
    stored = _stored(read, "anna")
    assert auth.check_password("Nieuw-wachtwoord-9", stored.password_hash) and stored.generation == 1
    with pytest.raises(auth.AccountError, match="Er is geen account 'bert'"):
        with write() as s:
            auth.set_password(s, username="bert", password="Nieuw-wachtwoord-9")


# ---------------------------------------------------------------- migration 0007: data/auth.yaml


def _old_auth_file(path: Path) -> dict:
    """A credentials file as the code before migration 0007 wrote it."""
    data = {
        "cookie": {"name": "samenspraak_login", "key": "de-sleutel-van-deze-installatie-1234567890", "expiry_days": 7},
        "credentials": {"usernames": {
            "anna": {"email": "anna@samenspraak.invalid", "first_name": "anna", "last_name": "",
                     "password": auth.hash_password(PASSWORD), "roles": ["coordinator", "facilitator"],
                     "logged_out_at": 1_790_000_000.5},
            "beheer": {"email": "beheer@samenspraak.invalid", "first_name": "beheer", "last_name": "",
                       "password": auth.hash_password("Beheer-wachtwoord-1"), "roles": ["admin"]},
            "Kapot Account": {"password": "geen-hash", "roles": ["admin"]},  # never written by that code
        }},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return data


def test_migration_0007_brings_the_accounts_of_auth_yaml_into_the_database(database_url, read):
    """An installation keeps its logins and its login cookies across the update (SQLite and PostgreSQL)."""
    old = _old_auth_file(config.auth_file())
    cfg = db.alembic_config(database_url)
    with db.engine_for(database_url).begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0006")
    db.migrate(database_url)
    with read() as s:
        assert auth.users(s) == {"anna": ["coordinator", "facilitator"], "beheer": ["admin"]}
        anna = auth.get_account(s, username="anna")
        assert anna.password_hash == old["credentials"]["usernames"]["anna"]["password"]
        assert auth.check_password(PASSWORD, anna.password_hash)
        assert anna.logged_out_at == 1_790_000_000.5
        assert auth.cookie_key(s) == old["cookie"]["key"]


def test_migration_0007_without_an_auth_file_starts_without_accounts(tmp_path):
    url = f"sqlite:///{tmp_path / 'nieuw.db'}"
    try:
        db.migrate(url)
        with db.transaction(db.engine_for(url)) as s:
            assert auth.users(s) == {} and auth.cookie_key(s) is None
    finally:
        db.engine_for(url).dispose()


# ---------------------------------------------------------------- samenspraak user ...


def _cli(monkeypatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(list(argv))


@pytest.fixture
def two_trajectories(write) -> tuple[int, int]:
    with write() as s:
        geel = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030).id
        mol = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030).id
    return geel, mol


def test_cli_user_add_with_trajectories_and_user_list(database_url, read, two_trajectories, monkeypatch, capsys):
    geel, mol = two_trajectories
    assert _cli(monkeypatch, "user", "add", "anna", "--role", "coordinator", "--trajectory", str(geel),
                stdin=PASSWORD + "\n") == 0
    assert "anna" in capsys.readouterr().out
    assert _cli(monkeypatch, "user", "add", "beheer", "--role", "admin", stdin=PASSWORD + "\n") == 0
    assert auth.check_password(PASSWORD, _stored(read, "anna").password_hash)
    capsys.readouterr()
    assert _cli(monkeypatch, "user", "list") == 0
    assert capsys.readouterr().out.splitlines() == [f"anna\tcoordinator\ttrajecten: {geel}",
                                                    "beheer\tadmin\ttrajecten: alle"]
    with read() as s:
        assert access.can_open(s, username="anna", trajectory_id=geel)
        assert not access.can_open(s, username="anna", trajectory_id=mol)


def test_cli_user_assign_and_unassign(database_url, read, two_trajectories, monkeypatch, capsys):
    geel, mol = two_trajectories
    _cli(monkeypatch, "user", "add", "anna", "--role", "facilitator", stdin=PASSWORD + "\n")
    capsys.readouterr()
    assert _cli(monkeypatch, "user", "assign", "anna", "--trajectory", str(geel), str(mol)) == 0
    assert capsys.readouterr().out.strip() == f"Account 'anna' hoort bij trajecten: {geel}, {mol}."
    assert _cli(monkeypatch, "user", "unassign", "anna", "--trajectory", str(geel)) == 0
    assert capsys.readouterr().out.strip() == f"Account 'anna' hoort bij trajecten: {mol}."
    assert _cli(monkeypatch, "trajectories") == 0
    assert capsys.readouterr().out.splitlines() == [f"{geel}\tGeel\t2025-2030", f"{mol}\tMol\t2025-2030"]


def test_cli_refuses_an_unknown_trajectory_or_account_in_dutch(database_url, read, monkeypatch, capsys):
    assert _cli(monkeypatch, "user", "add", "anna", "--role", "facilitator", "--trajectory", "999",
                stdin=PASSWORD + "\n") == 2
    err = capsys.readouterr().err
    assert "Dit traject bestaat niet" in err and "Traceback" not in err
    with read() as s:
        assert auth.users(s) == {}  # all or nothing
    assert _cli(monkeypatch, "user", "assign", "bert", "--trajectory", "1") == 2
    assert "Er is geen account 'bert'" in capsys.readouterr().err


def test_cli_user_add_with_a_short_password_fails_without_a_traceback(database_url, read, monkeypatch, capsys):
    assert _cli(monkeypatch, "user", "add", "anna", "--role", "coordinator", stdin="kort\n") == 2
    err = capsys.readouterr().err
    assert "minstens 8 tekens" in err and "Traceback" not in err
    with read() as s:
        assert auth.users(s) == {}


def test_cli_user_remove(database_url, read, monkeypatch, capsys):
    _cli(monkeypatch, "user", "add", "anna", "--role", "facilitator", stdin=PASSWORD + "\n")
    assert _cli(monkeypatch, "user", "remove", "anna") == 0
    with read() as s:
        assert auth.users(s) == {}
        assert s.scalars(select(StaffAccount)).all() == []
    capsys.readouterr()
    assert _cli(monkeypatch, "user", "remove", "anna") == 1
    assert "Geen account 'anna'" in capsys.readouterr().err
