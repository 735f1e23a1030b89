"""The technician's diagnostics report (OPS-06): device health only, never queue contents.

One report serves both the technician screen (``ui/screens/diagnostics.py``, through
:class:`Diagnostics`, which the composition root builds:
:meth:`kiosk.runtime.app.KioskCore.diagnostics`) and ``kiosk diag all --json``
(:func:`kiosk.commands.diag_all.collect_standalone`, whose short-lived probes are built by the same
factories, :mod:`kiosk.runtime.devices`). This module builds no device, store or client: it checks
those it is given. Every value in a report is a number, a boolean, a state name or a
translation/problem key: no payload, name, card number or free text.

Self-tests (:func:`card_check`, :func:`test_print`, :func:`fingerprint_test`,
:func:`camera_test`) block for up to a few seconds: call them from a worker thread, never from
the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import logging
import os
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.config import KioskConfig
from kiosk.security.hardening import core_dumps_possible, current_swap

if TYPE_CHECKING:
    from drivers.camera.grabber import CameraGrabber
    from drivers.printer import PrintDocument
    from drivers.smartcard.session import CardSession
    from kiosk.devices.fingerprint import FingerprintSensor
    from kiosk.devices.printer import ReceiptPrinter
    from kiosk.identity.trust import TrustStore
    from kiosk.records.audit_trail import TechnicianAudit
    from kiosk.runtime.core_parts import CoreParts
    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.outbox import Outbox
    from offline_queue.store import Store
    from offline_queue.sync import SyncWorker

logger = logging.getLogger(__name__)

OK = "ok"
WARNING = "warning"
ERROR = "error"
DISABLED = "disabled"
UNKNOWN = "unknown"

CRL_MAX_AGE_H = 48.0
"""A CRL older than this is a warning (revocations may be missed)."""
SKEW_WARN_S = 120.0
"""Clock skew against the gateway beyond this is a warning (receipts, certificates, TLS)."""
DISK_WARN_FREE = 0.10
"""Less than this share of the data file system free is a warning."""
QUEUE_AGE_WARN_S = 72 * 3600.0
"""SEC-11: the oldest waiting item older than this alerts a technician."""

DEVICES = ("card_reader", "printer", "fingerprint", "camera")


@dataclass(frozen=True)
class Check:
    """One line of the report.

    Attributes:
        name: what was checked (``printer``, ``queue``, ``backend`` ...).
        status: ``ok`` | ``warning`` | ``error`` | ``disabled`` | ``unknown``.
        key: a problem/translation key when not ok (``printer.paper_out``), else None.
        details: numbers, booleans and identifiers only.
    """

    name: str
    status: str
    key: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "key": self.key, **self.details}


@dataclass(frozen=True)
class Report:
    """The whole report: ``checks`` by name, in a fixed order, and the time it was taken."""

    at: str
    checks: tuple[Check, ...]

    def get(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    @property
    def worst(self) -> str:
        order = (OK, DISABLED, UNKNOWN, WARNING, ERROR)
        return max((c.status for c in self.checks), key=order.index, default=OK)

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "result": self.worst,
            "checks": {c.name: c.as_dict() for c in self.checks},
        }


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def guard(name: str, probe: Callable[[], Check]) -> Check:
    """Run one probe; an environmental failure becomes an error line, never a crash."""
    try:
        return probe()
    except OSError as exc:
        return Check(name, ERROR, f"{name}.unavailable", {"error": exc.__class__.__name__})
    except Exception as exc:
        key = getattr(exc, "key", None)
        if isinstance(key, str):
            return Check(name, ERROR, key, {"error": exc.__class__.__name__})
        logger.exception("diagnostics probe %s failed", name)
        raise


# --------------------------------------------------------------------------------------------
# Software, system, trust


def software_check(config: KioskConfig) -> Check:
    try:
        version = importlib.metadata.version("ecitizen-kiosk")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    backends = config.backends
    sip2 = "tls" if backends.sip2_tls else "plaintext"
    # plain SIP2 in production only with the site's explicit acceptance: show it (issue #14.1)
    accepted = (
        sip2 == "plaintext"
        and backends.sip2_plaintext_accepted_risk
        and config.kiosk.mode.value == "production"
    )
    return Check(
        "software",
        WARNING if accepted else OK,
        "sip2.plaintext_accepted_risk" if accepted else None,
        details={
            "version": version,
            "config_source": config.source or "unknown",
            "config_version": config_version(),
            "kiosk_id": config.kiosk.id,
            "mode": config.kiosk.mode.value,
            "sip2_transport": sip2,
            "sip2_plaintext_accepted_risk": backends.sip2_plaintext_accepted_risk,
        },
    )


def config_version(root: Path = Path("/")) -> int | None:
    """The installed signed-bundle version (``bundle.state``), None when not provisioned."""
    from provisioning.layout import KioskLayout

    try:
        text = KioskLayout(root).bundle_state.read_text(encoding="ascii").split()
        return int(text[0]) if text else None
    except (OSError, ValueError):
        return None


def system_check(data_dir: Path, reserve_bytes: int = 0) -> Check:
    """Disk, memory and load. Below ``reserve_bytes`` free (``[paths] reserve_mb``) the kiosk
    refuses new transactions: an error, ``system.disk_full``; under 10 % free a warning."""
    usage = shutil.disk_usage(data_dir)
    free_share = usage.free / usage.total if usage.total else 0.0
    mem_total = mem_available = None
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            name, _, rest = line.partition(":")
            if name == "MemTotal":
                mem_total = int(rest.split()[0]) // 1024
            elif name == "MemAvailable":
                mem_available = int(rest.split()[0]) // 1024
    except OSError:
        pass
    rss = None
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) // 1024
    except OSError:
        pass
    # statvfs f_bavail (what the kiosk user may write), as the queue's own check uses
    st = os.statvfs(data_dir)
    full = st.f_bavail * st.f_frsize < max(reserve_bytes, 1)
    low_disk = free_share < DISK_WARN_FREE
    status, key = (
        (ERROR, "system.disk_full")
        if full
        else (WARNING, "system.disk_low")
        if low_disk
        else (OK, None)
    )
    return Check(
        "system",
        status,
        key,
        {
            "disk_free_mb": usage.free // (1024 * 1024),
            "disk_total_mb": usage.total // (1024 * 1024),
            "disk_free_percent": round(free_share * 100, 1),
            "disk_reserve_mb": round(reserve_bytes / (1024 * 1024), 1),
            "memory_total_mb": mem_total,
            "memory_available_mb": mem_available,
            "process_rss_mb": rss,
            "load_1m": round(os.getloadavg()[0], 2),
            # SEC-03: "off" on a kiosk started by `kiosk run` (kiosk/security/hardening.py)
            "core_dumps": "possible" if core_dumps_possible() else "off",
            "swap": current_swap(),  # SEC-03: off, in_memory or mapped (encrypted) expected
        },
    )


def trust_check(trust: TrustStore | None) -> Check:
    if trust is None:
        return Check("trust", DISABLED, "card.no_trust_anchors")
    age = trust.crl_age()
    if age is None:
        return Check("trust", WARNING, "trust.no_crl", {"crl_age_hours": None})
    hours = round(age.total_seconds() / 3600, 1)
    stale = hours > CRL_MAX_AGE_H
    return Check(
        "trust",
        WARNING if stale else OK,
        "trust.crl_stale" if stale else None,
        {"crl_age_hours": hours, "crls": len(trust.crl_info())},
    )


# --------------------------------------------------------------------------------------------
# Queue and back end


def queue_check(
    outbox: Outbox | None, store: Store | None, sync: SyncWorker | None = None
) -> Check:
    """Counts by state, ages and the last sync per back end: never an item, never a payload."""
    if outbox is None or store is None:
        return Check("queue", ERROR, "queue.unavailable")
    status = outbox.status()
    now = time.time()
    backends = {
        name: {
            "circuit": circuit,
            "last_success_age_s": None if last_ok is None else round(max(0.0, now - last_ok)),
            "consecutive_failures": failures,
        }
        for name, (circuit, _until, last_ok, failures) in sorted(outbox.backend_states().items())
    }
    oldest = status.oldest_pending_age
    dead = status.counts.get("dead", 0)
    reasons = _dead_reasons(outbox) if dead else {}
    key = None
    state = OK
    if store.alerts:
        state, key = ERROR, store.alerts[0].key
    elif sync is not None and sync.problem:
        state, key = ERROR, sync.problem  # the sync worker keeps dying
    elif reasons.get("needs_review"):
        state, key = WARNING, "queue.needs_review"
    elif dead:
        state, key = WARNING, "queue.dead_letters"
    elif oldest is not None and oldest > QUEUE_AGE_WARN_S:
        state, key = WARNING, "queue.too_old"
    return Check(
        "queue",
        state,
        key,
        {
            "counts": dict(sorted(status.counts.items())),
            "waiting": status.waiting,
            "oldest_waiting_age_s": None if oldest is None else round(oldest),
            "lanes": len(status.lanes),
            "dead_reasons": reasons,  # per class of offline_queue.deadletters, counts only
            "backends": backends,
            "connectivity": None if sync is None else sync.connectivity.value,
            "sync_running": None if sync is None else sync.alive,
            "sync_restarts": None if sync is None else sync.restarts,
        },
    )


def _dead_reasons(outbox: Outbox) -> dict[str, int]:
    from offline_queue.deadletters import counts

    return counts(outbox)


def backend_check(gateway: GatewayClient | None) -> Check:
    if gateway is None:
        return Check("backend", UNKNOWN, "backend.not_configured")
    from offline_queue.connectors.gateway import GatewayError

    try:
        healthy = gateway.health()
        server = gateway.server_time()
    except GatewayError as exc:
        return Check("backend", ERROR, exc.key, {"reachable": False})
    skew = round(server.skew_s, 2)
    skewed = abs(skew) > SKEW_WARN_S
    key = "backend.clock_skew" if skewed else (None if healthy else "backend.unhealthy")
    return Check(
        "backend",
        OK if healthy and not skewed else WARNING,
        key,
        {
            "reachable": True,
            "healthy": healthy,
            "clock_skew_s": skew,
            "round_trip_ms": round(server.round_trip_s * 1000, 1),
        },
    )


def alerts_check(problems: Mapping[str, str], store: Store | None) -> Check:
    keys = sorted(set(problems.values()) | {a.key for a in (store.alerts if store else ())})
    moved = [
        {"key": a.key, "reason": a.reason, "at": a.at, "file": Path(a.path).name}
        for a in (store.alerts if store else ())
    ]
    return Check(
        "alerts",
        ERROR if keys else OK,
        keys[0] if keys else None,
        {"problems": keys, "moved_aside": moved},
    )


# --------------------------------------------------------------------------------------------
# Devices: state from the running core


def card_reader_state(core: CoreParts) -> Check:
    section = core.config.devices.card_reader
    if section.driver == "disabled":
        return Check("card_reader", DISABLED)
    if "card_reader" in core.problems:
        return Check("card_reader", ERROR, core.problems["card_reader"])
    monitor = core.card_monitor
    if monitor is None:
        return Check("card_reader", UNKNOWN, "card.not_started")
    readers = monitor.snapshot()
    up = monitor.service_available
    if up is False:
        return Check("card_reader", ERROR, "card.pcsc_unavailable", {"readers": 0})
    return Check(
        "card_reader",
        OK if readers else ERROR,
        None if readers else "card.no_reader",
        {"readers": len(readers), "cards_present": sum(1 for a in readers.values() if a)},
    )


def _absent(name: str, state: str, not_started: str | None) -> Check:
    """The row of an absent device, which says which it is: disabled, or not started."""
    return Check(name, DISABLED) if state == DISABLED else Check(name, UNKNOWN, not_started)


def printer_state(core: CoreParts) -> Check:
    service = core.printer
    state = service.state.value
    if not service.available:
        return _absent("printer", state, service.problem_key)
    key = service.problem_key
    status = service.status
    return Check(
        "printer",
        OK if key is None and state == "ready" else (WARNING if state == "ready" else ERROR),
        key,
        {"state": state, "paper": status.paper.value, "answers": status.responded},
    )


def fingerprint_state(core: CoreParts) -> Check:
    service = core.fingerprint
    state = service.state.value
    if not service.available:
        return _absent("fingerprint", state, "fingerprint.not_started")
    return Check("fingerprint", OK if state == "ready" else ERROR, None, {"state": state})


def camera_state(config: KioskConfig) -> Check:
    section = config.devices.camera
    if section.driver == "disabled":
        return Check("camera", DISABLED)
    # the camera is opened only while a service or a test uses it (PRIV-07): no live state
    return Check("camera", UNKNOWN, None, {"driver": section.driver, "opened": False})


def _reserve(config: KioskConfig) -> int:
    return config.paths.reserve_bytes


def live_problems(problems: Mapping[str, str], system: Check) -> dict[str, str]:
    """Start-up problems, with the disk as it is now (space may have come back since)."""
    live = {name: key for name, key in problems.items() if name != "storage"}
    if system.key == "system.disk_full":
        live["storage"] = system.key
    return live


def collect(core: CoreParts) -> Report:
    """The report over a running core (the technician screen). Blocks on the gateway: call it
    from a worker thread."""
    config = core.config
    system = guard("system", lambda: system_check(config.paths.data_dir, _reserve(config)))
    checks = [
        guard("card_reader", lambda: card_reader_state(core)),
        guard("printer", lambda: printer_state(core)),
        guard("fingerprint", lambda: fingerprint_state(core)),
        camera_state(config),
        guard("queue", lambda: queue_check(core.outbox, core.store, core.sync)),
        guard("backend", lambda: backend_check(core.gateway)),
        system,
        guard("trust", lambda: trust_check(core.trust)),
        software_check(config),
        alerts_check(live_problems(core.problems, system), core.store),
    ]
    return Report(now_iso(), tuple(checks))


# --------------------------------------------------------------------------------------------
# Self-tests (blocking; worker threads only)


ReaderScan = Callable[[float], tuple[bool, dict[str, bytes | None]]]
"""A reader scan (:func:`kiosk.runtime.devices.scan_readers`): (PC/SC up, reader → ATR|None)."""


class CameraOpener(Protocol):
    """Builds a camera grabber (:func:`kiosk.runtime.devices.camera_grabber`)."""

    def __call__(self, source: str, *, backoff: tuple[float, float]) -> CameraGrabber: ...


def card_check(
    trust: TrustStore | None,
    reader_filter: str = "",
    timeout: float = 3.0,
    *,
    scan_readers: ReaderScan,
    open_card_session: Callable[[str], CardSession],
) -> Check:
    """Reader list and, for an inserted card, the PIN-less checks of ``kiosk diag card``
    (certificates, trust, card-authentication challenge). Never asks for a PIN."""
    from drivers.smartcard import CardError
    from kiosk.identity.card_inspection import inspect_card

    up, readers = scan_readers(timeout)
    if not up:
        return Check("card_reader", ERROR, "card.pcsc_unavailable", {"readers": 0})
    chosen = [n for n, atr in sorted(readers.items()) if reader_filter in n and atr is not None]
    details: dict[str, Any] = {"readers": len(readers), "card_present": bool(chosen)}
    if not readers:
        return Check("card_reader", ERROR, "card.no_reader", details)
    if not chosen:
        return Check("card_reader", OK, None, details)
    try:
        report, passed = inspect_card(
            chosen[0], trust, show_names=False, open_session=open_card_session
        )
    except CardError as exc:
        return Check("card_reader", ERROR, exc.key, details)
    details["card_type"] = str(report.get("card_type", "unknown"))
    details["challenge"] = str(report.get("card_auth_challenge", "not run"))
    for slot in ("cert_9E", "cert_9A"):
        cert = report.get(slot)
        if isinstance(cert, dict):
            details[f"{slot}_trust"] = cert.get("trust", cert.get("error"))
    return Check(
        "card_reader", OK if passed else ERROR, None if passed else "card.check_failed", details
    )


def build_test_page(uri: str, profile_name: str, when: dt.datetime) -> PrintDocument:
    """A test receipt: title, connection, character check, a QR code, a cut."""
    from drivers.printer import Align, Feed, PrintDocument, QrItem, TextLine
    from kiosk.text.local_time import moment_text

    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    return PrintDocument(
        (
            TextLine("eCitizen Kiosk", Align.CENTER, bold=True, large=True),
            TextLine("Printer test page", Align.CENTER, bold=True),
            TextLine(f"Printer: {uri}"),
            TextLine(f"Profile: {profile_name}"),
            # local time as people read it, never ISO or "UTC" (the QR keeps the UTC stamp)
            TextLine(f"Time: {moment_text(when, 'en')}"),
            TextLine("Characters: Aa Ää Çç Ññ Éé €"),
            TextLine("QR code below should read:", Align.CENTER),
            TextLine(f"KIOSK-PRINTER-TEST:{stamp}", Align.CENTER),
            QrItem(f"KIOSK-PRINTER-TEST:{stamp}"),
            Feed(1),
            TextLine("End of test page", Align.CENTER),
        ),
        label="test page",
    )


def test_print(service: ReceiptPrinter, uri: str, timeout: float = 30.0) -> Check:
    """Print the test receipt on a running printer (an absent one: nothing to test)."""
    if not service.available:
        return Check("printer", DISABLED)
    profile = service.profile
    doc = build_test_page(uri, profile.name if profile else "?", dt.datetime.now(dt.UTC))
    outcome = service.print_document(doc, timeout=timeout)
    details = {
        "result": outcome.result.value,
        "confirmed": outcome.confirmed,
        "ms": round(outcome.elapsed_s * 1000, 1),
    }
    return Check(
        "printer",
        OK if outcome.printed else ERROR,
        None if outcome.printed else service.problem_key or "printer.test_failed",
        details,
    )


def fingerprint_test(service: FingerprintSensor, capture_s: float = 1.0) -> Check:
    """Handshake (system parameters) and a capture test: never a template or an image."""
    from drivers.device import DeviceError
    from drivers.fingerprint.protocol import Confirmation

    if not service.available:
        return Check("fingerprint", DISABLED)
    try:
        params = service.parameters
        if params is None:
            params = service.open().result(timeout=10)
        result = service.capture_test(capture_s).result(timeout=capture_s + 10)
    except DeviceError as exc:
        return Check("fingerprint", ERROR, exc.key, {"handshake": False})
    capture = {Confirmation.OK: "finger_detected", Confirmation.NO_FINGER: "no_finger"}.get(
        result, "poor_image"
    )
    return Check(
        "fingerprint",
        OK,
        None,
        {"handshake": True, "capacity": params.capacity, "capture": capture},
    )


def code_report(fmt: str, text: str) -> dict[str, object]:
    """A decoded code and whether the kiosk accepts it (used by ``kiosk diag camera``)."""
    from kiosk.camera.scan_payloads import PayloadRejected, parse_scan

    try:
        payload = parse_scan(text, fmt)
    except PayloadRejected as exc:
        return {"format": fmt, "text": text, "accepted": False, "reason": exc.key}
    return {"format": fmt, "text": text, "accepted": True, "kind": payload.kind}


def camera_test(grabber: CameraGrabber, timeout: float = 5.0, measure: float = 1.0) -> Check:
    """Open the camera (``grabber``, not yet started; built with a back-off of ``timeout``),
    measure fps, count codes (accepted or not) and faces in view, close it.

    The technician's report carries counts only: no decoded text, no image, no face box.
    """
    from drivers.camera import FaceDetector, analyse, decode_codes

    with grabber:
        first = grabber.wait_frame(0, timeout=timeout)
        if first is None:
            err = grabber.error
            return Check("camera", ERROR, err.key if err else "camera.no_frame", {"opened": False})
        last, fps = grabber.measure(first, measure)
        codes = [code_report(c.format, c.text) for c in decode_codes(last.image)]
        faces = analyse(last.image, FaceDetector()).faces
    return Check(
        "camera",
        OK,
        None,
        {
            "opened": True,
            "width": last.width,
            "height": last.height,
            "fps": round(fps, 1),
            "codes": len(codes),
            "codes_accepted": sum(1 for c in codes if c["accepted"]),
            "faces": len(faces),
        },
    )


# --------------------------------------------------------------------------------------------
# The port the technician screen uses


class Diagnostics:
    """The technician's diagnostics over a running core, built by the composition root
    (:meth:`kiosk.runtime.app.KioskCore.diagnostics`): it checks the devices the core started and
    opens a device for a self-test only through the factories it was given
    (:mod:`kiosk.runtime.devices`). The report, the checks and the self-tests block (devices,
    the queue database, the network): call them from a worker thread. ``printer_state()`` and
    ``out_of_service`` only read what the core holds (any thread); ``back_in_service()`` removes
    a file and writes an audit entry (quick, but disk I/O).
    """

    def __init__(
        self,
        core: CoreParts,
        *,
        scan_readers: ReaderScan,
        open_card_session: Callable[[str], CardSession],
        open_camera: CameraOpener,
    ) -> None:
        self._core = core
        self._scan_readers = scan_readers
        self._open_card_session = open_card_session
        self._open_camera = open_camera

    def report(self) -> Report:
        """The whole report (:func:`collect`; waits for the gateway)."""
        return collect(self._core)

    def card_check(self) -> Check:
        """The configured reader and the card in it (:func:`card_check`)."""
        core = self._core
        return card_check(
            core.trust,
            core.config.devices.card_reader.reader,
            scan_readers=self._scan_readers,
            open_card_session=self._open_card_session,
        )

    def test_print(self) -> Check:
        """A test page on the core's printer (:func:`test_print`)."""
        return test_print(self._core.printer, self._core.config.devices.printer.uri)

    def fingerprint_test(self) -> Check:
        """Handshake and capture test of the core's sensor (:func:`fingerprint_test`)."""
        return fingerprint_test(self._core.fingerprint)

    def camera_test(self, timeout: float = 5.0) -> Check:
        """The configured camera, opened for the test only (:func:`camera_test`); a camera
        switched off in the configuration is not opened."""
        section = self._core.config.devices.camera
        if section.driver == "disabled":
            return Check("camera", DISABLED)
        return camera_test(self._open_camera(section.source, backoff=(timeout, timeout)), timeout)

    def printer_state(self) -> Check:
        """The printer's row from its last known state (attributes only: quick, any thread)."""
        return printer_state(self._core)

    def queue_check(self) -> Check:
        """The queue's row (:func:`queue_check`; reads the database: a worker thread)."""
        core = self._core
        return queue_check(core.outbox, core.store, core.sync)

    @property
    def out_of_service(self) -> str | None:
        """Why the kiosk is out of service (OPS-07): the device whose unplugging locked it
        (``"card_reader"``, ``"fingerprint"``) or ``"remote"`` (a fleet operator's signed
        command); ``None`` when it is in service or has no tamper guard."""
        tamper = self._core.tamper
        return tamper.sensor if tamper is not None and tamper.locked else None

    def back_in_service(self) -> bool:
        """A technician checked the kiosk: lift the lock (audited by the guard). False if it
        could not be lifted; True also when the kiosk was not out of service."""
        tamper = self._core.tamper
        return tamper is None or tamper.back_in_service()

    def technician_audit(self) -> TechnicianAudit:
        """The technician's actions, written to the core's audit log under the kiosk's key.

        Raises:
            OSError: the key could not be read or created.
        """
        from kiosk.records.audit_trail import TechnicianAudit
        from kiosk.session.assistance import load_or_create_key

        core = self._core
        return TechnicianAudit(core.audit, load_or_create_key(core.config.paths.data_dir))
