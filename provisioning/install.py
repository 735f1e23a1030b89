"""Install the kiosk's system integration into a target root (``/`` or an image tree).

``install_system(root, service_file)`` writes, idempotently (a second run changes nothing, not
even mtimes):

* ``etc/sysusers.d/ecitizen-kiosk.conf``: the kiosk user and its groups (systemd-sysusers
  creates them at boot or with ``systemd-sysusers --root``),
* ``etc/systemd/system/kiosk.service`` (copied from the repository's unit), the compositor unit
  ``kiosk-cage@.service`` (cage on tty1 as the kiosk user, the socket where kiosk.service's
  ``Environment=`` expects it) and the drop-in ``kiosk.service.d/50-display.conf`` ordering the
  app after it; both enabled for ``graphical.target`` (made the default target);
  ``ctrl-alt-del.target`` masked,
* ``etc/systemd/system/kiosk-update.service``, ``.timer`` and ``.path``: the updater (issue
  #19), a oneshot started at boot and every 15 minutes by the timer and at once by the path
  unit when the kiosk records a new target; the timer and the path unit enabled,
* ``etc/pam.d/ecitizen-kiosk``: the PAM service that gives cage a logind seat session,
* ``etc/udev/rules.d/70-ecitizen-kiosk.rules``: printers, fingerprint adapters, cameras,
* ``etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules``: pcscd access for the kiosk user,
* ``etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf`` and
  ``etc/systemd/journald.conf.d/60-ecitizen-kiosk.conf``,
* optionally the pinned city bundle-signing key ``etc/ecitizen-kiosk/city-provisioning.pub.pem``,
* when a configuration is installed already: its modes repaired (``kiosk.toml`` 0640
  root:kiosk) and the network drop-in ``kiosk.service.d/60-network.conf`` from it.

Every file is written with its mode whatever the umask (``provisioning.files``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from provisioning import system_files as sf
from provisioning.bundle import load_public_key, write_config
from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir, ensure_symlink, write_file
from provisioning.layout import KioskLayout

logger = logging.getLogger(__name__)

SERVICE_NAME = "kiosk.service"


def repo_service_file() -> Path:
    """The repository's ``kiosk.service`` (source checkout or editable install)."""
    return Path(__file__).resolve().parent.parent / SERVICE_NAME


@dataclass
class InstallReport:
    changed: list[str] = field(default_factory=list)  # paths relative to the root
    unchanged: list[str] = field(default_factory=list)
    shadowing: list[str] = field(default_factory=list)
    """Packaged install: files under /etc, edited by someone, that override the package's."""

    def note(self, rel: str, changed: bool) -> None:
        (self.changed if changed else self.unchanged).append(rel)


@dataclass(frozen=True)
class SystemFile:
    """One system file, with the two places it can live.

    Attributes:
        etc_path: where ``kiosk provision install`` writes it (the administrator's directories).
        vendor_path: where the Debian package ships it (``make package``): the distribution's
            directories, which files under ``/etc`` override.
        text: the content (the provisioning header; :func:`package_files` swaps it).
    """

    etc_path: str
    vendor_path: str
    text: str


def system_files(service_text: str, options: sf.SystemOptions) -> list[SystemFile]:
    """Every regular file of the kiosk's system integration: the one list both the install
    and the Debian package are made from."""
    etc_units = "etc/systemd/system"
    # Debian 12's places for packaged files (lintian 2.116 wants units and udev rules under
    # /lib, which merged-/usr systems resolve to /usr/lib)
    lib_units = "lib/systemd/system"
    pam = f"etc/pam.d/{options.pam_service}"  # Debian's PAM reads only /etc/pam.d: a conffile
    return [
        SystemFile(
            "etc/sysusers.d/ecitizen-kiosk.conf",
            "usr/lib/sysusers.d/ecitizen-kiosk.conf",
            sf.sysusers(options),
        ),
        SystemFile(f"{etc_units}/{SERVICE_NAME}", f"{lib_units}/{SERVICE_NAME}", service_text),
        SystemFile(
            f"{etc_units}/{sf.CAGE_UNIT}",
            f"{lib_units}/{sf.CAGE_UNIT}",
            sf.cage_unit(options, service_text),
        ),
        SystemFile(
            f"{etc_units}/{SERVICE_NAME}.d/50-display.conf",
            f"{lib_units}/{SERVICE_NAME}.d/50-display.conf",
            sf.kiosk_display_dropin(options),
        ),
        # the updater (issue #19): a oneshot, started by its timer and by its path unit
        *(
            SystemFile(f"{etc_units}/{name}", f"{lib_units}/{name}", text(options))
            for name, text in (
                (sf.UPDATE_SERVICE, sf.update_service),
                (sf.UPDATE_TIMER, sf.update_timer),
                (sf.UPDATE_PATH, sf.update_path),
            )
        ),
        SystemFile(pam, pam, sf.pam_service(options)),
        SystemFile(
            "etc/udev/rules.d/70-ecitizen-kiosk.rules",
            "lib/udev/rules.d/70-ecitizen-kiosk.rules",
            sf.udev_rules(options),
        ),
        SystemFile(
            "etc/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules",
            "usr/share/polkit-1/rules.d/60-ecitizen-kiosk-pcscd.rules",
            sf.polkit_pcscd(options),
        ),
        SystemFile(
            "etc/systemd/logind.conf.d/60-ecitizen-kiosk.conf",
            "usr/lib/systemd/logind.conf.d/60-ecitizen-kiosk.conf",
            sf.logind(options),
        ),
        SystemFile(
            "etc/systemd/journald.conf.d/60-ecitizen-kiosk.conf",
            "usr/lib/systemd/journald.conf.d/60-ecitizen-kiosk.conf",
            sf.journald(options),
        ),
    ]


def planned_files(service_text: str, options: sf.SystemOptions) -> dict[str, tuple[bytes, int]]:
    """Relative path → (content, mode) of every regular file the install writes."""
    return {
        f.etc_path: (f.text.encode("utf-8"), 0o644) for f in system_files(service_text, options)
    }


def package_files(service_text: str, options: sf.SystemOptions) -> dict[str, tuple[bytes, int]]:
    """Relative path → (content, mode) of the same files as the Debian package ships them."""
    return {
        f.vendor_path: (
            sf.as_packaged(f.text, conffile=f.vendor_path.startswith("etc/")).encode("utf-8"),
            0o644,
        )
        for f in system_files(service_text, options)
    }


PACKAGED_UNIT = f"lib/systemd/system/{SERVICE_NAME}"
"""The packaged kiosk.service: its presence in a root means the Debian package is installed."""


def planned_symlinks(options: sf.SystemOptions, *, packaged: bool = False) -> dict[str, str]:
    unit_dir = "etc/systemd/system"
    wants = f"{unit_dir}/graphical.target.wants"
    source_dir = PACKAGED_UNIT.rpartition("/")[0] if packaged else unit_dir
    return {
        # systemctl enable kiosk.service kiosk-cage@tty1.service (WantedBy=graphical.target)
        f"{wants}/{SERVICE_NAME}": f"/{source_dir}/{SERVICE_NAME}",
        f"{wants}/kiosk-cage@{options.tty}.service": f"/{source_dir}/{sf.CAGE_UNIT}",
        # systemctl enable kiosk-update.timer kiosk-update.path (the package's postinst does
        # the same with deb-systemd-helper): they start the updater's oneshot service
        f"{unit_dir}/timers.target.wants/{sf.UPDATE_TIMER}": f"/{source_dir}/{sf.UPDATE_TIMER}",
        f"{unit_dir}/paths.target.wants/{sf.UPDATE_PATH}": f"/{source_dir}/{sf.UPDATE_PATH}",
        # systemctl set-default graphical.target
        f"{unit_dir}/default.target": "/usr/lib/systemd/system/graphical.target",
        # systemctl mask ctrl-alt-del.target (OPS-04)
        f"{unit_dir}/ctrl-alt-del.target": "/dev/null",
    }


def _state(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_mode, st.st_gid, st.st_mtime_ns


def install_system(
    root: Path,
    service_file: Path | None = None,
    options: sf.SystemOptions | None = None,
    *,
    city_key_pem: bytes | None = None,
    packaged: bool | None = None,
) -> InstallReport:
    """Write every file into ``root``; report what changed.

    ``city_key_pem``: the city's bundle-signing public key to pin in the image
    (``etc/ecitizen-kiosk/city-provisioning.pub.pem``), which ``kiosk provision enrol`` checks
    bundles against. Replacing an installed pin with a different key is refused.

    ``packaged``: the Debian package is installed in ``root`` (None: it is if its
    ``kiosk.service`` is there). Then the package's own files serve: none is copied under
    /etc (a copy would hide the next package's version), the units are enabled from where the
    package put them, and copies an earlier unpackaged install left under /etc are removed when
    nobody edited them (edited ones are kept and listed in ``shadowing``).
    """
    options = options or sf.SystemOptions()
    if city_key_pem is not None:
        load_public_key(city_key_pem)  # a P-256 public key, or ProvisioningError
    if packaged is None:
        packaged = (root / PACKAGED_UNIT).is_file()
    source = service_file or (root / PACKAGED_UNIT if packaged else repo_service_file())
    try:
        service_text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProvisioningError(
            "provisioning.service_file_missing", f"{source} not found (use --service-file)"
        ) from None
    try:
        files = planned_files(service_text, options)
    except ValueError as exc:
        raise ProvisioningError("provisioning.service_file_invalid", str(exc)) from exc
    if not root.is_dir():
        raise ProvisioningError("provisioning.root_missing", f"{root} is not a directory")
    report = InstallReport()
    # existing directories keep their mode (polkit's rules.d belongs to polkitd on Debian)
    for rel, (content, mode) in sorted(files.items()):
        path = root / rel
        if packaged:
            if rel in package_files(service_text, options):
                continue  # the PAM service: the package's own conffile
            if path.is_file() and not path.is_symlink():
                if path.read_bytes() == content:
                    path.unlink()
                    report.note(rel, True)
                else:
                    report.shadowing.append(rel)
            continue
        if not path.parent.exists():
            ensure_dir(path.parent, 0o755)
        report.note(rel, write_file(path, content, mode))
    if city_key_pem is not None:
        pin = KioskLayout(root).city_provisioning_key
        if pin.exists() and pin.read_bytes() != city_key_pem:
            raise ProvisioningError(
                "provisioning.city_key_conflict",
                f"{pin} pins another key; remove it deliberately to re-pin",
            )
        ensure_dir(pin.parent, 0o755)
        report.note(str(pin.relative_to(root)), write_file(pin, city_key_pem, 0o644))
    layout = KioskLayout(root)
    if layout.config.is_file():  # enrolled before: secrets' modes, the networks' drop-in
        before = _state(layout.config), _state(layout.network_dropin)
        write_config(layout, layout.config.read_text(encoding="utf-8"))
        for path, was in zip((layout.config, layout.network_dropin), before, strict=True):
            report.note(str(path.relative_to(root)), _state(path) != was)
    for rel, target in sorted(planned_symlinks(options, packaged=packaged).items()):
        report.note(rel, ensure_symlink(root / rel, target))
    logger.info("installed into %s: %d changed", root, len(report.changed))
    return report
