"""Several Samenspraak processes on one PostgreSQL behind nginx, on this machine.

    python deploy/cluster.py serve [--processes 2] [--port 8080] [--data DIR]   # `make serve-cluster`
    python deploy/cluster.py nginx --listen 80 --ports 8601 8602                  # the site for /etc/nginx

`serve` starts PostgreSQL (Debian's, throw-away in /tmp, or kept in --data DIR; none when
SAMENSPRAAK_DATABASE_URL is set), runs `samenspraak migrate` and the demo once, starts the app
processes (`streamlit run serve.py`, ports 8601, 8602, ...) and nginx on --port; Ctrl+C stops all.
tests/test_cluster.py drives the same `Cluster`.
"""

from __future__ import annotations

import argparse
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).with_name("nginx-samenspraak.conf.template")
FIRST_APP_PORT = 8601
STARTUP_LIMIT = 120  # seconds for a process to answer /_stcore/health

# nginx as a foreground program with everything in one folder (the site is included as rendered).
MAIN_CONF = """\
daemon off;
worker_processes auto;
worker_rlimit_nofile 8192;
pid {run}/nginx.pid;
error_log {run}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;  # the site has its own log, without addresses
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {run}/samenspraak.conf;
}}
"""


def nginx_site(listen: int | str, ports: list[int], logs: Path | str = "/var/log/nginx") -> str:
    """The nginx site (upstream, sticky key, compression, websockets, long poll) for these ports."""
    servers = "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" for port in ports)
    return (TEMPLATE.read_text(encoding="utf-8").replace("@LISTEN@", str(listen)).replace("@SERVERS@", servers)
            .replace("@LOGS@", str(logs)))


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def _wait(condition, what: str, process: subprocess.Popen, log: Path, limit: float = STARTUP_LIMIT) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            tail = log.read_text(encoding="utf-8", errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"{what} did not start (exit code {process.poll()}):\n{tail}")
        time.sleep(0.2)


def stop_group(process: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    """Stop a process and everything it started (its process group)."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=15)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


class LocalPostgres:
    """Debian's PostgreSQL as a plain program: in `data` (kept) or in a temporary folder (removed).
    As root it runs as the `postgres` user, because the server refuses to run as root."""

    def __init__(self, data: Path | None = None) -> None:
        candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
        if not candidates:
            raise RuntimeError("PostgreSQL is not installed: `make system-deps` installs Debian's postgresql.")
        self.bin = Path(candidates[0]).parent
        self.keep = data is not None
        self.root = Path(data).resolve() if data else Path(tempfile.mkdtemp(prefix="samenspraak-cluster-pg-"))
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        if not (self.root / "data" / "PG_VERSION").exists():
            self._run("initdb", "-D", str(self.root / "data"), "-A", "trust", "-U", "samenspraak", "-E", "UTF8")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.root / "data"), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return f"postgresql+psycopg://samenspraak@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "stop")
        finally:
            if not self.keep:
                shutil.rmtree(self.root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """N app processes on one database and nginx in front of them, each in its own process group."""

    def __init__(self, database_url: str, *, processes: int = 2, proxy_port: int = 8080,
                 app_ports: list[int] | None = None, run_dir: Path | None = None) -> None:
        self.database_url = database_url
        self.proxy_port = proxy_port
        self.app_ports = app_ports or [FIRST_APP_PORT + i for i in range(processes)]
        self.run_dir = run_dir or Path(tempfile.mkdtemp(prefix="samenspraak-cluster-"))
        self.url = f"http://127.0.0.1:{proxy_port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("SAMENSPRAAK_", "STREAMLIT_"))}
        self.env.update(
            SAMENSPRAAK_DATABASE_URL=database_url,
            SAMENSPRAAK_DATA_DIR=str(self.run_dir / "data"),
            SAMENSPRAAK_PUBLIC_URL=f"http://localhost:{proxy_port}",
            # One secret for all processes: Streamlit's XSRF cookie stays valid on another process.
            STREAMLIT_SERVER_COOKIE_SECRET=secrets.token_urlsafe(32),
            PYTHONUNBUFFERED="1",
        )
        self.apps: dict[int, subprocess.Popen] = {}
        self.proxy: subprocess.Popen | None = None
        self.nginx_temp: Path | None = None

    def samenspraak(self, *args: str) -> str:
        """Run the command line (`samenspraak migrate`, `demo --if-empty`, `backup`) on the cluster's database."""
        result = subprocess.run([sys.executable, "-m", "facilitation.cli", *args], cwd=ROOT, env=self.env,
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise RuntimeError(f"samenspraak {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def app_url(self, port: int) -> str:
        return f"http://127.0.0.1:{port}"

    def start_app(self, port: int, *, wait: bool = True) -> None:
        log = self.run_dir / f"app-{port}.log"
        with log.open("ab") as out:
            self.apps[port] = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.port", str(port),
                 "--server.address", "127.0.0.1", "--server.headless", "true"],
                cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        if wait:
            self.wait_for_app(port)

    def wait_for_app(self, port: int) -> None:
        _wait(lambda: healthy(self.app_url(port)), f"The process on port {port}", self.apps[port],
              self.run_dir / f"app-{port}.log")

    def kill_app(self, port: int, sig: int = signal.SIGKILL) -> None:
        stop_group(self.apps[port], sig)

    def start_proxy(self) -> None:
        nginx = nginx_binary()
        if nginx is None:
            raise RuntimeError("nginx is not installed: `make system-deps` installs Debian's nginx.")
        # nginx's workers (nobody, when started as root) need their temp folders where they can reach them
        self.nginx_temp = Path(tempfile.mkdtemp(prefix="samenspraak-nginx-"))
        self.nginx_temp.chmod(0o755)
        (self.run_dir / "samenspraak.conf").write_text(nginx_site(f"127.0.0.1:{self.proxy_port}", self.app_ports,
                                                                  self.run_dir))
        conf = self.run_dir / "nginx.conf"
        conf.write_text(MAIN_CONF.format(run=self.run_dir, temp=self.nginx_temp))
        log = self.run_dir / "nginx-error.log"
        checked = subprocess.run([nginx, "-t", "-q", "-p", str(self.run_dir), "-e", str(log), "-c", str(conf)],
                                 capture_output=True, text=True)
        if checked.returncode != 0:
            raise RuntimeError(f"nginx refuses its configuration ({conf}):\n{checked.stderr}")
        self.proxy = subprocess.Popen([nginx, "-p", str(self.run_dir), "-e", str(log), "-c", str(conf)],
                                      start_new_session=True)
        _wait(lambda: healthy(self.url), "nginx", self.proxy, log, limit=30)

    def start(self) -> None:
        """The app processes side by side (each takes a while), then the proxy."""
        for port in self.app_ports:
            self.start_app(port, wait=False)
        for port in self.app_ports:
            self.wait_for_app(port)
        self.start_proxy()

    def stop(self) -> None:
        stop_group(self.proxy)  # SIGTERM: nginx stops at once (a graceful stop would wait for every long poll)
        if self.nginx_temp is not None:
            shutil.rmtree(self.nginx_temp, ignore_errors=True)
        for process in self.apps.values():
            stop_group(process)

    def __enter__(self) -> Cluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


def serve(args: argparse.Namespace) -> int:
    postgres = None
    database_url = os.environ.get("SAMENSPRAAK_DATABASE_URL")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # a stop from outside cleans up like Ctrl+C
    try:
        if not database_url:
            postgres = LocalPostgres(args.data)
            database_url = postgres.start()
            print(f"PostgreSQL: {database_url}" + (f" (bewaard in {args.data})" if args.data else " (tijdelijk)"))
        cluster = Cluster(database_url, processes=args.processes, proxy_port=args.port)
        print(cluster.samenspraak("migrate").strip())
        print(cluster.samenspraak("demo", "--if-empty").strip())
        print(f"{args.processes} processen starten ({', '.join(map(str, cluster.app_ports))}), dan nginx ...")
        with cluster:
            print(f"\n  Samenspraak draait op {cluster.url} (nginx voor {args.processes} processen, "
                  f"logs in {cluster.run_dir})")
            print("  Demo-login: gebruiker 'demo', wachtwoord 'demo-samenspraak'. Stoppen: Ctrl+C\n")
            while all(p.poll() is None for p in [cluster.proxy, *cluster.apps.values()]):
                time.sleep(1)
            print("Een proces stopte onverwacht: alles wordt gestopt.", file=sys.stderr)
            return 1
    except KeyboardInterrupt:
        return 0
    finally:
        if postgres is not None:
            postgres.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="deploy/cluster.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("serve", help="PostgreSQL, N processen en nginx op deze machine (Ctrl+C stopt alles)")
    run.add_argument("--processes", type=int, default=2)
    run.add_argument("--port", type=int, default=8080, help="poort van nginx")
    run.add_argument("--data", type=Path, help="map voor een blijvende PostgreSQL (anders tijdelijk)")
    site = sub.add_parser("nginx", help="de nginx-site voor deze poorten op stdout")
    site.add_argument("--listen", default="80", help="waar nginx luistert (80, 127.0.0.1:8080, ...)")
    site.add_argument("--ports", type=int, nargs="+", default=[FIRST_APP_PORT, FIRST_APP_PORT + 1])
    args = parser.parse_args(argv)
    if args.command == "nginx":
        print(nginx_site(args.listen, args.ports), end="")
        return 0
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())
