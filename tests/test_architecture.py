"""The layers: facilitation/ is the domain and imports no Streamlit (except facilitation/ui/)."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAIN_MODULES = sorted(p for p in (ROOT / "facilitation").rglob("*.py") if "ui" not in p.relative_to(ROOT / "facilitation").parts)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_domain_modules_exist():
    names = {p.stem for p in DOMAIN_MODULES}
    assert {"trajectory", "session", "contribution", "domain", "vote", "goal", "models", "db"} <= names


def test_no_domain_module_imports_streamlit():
    offenders = [
        str(p.relative_to(ROOT))
        for p in DOMAIN_MODULES
        if _imports(p) & {"streamlit", "streamlit_authenticator", "extra_streamlit_components"}
    ]
    assert offenders == []


def test_importing_the_whole_domain_loads_no_streamlit():
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts) for p in DOMAIN_MODULES]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + (
        "bad = [m for m in sys.modules if m.split('.')[0] in ('streamlit', 'streamlit_authenticator')]\n"
        "print(bad)\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_is_a_thin_router():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    code_lines = [line for line in source.splitlines() if line.strip() and not line.lstrip().startswith(("#", '"""', "import", "from"))]
    assert len(code_lines) <= 8, code_lines
    assert "st.navigation" not in source or "router" in source


def test_the_phone_page_imports_no_streamlit_and_writes_only_through_the_domain():
    """phone/ is a screen beside Streamlit (served by serve.py): plain HTML on the same domain
    functions, so it never loads Streamlit and never writes a model itself."""
    offenders = []
    for path in sorted((ROOT / "phone").rglob("*.py")):
        if _imports(path) & {"streamlit", "streamlit_authenticator", "extra_streamlit_components"}:
            offenders.append(str(path.relative_to(ROOT)))
        source = path.read_text(encoding="utf-8")
        if "session.add(" in source or "session.delete(" in source:
            offenders.append(f"{path.relative_to(ROOT)} writes a model")
    assert offenders == []


def test_the_server_mounts_the_phone_page_beside_the_streamlit_screens():
    source = (ROOT / "serve.py").read_text(encoding="utf-8")
    assert 'st.App("app.py", routes=ROUTES' in source
    assert "serve.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
