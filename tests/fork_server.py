"""Real processes without paying Python's start-up for each one: a fork server.

A ``bedside-server`` start cost about 1.5 CPU-seconds before it served its
first request, nearly all of it importing FastAPI, SQLAlchemy and the
server's modules; the suite starts a few hundred (every server fixture, every
restart in the fault tests, every CLI call). :class:`ForkServer` is one
helper process per test process that imports those modules once and then
forks a child per command: ``python -m <module> <args>`` run in the child by
``runpy`` exactly as the interpreter would, with the caller's environment,
working directory and output file. Each child is a real, separate process:
its own pid, memory, sockets and database connections (nothing is opened
before the fork), killed by a real signal, its exit status reported.

:func:`spawn` has the shape of ``subprocess.Popen`` for what
``bedside_server.localserver.ServerProcess`` uses (``pid``, ``poll``,
``wait``, ``send_signal``, ``kill``, ``returncode``); tests/conftest.py
installs it as the server harness's launcher (``localserver.LAUNCH``).
:func:`run` is ``subprocess.run`` for a module's command line.

POSIX only (``os.fork``); elsewhere the launcher stays ``subprocess.Popen``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What every forked child would otherwise import again: the server and its CLI.
PRELOAD = ("bedside_server.cli", "bedside_server.app", "uvicorn")

_SERVER = r"""
import json, os, runpy, signal, sys, traceback
for name in sys.argv[1:]:
    __import__(name)
live = set()

def say(line):
    os.write(1, (line + "\n").encode())

def reap(*_):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        live.discard(pid)
        say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")

signal.signal(signal.SIGCHLD, reap)
say("up")
for line in sys.stdin:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            for fd, path in ((1, req["stdout"]), (2, req["stderr"])):
                out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                os.dup2(out, fd)
            os.chdir(req["cwd"])
            os.environ.clear()
            os.environ.update(req["env"])
            sys.argv = [req["module"], *req["args"]]
            runpy.run_module(req["module"], run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if not isinstance(exc.code, (int, type(None))):
                print(exc.code, file=sys.stderr)
        except BaseException:
            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except BaseException:
                    pass
            os._exit(code)
    live.add(pid)
    say(f"pid {pid}")
for pid in list(live):          # the test process is gone: nothing outlives it
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
"""


class ForkServer:
    """The helper process; one per test process, started on first use."""

    def __init__(self, preload=PRELOAD) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self._proc = subprocess.Popen([sys.executable, "-c", _SERVER, *preload], cwd=str(ROOT), env=env,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._lock = threading.Lock()            # one request at a time
        self._changed = threading.Condition()
        self._pids: list[int] = []
        self._exits: dict[int, int] = {}
        self._up = False
        threading.Thread(target=self._read, name="fork-server", daemon=True).start()
        with self._changed:
            if not self._changed.wait_for(lambda: self._up or self._proc.poll() is not None, timeout=120):
                raise RuntimeError("fork server did not start")
        if not self._up:
            raise RuntimeError("fork server exited at start")

    def _read(self) -> None:
        for raw in self._proc.stdout:
            kind, *rest = raw.decode().split()
            with self._changed:
                if kind == "up":
                    self._up = True
                elif kind == "pid":
                    self._pids.append(int(rest[0]))
                elif kind == "exit":
                    self._exits[int(rest[0])] = int(rest[1])
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def fork(self, module: str, args, *, env, cwd, stdout, stderr) -> int:
        """Start ``python -m module *args`` as a forked child; its pid."""
        req = {"module": module, "args": [str(a) for a in args], "env": dict(env), "cwd": str(cwd),
               "stdout": str(stdout), "stderr": str(stderr)}
        with self._lock:
            self._proc.stdin.write((json.dumps(req) + "\n").encode())
            self._proc.stdin.flush()
            with self._changed:
                if not self._changed.wait_for(lambda: self._pids or self._proc.poll() is not None, timeout=60):
                    raise RuntimeError("fork server did not answer")
                if not self._pids:
                    raise RuntimeError("fork server exited")
                return self._pids.pop(0)

    def exit_code(self, pid: int, timeout: float | None) -> int | None:
        """The child's exit code (negative: killed by that signal) once it
        ended, waiting up to *timeout* seconds (0: not at all)."""
        with self._changed:
            self._changed.wait_for(lambda: pid in self._exits or self._proc.poll() is not None, timeout=timeout)
            return self._exits.get(pid)


_server: ForkServer | None = None
_server_lock = threading.Lock()


def fork_server() -> ForkServer:
    global _server
    with _server_lock:
        if _server is None or _server._proc.poll() is not None:
            _server = ForkServer()
        return _server


class ForkedProcess:
    """``subprocess.Popen``'s surface for a child of the fork server."""

    def __init__(self, server: ForkServer, pid: int) -> None:
        self._server, self.pid, self.returncode = server, pid, None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._server.exit_code(self.pid, timeout=0)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            self.returncode = self._server.exit_code(self.pid, timeout=timeout)
        if self.returncode is None:
            raise subprocess.TimeoutExpired(f"forked {self.pid}", timeout)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        import signal
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        import signal
        self.send_signal(signal.SIGTERM)


def _module_args(cmd: list[str]) -> tuple[str, list[str]] | None:
    """``[python, -m, module, *args]`` -> (module, args); None for anything else."""
    if len(cmd) >= 3 and cmd[0] == sys.executable and cmd[1] == "-m":
        return cmd[2], list(cmd[3:])
    return None


def spawn(cmd, *, cwd=None, env=None, stdout=None, stderr=None, **kw):
    """``subprocess.Popen(cmd, ...)`` for ``python -m module ...`` with its
    output going to an open file (stdout and stderr the same or each a
    file): forked from the fork server. Anything else: a real Popen."""
    split = _module_args(list(cmd))
    paths = [getattr(s, "name", None) for s in (stdout, stderr)]
    if split is None or kw or not all(isinstance(p, str) and os.path.isabs(p) for p in paths) \
            or not hasattr(os, "fork"):
        return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=stdout, stderr=stderr, **kw)
    server = fork_server()
    module, args = split
    pid = server.fork(module, args, env=env if env is not None else os.environ, cwd=cwd or os.getcwd(),
                      stdout=paths[0], stderr=paths[1])
    return ForkedProcess(server, pid)


def run(cmd, *, cwd=None, env=None, check: bool = False, timeout: float | None = None,
        capture_output: bool = True, text: bool = True) -> subprocess.CompletedProcess:
    """``subprocess.run(cmd, capture_output=True, text=True, ...)`` for
    ``python -m module ...``, the child forked from the fork server; its
    output goes through two private files, removed afterwards."""
    import tempfile
    assert capture_output and text, "fork_server.run captures text output only"
    with tempfile.TemporaryDirectory(prefix="bedside-run-") as tmp:
        with open(Path(tmp) / "out", "wb") as out, open(Path(tmp) / "err", "wb") as err:
            proc = spawn(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
            try:
                code = proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                raise
        result = subprocess.CompletedProcess(cmd, code, (Path(tmp) / "out").read_text(encoding="utf-8"),
                                             (Path(tmp) / "err").read_text(encoding="utf-8"))
    if check:
        result.check_returncode()
    return result
