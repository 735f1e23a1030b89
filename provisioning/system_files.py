"""The system files provisioning installs, as text generated from :class:`SystemOptions`.

Kept as Python (not package data) so an installed wheel carries them without packaging rules.
Each function returns the exact file content; :mod:`provisioning.install` writes them.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

HEADER = "# Written by `kiosk provision install` (eCitizen Kiosk). Local edits are overwritten.\n"
PACKAGE_HEADER = (
    "# Shipped by the ecitizen-kiosk package (the text `kiosk provision install` writes).\n"
)
VENDOR_HINT = "# Do not edit here: a file of the same name under /etc overrides this one.\n"
CONFFILE_HINT = "# A dpkg conffile: local edits are kept on upgrades.\n"


def as_packaged(text: str, *, conffile: bool = False) -> str:
    """A file's text as the Debian package ships it: the provisioning header (``#`` or ``//``
    comments) replaced by the package's, everything else the same."""
    lines = PACKAGE_HEADER + (CONFFILE_HINT if conffile else VENDOR_HINT)
    for prefix in ("# ", "// "):
        header = prefix + HEADER.removeprefix("# ")
        if text.startswith(header):
            packaged = "".join(
                prefix + line.removeprefix("# ") + "\n" for line in lines.splitlines()
            )
            return packaged + text.removeprefix(header)
    return text


@dataclass(frozen=True)
class SystemOptions:
    user: str = "kiosk"
    home: str = "/var/lib/ecitizen-kiosk"
    tty: str = "tty1"
    cage: str = "/usr/bin/cage"
    pam_service: str = "ecitizen-kiosk"
    journal_max_use: str = "512M"
    journal_keep_free: str = "1G"
    journal_max_file_size: str = "32M"
    journal_runtime_max_use: str = "64M"
    journal_max_retention: str = "3month"

    def __post_init__(self) -> None:
        if re.fullmatch(r"[a-z_][a-z0-9_-]{0,30}", self.user) is None:
            raise ValueError("user: a lowercase system user name")
        if re.fullmatch(r"tty[1-9][0-9]?", self.tty) is None:
            raise ValueError("tty: tty1 … tty63")
        for name in ("home", "cage"):
            if not getattr(self, name).startswith("/"):
                raise ValueError(f"{name}: an absolute path")
        for name in (
            "journal_max_use",
            "journal_keep_free",
            "journal_max_file_size",
            "journal_runtime_max_use",
        ):
            if re.fullmatch(r"[0-9]+[KMG]?", getattr(self, name)) is None:
                raise ValueError(f"{name}: a size like 512M")


def sysusers(o: SystemOptions) -> str:
    """systemd-sysusers.d(5): the kiosk user and its device groups (idempotent by design)."""
    return (
        HEADER
        + "# The unprivileged user the kiosk app and its compositor run as; no login shell.\n"
        + f'u {o.user} - "eCitizen kiosk" {o.home} /usr/sbin/nologin\n'
        + "# device groups (kiosk.service's SupplementaryGroups; udev rules below):\n"
        + "# fingerprint serial adapters\n"
        + f"m {o.user} dialout\n"
        + "# usblp receipt printers\n"
        + f"m {o.user} lp\n"
        + "# raw USB printers (pyusb)\n"
        + f"m {o.user} plugdev\n"
        + "# cameras and the GPU\n"
        + f"m {o.user} video\n"
        + "# speech output\n"
        + f"m {o.user} audio\n"
    )


FINGERPRINT_ADAPTERS = (
    ("10c4", "ea60", "Silicon Labs CP210x"),
    ("1a86", "7523", "QinHeng CH340"),
    ("1a86", "55d4", "QinHeng CH9102"),
    ("0403", "6001", "FTDI FT232R"),
    ("0403", "6015", "FTDI FT-X"),
)


def udev_rules(o: SystemOptions) -> str:
    """udev(7) rules: device nodes for the groups kiosk.service runs with, never world-writable."""
    lines = [
        HEADER,
        "# USB receipt printers: any device with a printer-class (07) interface. Raw USB access\n",
        "# for python-escpos/pyusb, and the usblp node if that driver binds.\n",
        'SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", ENV{ID_USB_INTERFACES}=="*:07????:*", '
        'MODE="0660", GROUP="plugdev"\n',
        'SUBSYSTEM=="usbmisc", KERNEL=="lp[0-9]*", MODE="0660", GROUP="lp"\n',
        "\n",
        "# Fingerprint module on a USB-serial adapter: a stable /dev/fingerprint, dialout group,\n",
        "# and ModemManager kept away from it.\n",
    ]
    for vid, pid, name in FINGERPRINT_ADAPTERS:
        lines.append(f"# {name}\n")
        lines.append(
            f'SUBSYSTEM=="tty", ATTRS{{idVendor}}=="{vid}", ATTRS{{idProduct}}=="{pid}", '
            'SYMLINK+="fingerprint", MODE="0660", GROUP="dialout", '
            'ENV{ID_MM_DEVICE_IGNORE}="1"\n'
        )
    lines += [
        "\n",
        "# Cameras (V4L2): video group only.\n",
        'SUBSYSTEM=="video4linux", MODE="0660", GROUP="video"\n',
    ]
    return "".join(lines)


def polkit_pcscd(o: SystemOptions) -> str:
    """polkit rule: pcscd (built with polkit) lets the kiosk user, and only it, use readers."""
    return (
        "// Written by `kiosk provision install` (eCitizen Kiosk). Local edits are overwritten.\n"
        "// pcsc-lite checks org.debian.pcsc-lite.access_pcsc (talk to pcscd) and\n"
        "// org.debian.pcsc-lite.access_card (use a card); a system service is not in an active\n"
        "// local session, so without this rule the kiosk could not read cards.\n"
        "polkit.addRule(function(action, subject) {\n"
        '    if ((action.id == "org.debian.pcsc-lite.access_pcsc" ||\n'
        '         action.id == "org.debian.pcsc-lite.access_card") &&\n'
        f'        subject.user == "{o.user}") {{\n'
        "        return polkit.Result.YES;\n"
        "    }\n"
        "});\n"
    )


def logind(o: SystemOptions) -> str:
    """logind.conf(5) drop-in: no spare VTs or gettys, hardware keys do nothing."""
    return (
        HEADER
        + "[Login]\n"
        + "# no getty on other VTs, none reserved (cage runs without -s: no VT switching)\n"
        + "NAutoVTs=0\n"
        + "ReserveVT=0\n"
        + "HandlePowerKey=ignore\n"
        + "HandlePowerKeyLongPress=ignore\n"
        + "HandleRebootKey=ignore\n"
        + "HandleRebootKeyLongPress=ignore\n"
        + "HandleSuspendKey=ignore\n"
        + "HandleSuspendKeyLongPress=ignore\n"
        + "HandleHibernateKey=ignore\n"
        + "HandleHibernateKeyLongPress=ignore\n"
        + "HandleLidSwitch=ignore\n"
        + "HandleLidSwitchExternalPower=ignore\n"
        + "HandleLidSwitchDocked=ignore\n"
        + "IdleAction=ignore\n"
        + "KillUserProcesses=no\n"
    )


def journald(o: SystemOptions) -> str:
    """journald.conf(5) drop-in: persistent, sealed, bounded, nothing on consoles."""
    return (
        HEADER
        + "[Journal]\n"
        + "Storage=persistent\n"
        + "Compress=yes\n"
        + "# Forward Secure Sealing (SEC-16): run `journalctl --setup-keys` once, keep the\n"
        + "# verification key off the kiosk, check with `journalctl --verify --verify-key=...`.\n"
        + "Seal=yes\n"
        + f"SystemMaxUse={o.journal_max_use}\n"
        + f"SystemKeepFree={o.journal_keep_free}\n"
        + f"SystemMaxFileSize={o.journal_max_file_size}\n"
        + f"RuntimeMaxUse={o.journal_runtime_max_use}\n"
        + f"MaxRetentionSec={o.journal_max_retention}\n"
        + "ForwardToSyslog=no\n"
        + "ForwardToWall=no\n"
        + "ForwardToConsole=no\n"
    )


def pam_service(o: SystemOptions) -> str:
    """pam.d service for the kiosk's compositor session: a logind session on the seat, no
    password (the unit starts it; nobody logs in interactively).
    """
    return (
        HEADER
        + "auth     required pam_permit.so\n"
        + "account  required pam_unix.so\n"
        + "session  required pam_unix.so\n"
        + "session  required pam_systemd.so\n"
    )


def unit_environment(unit_text: str) -> dict[str, str]:
    """The ``Environment=NAME=value`` settings of a unit's [Service] section (unquoted form)."""
    section = ""
    env: dict[str, str] = {}
    for raw in unit_text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line
        elif section == "[Service]" and line.startswith("Environment="):
            for word in shlex.split(line[len("Environment=") :]):
                name, sep, value = word.partition("=")
                if sep:
                    env[name] = value
    return env


@dataclass(frozen=True)
class Display:
    """Where cage puts its Wayland socket, as kiosk.service expects it."""

    runtime_dir: str
    socket: str

    @property
    def runtime_directory_name(self) -> str:
        """For ``RuntimeDirectory=`` (relative to /run)."""
        return self.runtime_dir.removeprefix("/run/")


def display_of(unit_text: str) -> Display:
    env = unit_environment(unit_text)
    runtime = env.get("XDG_RUNTIME_DIR", "/run/ecitizen-kiosk-display")
    socket = env.get("WAYLAND_DISPLAY", "wayland-0")
    if not runtime.startswith("/run/") or "/" in runtime.removeprefix("/run/"):
        raise ValueError("kiosk.service: XDG_RUNTIME_DIR must be a directory directly under /run")
    if re.fullmatch(r"wayland-[0-9]+", socket) is None:
        raise ValueError("kiosk.service: WAYLAND_DISPLAY must look like wayland-0")
    return Display(runtime, socket)


CAGE_UNIT = "kiosk-cage@.service"


def cage_unit(o: SystemOptions, unit_text: str) -> str:
    """``kiosk-cage@.service``: cage on a VT (the instance, e.g. tty1) as the kiosk user.

    kiosk.service is a Wayland client of this compositor (its own unit, so a watchdog restart
    of the app does not restart the display). Cage exits when its primary client exits, so the
    primary client is a process that never draws; cage shows the kiosk window maximized as soon
    as it maps. No ``-s``: VT switching stays off (OPS-01). The unit is ready once the socket
    exists, so ``After=`` in kiosk.service orders the app behind a working display.
    """
    d = display_of(unit_text)
    sock = f"{d.runtime_dir}/{d.socket}"
    return (
        HEADER
        + "[Unit]\n"
        + "Description=cage Wayland kiosk compositor for the eCitizen kiosk on %I\n"
        + "Documentation=file:///usr/share/doc/ecitizen-kiosk/README.md\n"
        + "Conflicts=getty@%i.service\n"
        + "After=getty@%i.service systemd-user-sessions.service plymouth-quit-wait.service\n"
        + "After=systemd-logind.service dbus.socket\n"
        + "Wants=systemd-logind.service dbus.socket\n"
        + "Before=kiosk.service\n"
        + "StartLimitIntervalSec=0\n"
        + "\n"
        + "[Service]\n"
        + "Type=simple\n"
        + f"User={o.user}\n"
        + "# a logind session on the seat: libseat gets the GPU and input devices from logind\n"
        + f"PAMName={o.pam_service}\n"
        + "TTYPath=/dev/%I\n"
        + "TTYReset=yes\n"
        + "TTYVHangup=yes\n"
        + "TTYVTDisallocate=yes\n"
        + "StandardInput=tty-fail\n"
        + "StandardOutput=journal\n"
        + "StandardError=journal\n"
        + "UtmpIdentifier=%I\n"
        + "UtmpMode=user\n"
        + f"RuntimeDirectory={d.runtime_directory_name}\n"
        + "RuntimeDirectoryMode=0700\n"
        + "# env(1), so pam_systemd's XDG_RUNTIME_DIR cannot move the socket away from where\n"
        + "# kiosk.service looks for it\n"
        + f"ExecStart=/usr/bin/env XDG_RUNTIME_DIR={d.runtime_dir} XDG_SESSION_TYPE=wayland "
        + f"{o.cage} -d -- /usr/bin/sleep infinity\n"
        + f"ExecStartPost=/bin/sh -c 'while [ ! -S {sock} ]; do sleep 0.1; done'\n"
        + "TimeoutStartSec=30\n"
        + "Restart=always\n"
        + "RestartSec=1\n"
        + "\n"
        + "[Install]\n"
        + "WantedBy=graphical.target\n"
        + f"DefaultInstance={o.tty}\n"
    )


def kiosk_display_dropin(o: SystemOptions) -> str:
    """kiosk.service.d drop-in: start the compositor first, and with the app."""
    return (
        HEADER
        + "[Unit]\n"
        + f"Wants=kiosk-cage@{o.tty}.service\n"
        + f"After=kiosk-cage@{o.tty}.service\n"
    )


INSTALL_ROOT = "/opt/ecitizen-kiosk"
"""The releases side by side and the ``current``/``previous`` links (``[updates] root``)."""
KIOSK_CONFIG = "/etc/ecitizen-kiosk/kiosk.toml"
DATA_DIR = "/var/lib/ecitizen-kiosk"
"""The kiosk's data directory (kiosk.service's ``StateDirectory=``, ``[paths] data_dir``)."""
UPDATE_SERVICE = "kiosk-update.service"
UPDATE_TIMER = "kiosk-update.timer"
UPDATE_PATH = "kiosk-update.path"
UPDATE_STATE_DIRECTORY = "ecitizen-kiosk-update"
"""Under /var/lib: the updater's state (``[updates] state_dir``)."""
UPDATE_TARGET_FILE = "update-target.json"
"""In the data directory: the target the kiosk was told (``kiosk.updates.state.TARGET_FILE``)."""


def update_service(o: SystemOptions) -> str:
    """``kiosk-update.service``: one pass of the updater (issue #19, docs/updates.md), a oneshot
    started by :func:`update_timer` and :func:`update_path`; no ``[Install]`` of its own."""

    def run(link: str) -> str:
        return (
            f"{INSTALL_ROOT}/{link}/venv/bin/kiosk update run --config {KIOSK_CONFIG} "
            "--if-provisioned"
        )

    return (
        HEADER
        + "# eCitizen Kiosk updater (issue #19, docs/updates.md): one pass of `kiosk update run`.\n"
        + "#\n"
        + "# Started at boot and every 15 minutes by kiosk-update.timer (a kiosk that was off or\n"
        + "# offline for a week catches up by itself) and at once by kiosk-update.path when the\n"
        + "# kiosk records a new target from the fleet. One pass: finish an update a power cut\n"
        + "# interrupted; if the target the kiosk was told last is not running, unpack it beside\n"
        + "# the running release; inside the site's maintenance window and with no resident\n"
        + "# session for [updates] idle_s, stop kiosk.service, switch\n"
        + "# /opt/ecitizen-kiosk/current atomically, start it, and hold it to the health gate\n"
        + "# (READY and its self-check within [updates] health_timeout_s); otherwise switch back\n"
        + "# by itself, record why (audit log, update state the kiosk reports to the fleet).\n"
        + "#\n"
        + "# The gate runs here, in a unit of its own, so that it outlives the kiosk it restarts.\n"
        + "# It runs as root: it writes /opt/ecitizen-kiosk and stops and starts kiosk.service;\n"
        + "# what it runs of a release on the kiosk's data (the queue's schema downgrade) runs as\n"
        + '# the data directory\'s owner. The updater of "current" runs first; if it cannot run\n'
        + '# at all (a release so broken its Python does not start), the updater of "previous"\n'
        + "# does, and rolls it back.\n"
        + "\n"
        + "[Unit]\n"
        + "Description=eCitizen Kiosk updater\n"
        + "Documentation=file:///usr/share/doc/ecitizen-kiosk/README.md\n"
        + "After=network-online.target kiosk.service\n"
        + "Wants=network-online.target\n"
        + "\n"
        + "[Service]\n"
        + "Type=oneshot\n"
        + f"ExecStart=/bin/sh -c '{run('current')} || exec {run('previous')}'\n"
        + "# a download, the unpacking, the gate ([updates] health_timeout_s + settle_s) and a\n"
        + "# rollback\n"
        + "TimeoutStartSec=1h\n"
        + f"StateDirectory={UPDATE_STATE_DIRECTORY}\n"
        + "StateDirectoryMode=0755\n"
        + "UMask=0022\n"
        + "Environment=PYTHONDONTWRITEBYTECODE=1\n"
        + "Nice=10\n"
        + "IOSchedulingClass=idle\n"
        + "NoNewPrivileges=yes\n"
        + "ProtectHome=yes\n"
        + "PrivateTmp=yes\n"
        + "ProtectKernelTunables=yes\n"
        + "ProtectKernelModules=yes\n"
        + "ProtectControlGroups=yes\n"
        + "RestrictRealtime=yes\n"
        + "LockPersonality=yes\n"
    )


def update_timer(o: SystemOptions) -> str:
    """``kiosk-update.timer``: the updater at boot and every 15 minutes."""
    return (
        HEADER
        + "# The updater at boot and every 15 minutes (docs/updates.md): a kiosk that was off or\n"
        + "# offline installs the target it was told last as soon as its window opens.\n"
        + "\n"
        + "[Unit]\n"
        + "Description=eCitizen Kiosk updater, at boot and every 15 minutes\n"
        + "Documentation=file:///usr/share/doc/ecitizen-kiosk/README.md\n"
        + "\n"
        + "[Timer]\n"
        + "OnBootSec=2min\n"
        + "OnUnitInactiveSec=15min\n"
        + "RandomizedDelaySec=1min\n"
        + "\n"
        + "[Install]\n"
        + "WantedBy=timers.target\n"
    )


def update_path(o: SystemOptions) -> str:
    """``kiosk-update.path``: the updater at once when the kiosk records a new target."""
    return (
        HEADER
        + "# The updater at once when the kiosk records a new target from the fleet\n"
        + "# (update.set_target).\n"
        + "\n"
        + "[Unit]\n"
        + "Description=eCitizen Kiosk updater, when the kiosk is told a new target\n"
        + "Documentation=file:///usr/share/doc/ecitizen-kiosk/README.md\n"
        + "\n"
        + "[Path]\n"
        + f"PathChanged={DATA_DIR}/{UPDATE_TARGET_FILE}\n"
        + f"Unit={UPDATE_SERVICE}\n"
        + "\n"
        + "[Install]\n"
        + "WantedBy=paths.target\n"
    )


def network_dropin(allow: Sequence[str]) -> str:
    """kiosk.service.d drop-in: the city's networks from ``[network] allow``.

    kiosk.service itself says ``IPAddressDeny=any`` and ``IPAddressAllow=localhost``; this adds
    the back ends' networks (and the DNS resolver's, if it is not local). Written whenever a
    configuration bundle is installed; ``systemctl daemon-reload`` applies it.
    """
    lines = [
        HEADER,
        "# The city's networks ([network] allow in /etc/ecitizen-kiosk/kiosk.toml): the only\n",
        "# addresses, besides localhost, the kiosk may reach (kiosk.service: IPAddressDeny=any).\n",
        "[Service]\n",
    ]
    if allow:
        lines.append("IPAddressAllow=" + " ".join(allow) + "\n")
    else:
        lines.append("# none configured: localhost only\n")
    return "".join(lines)
