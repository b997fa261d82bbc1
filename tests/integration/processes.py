"""Real processes for the sync tests: the central server, its admin command, workstations.

Everything binds or connects to 127.0.0.1 and every wait has a bound. Each process's
standard error goes to a file (in the test's tmp folder); failures quote its tail.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import psycopg
import requests

HOST = "127.0.0.1"
PG_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=5"
START_TIMEOUT = 30.0
COMMAND_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0

# Child processes run without any OS keyring: the refresh token lives in the process's
# memory only, so every `sync` gets the password on stdin (DESIGN.md section 5).
NO_KEYRING = "keyring.backends.fail.Keyring"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WORKSTATION_DATA_DIR", None)
    env["PYTHON_KEYRING_BACKEND"] = NO_KEYRING
    env["PYTHONUNBUFFERED"] = "1"
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        env.pop(name, None)
    if extra:
        env.update(extra)
    return env


def tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return "(no output file)"
    return "\n".join(text.splitlines()[-lines:])


# --- databases --------------------------------------------------------------------------


class PostgresUnavailable(RuntimeError):
    pass


def pg_admin_connection() -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(PG_ADMIN, autocommit=True)
    except psycopg.OperationalError as exc:
        raise PostgresUnavailable(
            "PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres, trust auth, "
            "database `test`); start it with `bash scripts/postgres.sh`. "
            f"psycopg said: {exc}"
        ) from exc


def create_pg_database() -> str:
    name = f"ws_it_{uuid.uuid4().hex[:12]}"
    with pg_admin_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_pg_database(name: str) -> None:
    with pg_admin_connection() as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def pg_url(name: str) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# --- the central server -----------------------------------------------------------------


class ServerProcess:
    """`python -m workstation server --database URL --host 127.0.0.1 --port P ...`."""

    def __init__(
        self,
        database_url: str,
        log_dir: Path,
        *,
        port: int | None = None,
        workers: int | None = None,
        extra_args: Sequence[str] = (),
        env: dict[str, str] | None = None,
        ready_path: str = "/openapi.json",
    ) -> None:
        self.database_url = database_url
        self.port = port or free_port()
        self.workers = workers
        self.extra_args = list(extra_args)
        self.env = child_env(env)
        self.ready_path = ready_path
        log_dir.mkdir(parents=True, exist_ok=True)
        self.stderr_path = log_dir / f"server-{self.port}.stderr"
        self.stdout_path = log_dir / f"server-{self.port}.stdout"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def command(self) -> list[str]:
        args = [
            sys.executable,
            "-m",
            "workstation",
            "server",
            "--database",
            self.database_url,
            "--host",
            HOST,
            "--port",
            str(self.port),
        ]
        if self.workers is not None:
            args += ["--workers", str(self.workers)]
        return args + self.extra_args

    def start(self, timeout: float = START_TIMEOUT) -> ServerProcess:
        assert self.process is None or self.process.poll() is not None, "already running"
        self.starts += 1
        with self.stderr_path.open("ab") as err, self.stdout_path.open("ab") as out:
            err.write(f"\n===== start {self.starts} =====\n".encode())
            self.process = subprocess.Popen(
                self.command(),
                stdout=out,
                stderr=err,
                env=self.env,
                start_new_session=True,  # its own process group: workers die with it
            )
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        assert self.process is not None
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise AssertionError(
                    f"server exited with {code} while starting:\n{tail(self.stderr_path)}"
                )
            try:
                if requests.get(self.url + self.ready_path, timeout=2).status_code < 500:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.kill()
        raise AssertionError(
            f"server did not answer {self.ready_path} within {timeout} s:\n{tail(self.stderr_path)}"
        )

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _signal_group(self, sig: signal.Signals) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, sig)

    def kill(self) -> None:
        """SIGKILL to the server and its workers, now."""
        if self.process is None or self.process.poll() is not None:
            return
        self._signal_group(signal.SIGKILL)
        self.process.wait(STOP_TIMEOUT)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM, then SIGKILL after ``timeout``."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                self.process.wait(STOP_TIMEOUT)
        # workers left behind by a killed parent
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def restart(self, *, kill: bool = False, timeout: float = START_TIMEOUT) -> None:
        """Stops (or SIGKILLs) the server and starts it again on the same port."""
        if kill:
            self.kill()
        else:
            self.stop()
        self.start(timeout)

    def stderr(self) -> str:
        return tail(self.stderr_path, 200)


# --- commands ---------------------------------------------------------------------------


class CommandFailed(AssertionError):
    pass


def run_workstation(
    args: Sequence[str | Path],
    *,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = COMMAND_TIMEOUT,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`python -m workstation ARGS`; raises `CommandFailed` with its output on a non-zero
    exit when ``check``."""
    cmd = [sys.executable, "-m", "workstation", *map(str, args)]
    done = subprocess.run(
        cmd,
        input=stdin,
        capture_output=True,
        text=True,
        env=child_env(env),
        timeout=timeout,
        check=False,
    )
    if check and done.returncode != 0:
        raise CommandFailed(
            f"{' '.join(cmd[2:])} exited {done.returncode}\n"
            f"stdout: {done.stdout[-3000:]}\nstderr: {done.stderr[-3000:]}"
        )
    return done


_IN_PROCESS = threading.Lock()


def run_in_process(
    args: Sequence[str | Path], *, stdin: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """`workstation ARGS` through `workstation.cli.main` in this process (no start-up
    cost): for set-up and read-only looks, never for the processes under test."""
    from workstation.cli import main

    argv = [str(a) for a in args]
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    saved_stdin = sys.stdin
    with _IN_PROCESS, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        sys.stdin = io.StringIO(stdin or "")
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
        finally:
            sys.stdin = saved_stdin
            out.flush()
            err.flush()
    done = subprocess.CompletedProcess(
        argv,
        code,
        out.buffer.getvalue().decode("utf-8"),
        err.buffer.getvalue().decode("utf-8"),
    )
    if check and code != 0:
        raise CommandFailed(
            f"{' '.join(argv)} (in process) exited {code}\n"
            f"stdout: {done.stdout[-3000:]}\nstderr: {done.stderr[-3000:]}"
        )
    return done


def admin(
    database_url: str,
    *args: str,
    stdin: str | None = None,
    check: bool = True,
    env: dict[str, str] | None = None,
    in_process: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`python -m workstation admin --database URL ARGS` (``in_process``: the same command
    run in this process, much faster)."""
    argv = ["admin", "--database", database_url, *args]
    if in_process:
        return run_in_process(argv, stdin=stdin, check=check)
    return run_workstation(argv, stdin=stdin, check=check, env=env)


class Workstation:
    """One workstation: a data folder driven through `python -m workstation --data-dir D`."""

    def __init__(self, data_dir: Path, *, name: str = "", env: dict[str, str] | None = None):
        self.data_dir = data_dir
        self.name = name or data_dir.name
        self.env = env or {}
        self.user: str | None = None
        self.password: str | None = None
        self.server_url: str | None = None
        self.runs = 0
        self.last_output: tuple[Path, Path] | None = None

    def run(
        self,
        *args: str | Path,
        stdin: str | None = None,
        check: bool = True,
        timeout: float = COMMAND_TIMEOUT,
    ) -> subprocess.CompletedProcess[str]:
        return run_workstation(
            ["--data-dir", self.data_dir, *args],
            stdin=stdin,
            env=self.env,
            timeout=timeout,
            check=check,
        )

    def command(self, *args: str | Path) -> list[str]:
        return [sys.executable, "-m", "workstation", "--data-dir", str(self.data_dir)] + [
            str(a) for a in args
        ]

    def init(self) -> None:
        self.run("init")

    def enrol(self, server_url: str, code: str) -> subprocess.CompletedProcess[str]:
        self.server_url = server_url
        return self.run("enrol", "--server", server_url, "--code", code)

    def login(self, user: str, password: str, *, check: bool = True) -> Any:
        """`login --user U --password-stdin`; on success later syncs run as this user."""
        done = self.run("login", "--user", user, "--password-stdin", stdin=password, check=check)
        if done.returncode == 0:
            self.use(user, password)
        return done

    def use(self, user: str, password: str) -> None:
        """Who the next `sync` runs as (it logs in with the password on stdin)."""
        self.user, self.password = user, password

    def sync_args(self) -> list[str]:
        args = ["sync", "--once"]
        if self.user is not None:
            args += ["--user", self.user, "--password-stdin"]
        return args

    def sync(self, *, check: bool = True, timeout: float = COMMAND_TIMEOUT) -> Any:
        return self.run(*self.sync_args(), stdin=self.password, check=check, timeout=timeout)

    def look(self, *args: str, in_process: bool = True) -> subprocess.CompletedProcess[str]:
        """A read-only command, in this process unless asked otherwise."""
        if in_process:
            return run_in_process(["--data-dir", self.data_dir, *args])
        return self.run(*args)

    def status(self, *, in_process: bool = True) -> dict[str, Any]:
        done = self.look("status", "--json", in_process=in_process)
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    def export(self, *, in_process: bool = True) -> Any:
        return json.loads(self.look("export", "--format", "json", in_process=in_process).stdout)

    def import_file(self, path: Path) -> None:
        self.run("import", path)

    def start(self, *args: str, stdin: str | None = None) -> subprocess.Popen[bytes]:
        """Starts a command without waiting (for killing it in the middle); its output goes
        to files beside the data folder (`last_output`)."""
        self.runs += 1
        base = self.data_dir.parent / f"{self.name}-run{self.runs}"
        self.last_output = (base.with_suffix(".stdout"), base.with_suffix(".stderr"))
        with self.last_output[0].open("wb") as out, self.last_output[1].open("wb") as err:
            process = subprocess.Popen(
                self.command(*args),
                stdin=subprocess.PIPE,
                stdout=out,
                stderr=err,
                env=child_env(self.env),
            )
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            if stdin is not None:
                process.stdin.write(stdin.encode())
            process.stdin.close()
        process.stdin = None
        return process

    def kill9_during(
        self,
        args: Sequence[str],
        when: Callable[[], bool],
        *,
        stdin: str | None = None,
        timeout: float = 30.0,
    ) -> bool:
        """Runs ``args`` and SIGKILLs it as soon as ``when()`` is true (polled every few
        ms). True when it was killed, False when it ended by itself first. Never waits
        beyond ``timeout``: then it is killed anyway and AssertionError raised."""
        process = self.start(*args, stdin=stdin)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    return False
                if when():
                    process.send_signal(signal.SIGKILL)
                    process.wait(STOP_TIMEOUT)
                    return True
                time.sleep(0.005)
            raise AssertionError(f"{' '.join(args)}: condition not met within {timeout} s")
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(STOP_TIMEOUT)


@contextlib.contextmanager
def running_server(database_url: str, log_dir: Path, **kwargs: Any) -> Iterator[ServerProcess]:
    server = ServerProcess(database_url, log_dir, **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()
