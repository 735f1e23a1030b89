"""Fake releases packaged as real .deb files (``dpkg-deb --build``), for the updater's tests and
bench/update.py.

A fake release is the package layout the real one has (``opt/ecitizen-kiosk/releases/<v>/venv/
bin/kiosk``) with a small ``kiosk`` script: ``kiosk run`` behaves as ``release.json`` says
(:data:`BEHAVIOURS`), speaking the real ``sd_notify`` protocol (``READY=1`` and the status line
of kiosk.updates.health) to ``$NOTIFY_SOCKET``; every other subcommand is the real ``kiosk``
CLI, with the release's own ``lib/`` first on the path (a release may carry its own copy of a
package, e.g. an offline_queue with one more migration).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.config import UpdatesSection

REPO = Path(__file__).resolve().parents[3]

BEHAVIOURS = (
    "good",  # READY, a passing self-check, idle
    "exit",  # exits at once (a version that cannot start)
    "no_ready",  # runs but never says READY
    "selfcheck_fail",  # READY, but the queue did not open and the city is unreachable
    "device_lost",  # READY, but the printer that worked before is in error
    "unstable",  # READY, passes, then dies half a second later
    "session",  # READY, passes, and a resident is using it
    "queue",  # opens the queue with the release's own code (migrates), enqueues, then fails
)

SCRIPT = r'''#!{python}
"""A fake eCitizen Kiosk release (tests/kiosk/updates/fakes.py)."""
import json, os, signal, socket, sys, time

HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
with open(os.path.join(HERE, "release.json"), encoding="utf-8") as handle:
    CONF = json.load(handle)
LIB = os.path.join(HERE, "lib")
if os.path.isdir(LIB):
    sys.path.insert(0, LIB)
if sys.argv[1:2] != ["run"]:
    from kiosk.cli import main
    sys.exit(main())

VERSION = CONF["version"]
BEHAVIOUR = CONF["behaviour"]
ADDRESS = os.environ.get("NOTIFY_SOCKET", "")
SOCK = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
PARENT = os.getppid()


def notify(text):
    if ADDRESS:
        SOCK.sendto(text.encode(), ADDRESS)


def status(**fields):
    line = " ".join(["kiosk", "version=" + VERSION] + [f"{{k}}={{v}}" for k, v in fields.items()])
    notify("STATUS=" + line)


def stop(*_args):
    notify("STOPPING=1")
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
if BEHAVIOUR == "exit":
    sys.exit(3)
GOOD = dict(selfcheck="ok", queue="ok", city="reachable", accepts="yes")
GOOD.update({{"dev.printer": "ok", "dev.card_reader": "ok", "dev.camera": "disabled"}})
IDLE = dict(session="idle", idle_since="0")
if BEHAVIOUR == "queue":
    from offline_queue.crypto import FileKeyProvider
    from offline_queue.outbox import Outbox
    from offline_queue.store import open_store

    data_dir = os.environ["KIOSK_DATA_DIR"]
    store = open_store(data_dir)  # this release's migrations run here
    Outbox(store, FileKeyProvider.in_data_dir(data_dir)).enqueue(
        backend="gateway", kind="permit", payload={{"by": VERSION}}
    )
    store.close()
    notify("READY=1")
    status(**dict(GOOD, queue="queue.unavailable", accepts="no", city="unreachable"), **IDLE)
elif BEHAVIOUR != "no_ready":
    notify("READY=1")
    fields = dict(GOOD)
    if BEHAVIOUR == "selfcheck_fail":
        fields.update(queue="queue.unavailable", accepts="no", city="unreachable")
    if BEHAVIOUR == "device_lost":
        fields["dev.printer"] = "error"
    session = dict(session="active", idle_since="-") if BEHAVIOUR == "session" else IDLE
    status(**fields, **session)
started = time.monotonic()
while os.getppid() == PARENT:  # a supervisor killed without a word: do not linger
    if BEHAVIOUR == "unstable" and time.monotonic() - started > 0.5:
        sys.exit(4)
    time.sleep(0.05)
'''


def build_deb(
    out_dir: Path,
    version: str,
    behaviour: str = "good",
    lib: Path | None = None,
    app_version: str | None = None,
    script: str | None = None,
) -> Path:
    """``ecitizen-kiosk_<version>_all.deb`` in ``out_dir`` holding a fake release; its app says
    it is ``app_version`` (default: the package's version). ``script``: another ``kiosk``
    entry altogether (bench/update.py: one that runs this checkout's real app)."""
    assert behaviour in BEHAVIOURS, behaviour
    tree = out_dir / f"tree-{version}"
    shutil.rmtree(tree, ignore_errors=True)
    release = tree / "opt/ecitizen-kiosk/releases" / version
    (release / "venv/bin").mkdir(parents=True)
    entry = release / "venv/bin/kiosk"
    entry.write_text(script or SCRIPT.format(python=sys.executable), encoding="utf-8")
    entry.chmod(0o755)
    (release / "release.json").write_text(
        json.dumps({"version": app_version or version, "behaviour": behaviour, "repo": str(REPO)}),
        encoding="utf-8",
    )
    if lib is not None:
        shutil.copytree(lib, release / "lib", ignore=shutil.ignore_patterns("__pycache__"))
    # a system file, as the real package has (unit, udev rules): not part of the release
    (tree / "etc/ecitizen-kiosk").mkdir(parents=True)
    (tree / "etc/ecitizen-kiosk/release-note").write_text(version, encoding="utf-8")
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN/control").write_text(
        "Package: ecitizen-kiosk\n"
        f"Version: {version}\n"
        "Architecture: all\n"
        "Maintainer: City IT <it@example.org>\n"
        "Description: eCitizen Kiosk (a fake release for tests)\n",
        encoding="utf-8",
    )
    deb = out_dir / f"ecitizen-kiosk_{version}_all.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(tree), str(deb)],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(tree)
    return deb


def settings(root: Path, **changes: object) -> UpdatesSection:
    """Updates settings for a test root: window always open, short gate."""
    values: dict[str, object] = {
        "root": root / "opt",
        "state_dir": root / "state",
        "window": "always",
        "idle_s": 0.0,
        "health_timeout_s": 3.0,
        "settle_s": 0.3,
    }
    values.update(changes)
    return UpdatesSection.model_validate(values)


def config_toml(root: Path, data_dir: Path, **updates: object) -> str:
    """A kiosk configuration (demo mode) for ``kiosk update run`` in a subprocess."""
    section = settings(root, **updates)
    lines = [
        "[kiosk]",
        'id = "lib-01"',
        'site = "Central Library"',
        'mode = "demo"',
        "[paths]",
        f'data_dir = "{data_dir}"',
        "[updates]",
    ]
    for key, value in section.model_dump().items():
        if isinstance(value, tuple):
            lines.append(f"{key} = {json.dumps(list(value))}")
        elif isinstance(value, Path | str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"
