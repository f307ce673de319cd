"""Accounts of the externe begeleider and the coördinator (roadmap step 1: who runs the
trajectory): a credentials file outside git with bcrypt hashes and a cookie key of its own, managed
with `samenspraak user ...`. Parents never have an account.
"""

from __future__ import annotations

import ast
import io
import stat
import sys
from pathlib import Path

import pytest
import yaml

from facilitation import auth, cli, config

PASSWORD = "Zomer-in-Geel-2026"


@pytest.fixture(params=["default", "custom"])
def auth_file(request, isolated_environment: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the accounts are kept: the data folder by default, or SAMENSPRAAK_AUTH_FILE."""
    if request.param == "default":
        path = isolated_environment / "auth.yaml"
    else:
        path = tmp_path / "geheim" / "accounts.yaml"
        monkeypatch.setenv("SAMENSPRAAK_AUTH_FILE", str(path))
    assert config.auth_file() == path
    return path


@pytest.fixture
def default_auth_file(isolated_environment: Path) -> Path:
    return config.auth_file()


def _stored(username: str) -> dict:
    return auth.load()["credentials"]["usernames"][username]


def test_a_fresh_install_has_no_accounts_and_no_demo_login(auth_file, isolated_environment):
    assert auth.users() == {}
    assert auth.DEMO_USERNAME not in auth.users()
    assert auth_file.is_file()
    folders = {auth_file.parent, isolated_environment}
    written = sorted(f for folder in folders if folder.exists() for f in folder.iterdir())
    assert written == [auth_file]  # a custom SAMENSPRAAK_AUTH_FILE leaves the data folder alone


def test_a_password_is_stored_only_as_a_bcrypt_hash(auth_file):
    auth.add_user(username="anna", password=PASSWORD, roles=["coordinator"])
    hashed = _stored("anna")["password"]
    assert hashed.startswith("$2")
    assert auth.check_password(PASSWORD, hashed)
    assert not auth.check_password("Winter-in-Geel-2026", hashed)
    assert PASSWORD not in auth_file.read_text(encoding="utf-8")
    assert list(auth_file.parent.iterdir()) == [auth_file]  # no temporary copy left behind


def test_the_credentials_file_is_readable_by_the_server_only(auth_file):
    auth.add_user(username="anna", password=PASSWORD, roles=["coordinator"])
    assert stat.S_IMODE(auth_file.stat().st_mode) == 0o600


def test_changing_a_password_replaces_the_old_one(default_auth_file):
    auth.add_user(username="anna", password=PASSWORD, roles=["coordinator"])
    auth.add_user(username="anna", password="Herfst-in-Mol-2027", roles=["coordinator", "facilitator"])
    hashed = _stored("anna")["password"]
    assert auth.check_password("Herfst-in-Mol-2027", hashed) and not auth.check_password(PASSWORD, hashed)
    assert auth.users() == {"anna": ["coordinator", "facilitator"]}


def test_each_installation_gets_its_own_cookie_key(tmp_path):
    first = auth.load(tmp_path / "gemeente_a" / "auth.yaml")["cookie"]["key"]
    second = auth.load(tmp_path / "gemeente_b" / "auth.yaml")["cookie"]["key"]
    assert len(first) >= 32 and len(second) >= 32
    assert first != second


def test_the_cookie_key_survives_a_restart(default_auth_file):
    """A new key at every start would log every begeleider out in the middle of a meeting."""
    key = auth.load()["cookie"]["key"]
    auth.add_user(username="anna", password=PASSWORD, roles=["coordinator"])
    assert auth.load()["cookie"]["key"] == key
    assert yaml.safe_load(default_auth_file.read_text(encoding="utf-8"))["cookie"]["key"] == key


def test_a_file_without_a_cookie_key_gets_one_and_keeps_its_accounts(default_auth_file):
    auth.add_user(username="anna", password=PASSWORD, roles=["coordinator"])
    data = yaml.safe_load(default_auth_file.read_text(encoding="utf-8"))
    data["cookie"]["key"] = ""
    default_auth_file.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert len(auth.load()["cookie"]["key"]) >= 32
    assert auth.users() == {"anna": ["coordinator"]}


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
        ("anna", ["burgemeester"], PASSWORD, "Onbekende rol burgemeester"),
        ("anna", [], PASSWORD, "Onbekende rol"),
        ("anna", ["coordinator"], "kort", "minstens 8 tekens"),
    ],
    ids=["space-and-capitals", "too-short-name", "unknown-role", "no-role", "short-password"],
)
def test_a_bad_account_is_refused_in_dutch_and_the_file_is_untouched(
    default_auth_file, username, roles, password, message
):
    auth.load()  # the installation's file, with its cookie key
    before = default_auth_file.read_bytes()
    with pytest.raises(auth.AccountError, match=message):
        auth.add_user(username=username, password=password, roles=roles)
    assert default_auth_file.read_bytes() == before


def test_a_username_with_a_line_break_is_refused():
    with pytest.raises(auth.AccountError, match="Gebruikersnaam"):
        auth.add_user(username="anna\n", password=PASSWORD, roles=["coordinator"])
    assert auth.users() == {}


# ---------------------------------------------------------------- samenspraak user ...


def test_cli_user_add_reads_the_password_from_stdin_and_user_list_shows_the_role(auth_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["user", "add", "anna", "--role", "coordinator"]) == 0
    assert "anna" in capsys.readouterr().out
    assert auth.check_password(PASSWORD, _stored("anna")["password"])
    assert cli.main(["user", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["anna\tcoordinator"]


def test_cli_user_add_with_a_short_password_fails_without_a_traceback(default_auth_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("kort\n"))
    assert cli.main(["user", "add", "anna", "--role", "coordinator"]) == 2
    err = capsys.readouterr().err
    assert "minstens 8 tekens" in err and "Traceback" not in err
    assert auth.users() == {}


def test_cli_user_remove(default_auth_file, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    cli.main(["user", "add", "anna", "--role", "facilitator"])
    assert cli.main(["user", "remove", "anna"]) == 0
    assert auth.users() == {}
    capsys.readouterr()
    assert cli.main(["user", "remove", "anna"]) == 1
    assert "Geen account 'anna'" in capsys.readouterr().err


def test_cli_reports_a_damaged_credentials_file_without_a_traceback(default_auth_file, capsys):
    default_auth_file.parent.mkdir(parents=True, exist_ok=True)
    default_auth_file.write_text("cookie:\n\tkey: x\n", encoding="utf-8")
    assert cli.main(["user", "list"]) == 2
    err = capsys.readouterr().err
    assert str(default_auth_file) in err and "Traceback" not in err
