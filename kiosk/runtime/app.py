"""The composition root: builds every service of the kiosk core from the validated config.

Nothing else constructs a concrete driver, store or connector; emulators are chosen here too.
:func:`build_core` is cheap (configuration, session); :meth:`KioskCore.start` brings up devices,
the offline queue and back-end clients, and is called by the UI right after the first frame.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import KioskConfig, Mode
from kiosk.records.logs import Redactor
from kiosk.session.machine import IdlePolicy, Preferences, Session, Transition

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from drivers.camera.grabber import CameraGrabber
    from drivers.smartcard.monitor import CardEvent, CardMonitor
    from drivers.smartcard.session import CardSession
    from kiosk.camera.camera import Camera
    from kiosk.camera.scan_bridge import CodeScanBridge
    from kiosk.demo.rig import DemoRig, PracticeCity
    from kiosk.devices.fingerprint import FingerprintSensor
    from kiosk.devices.printer import ReceiptPrinter
    from kiosk.diagnostics.report import Diagnostics
    from kiosk.fleet.telemetry import FleetRuntime
    from kiosk.identity.library_card import LibraryCardSignIn
    from kiosk.identity.sign_in import CardAuthenticator
    from kiosk.identity.trust import TrustStore
    from kiosk.records.audit import AuditLog
    from kiosk.records.audit_checkpoints import CheckpointShipper
    from kiosk.records.receipt_journal import Receipts
    from kiosk.security.credentials import SecretSource
    from kiosk.security.tamper import TamperGuard
    from kiosk.services.city import CityServices
    from kiosk.sync.queue_ops import QueueOps
    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.connectors.open311 import Open311Client
    from offline_queue.connectors.sip2 import Sip2Client
    from offline_queue.outbox import Outbox
    from offline_queue.store import Store
    from offline_queue.sync import SyncWorker

logger = logging.getLogger(__name__)

SENSOR_POLL_S = 10.0
"""How often an idle fingerprint sensor is asked whether it is still there (tamper, OPS-07)."""


def default_preferences(config: KioskConfig) -> Preferences:
    access = config.accessibility
    return Preferences(
        language=config.languages.default,
        large_text=access.large_text,
        high_contrast=access.high_contrast,
        speech=access.speech,
        simplified=access.simplified,
    )


def _not_started_printer() -> ReceiptPrinter:
    from kiosk.devices.printer import AbsentPrinter

    return AbsentPrinter.not_started()


def _not_started_sensor() -> FingerprintSensor:
    from kiosk.devices.fingerprint import AbsentSensor

    return AbsentSensor.not_started()


def absent_sensor(config: KioskConfig) -> FingerprintSensor:
    """The fingerprint sensor a core holds until (or unless) it starts one: disabled by
    configuration (no sensor, or the card reader does not offer the step), or not started."""
    from kiosk.devices.fingerprint import AbsentSensor

    devices = config.devices
    if devices.fingerprint.driver == "disabled" or not devices.card_reader.fingerprint_enabled:
        return AbsentSensor.disabled()
    return AbsentSensor.not_started()


def _no_receipt_desk() -> Receipts:
    from kiosk.records.receipt_journal import AbsentReceiptDesk

    return AbsentReceiptDesk()


def absent_printer(config: KioskConfig) -> ReceiptPrinter:
    """The printer a core holds until (or unless) it starts one: disabled by configuration, or
    not started."""
    from kiosk.devices.printer import AbsentPrinter

    if config.devices.printer.driver == "disabled":
        return AbsentPrinter.disabled()
    return AbsentPrinter.not_started()


@dataclass
class KioskCore:
    """Everything below the UI, built once per process.

    Attributes:
        config: the validated configuration (in demo mode: pointing at the emulators).
        session: the session state machine.
        redactor: values of the signed-in resident that logs must never show.
        started: :meth:`start` has run (devices, queue and back ends are available).
        printer: the receipt printer; absent (``available`` False, state disabled or not
            started) when the kiosk has none or did not start it, never ``None``.
        receipts: the receipt desk on that printer (absent with it: the reference on screen).
        fingerprint: the fingerprint sensor; absent (``available`` False) like the printer.
        closers: callables run in reverse order at shutdown (threads joined, devices closed).
    """

    config: KioskConfig
    session: Session
    redactor: Redactor
    started: bool = False
    demo: DemoRig | None = None
    audit: AuditLog | None = None
    audit_key: bytes | None = None  # keys the audit chain (sealed credential audit-key)
    checkpoints: CheckpointShipper | None = None  # SEC-16: audit heads shipped to the city
    secrets: SecretSource | None = (
        None  # where the kiosk's keys come from (kiosk.security.credentials)
    )
    store: Store | None = None
    outbox: Outbox | None = None
    sync: SyncWorker | None = None
    gateway: GatewayClient | None = None
    open311: Open311Client | None = None  # read-only: categories of street reports
    sip2_factory: Callable[[], Sip2Client] | None = None
    printer: ReceiptPrinter = field(default_factory=_not_started_printer)  # never None (#17)
    receipts: Receipts = field(default_factory=_no_receipt_desk)
    receipt_key: bytes = b""
    fingerprint: FingerprintSensor = field(default_factory=_not_started_sensor)  # never None
    trust: TrustStore | None = None
    signin: CardAuthenticator | None = None
    card_monitor: CardMonitor | None = None
    tamper: TamperGuard | None = None  # OPS-07: card readers unplugged -> out of service
    fleet: FleetRuntime | None = None  # issue #18: [fleet] link, telemetry, /metrics
    card_listeners: list[Callable[[CardEvent], None]] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)
    closers: list[Callable[[], Any]] = field(default_factory=list)

    practice_city: PracticeCity | None = None  # a staff-started practice session's back end
    _city_backends: tuple[Any, Any, Any] | None = None  # the city's clients while practising

    @property
    def practice(self) -> bool:
        """Nothing goes to the city: a practice kiosk, or a practice session started by staff
        (#15.11). Submissions get practice receipts and nothing is queued (the practice sink,
        kiosk.services.submit)."""
        return self.config.kiosk.mode is Mode.PRACTICE or self.practice_city is not None

    def begin_practice(self) -> None:
        """A member of staff started a practice session: the UI's back-end clients point at a
        practice city of its own on loopback until :meth:`end_practice`. The sync worker keeps
        its own connectors: residents' earlier requests still go to the city meanwhile."""
        if self.practice_city is not None:
            return
        from kiosk.demo.rig import start_practice_city
        from offline_queue.connectors.gateway import GatewayClient
        from offline_queue.connectors.open311 import Open311Client
        from offline_queue.connectors.sip2 import Sip2Client

        city = start_practice_city()
        self._city_backends = (self.gateway, self.open311, self.sip2_factory)
        self.practice_city = city
        host, port = city.sip2_address
        user, password = city.sip2_login

        def practice_sip2() -> Sip2Client:
            return Sip2Client(host, port, login_user=user, login_password=password)

        self.gateway = GatewayClient(city.gateway_url)
        self.open311 = Open311Client(city.open311_url)
        self.sip2_factory = practice_sip2
        logger.info("practice session: back ends switched to the practice city")

    def end_practice(self) -> None:
        """The practice session ended: the city's clients come back, the practice city stops
        (everything the made-up people did there goes with it)."""
        city, self.practice_city = self.practice_city, None
        if city is None:
            return
        practice_clients = (self.gateway, self.open311)
        if self._city_backends is not None:
            self.gateway, self.open311, self.sip2_factory = self._city_backends
            self._city_backends = None
        for client in practice_clients:
            if client is not None:
                client.close()
        city.stop()
        logger.info("practice session over: back ends switched back to the city")

    @property
    def queue_ops(self) -> QueueOps:
        """The offline queue as the diagnostics screen works it (unavailable without a queue)."""
        from kiosk.sync.queue_ops import QueueOps

        return QueueOps(self.outbox, self.sync)

    @property
    def city(self) -> CityServices:
        """The city's read-only services for the UI (unavailable until :meth:`start`)."""
        from kiosk.services.city import CityServices

        return CityServices(self.gateway, self.config, self.problems, self.open311)

    def _card_event(self, event: CardEvent) -> None:
        for listener in list(self.card_listeners):
            listener(event)

    def start(self) -> None:
        """Bring up the demo rig, the queue, back-end clients and devices (idempotent)."""
        if self.started:
            return
        self.started = True
        config = self.config
        data_dir = config.paths.data_dir
        if config.backends.start_demo_backend:
            from kiosk.demo.rig import start_demo

            self.demo, config = start_demo(config)
            self.config = config
            self.closers.append(self.demo.close)
        self._start_audit(data_dir)
        self._start_tamper(data_dir)
        self._start_queue(data_dir)
        self._start_checkpoints()
        self._start_printer(data_dir)
        self._start_fingerprint()
        self._start_cards()
        self._start_fleet()
        self._start_selfcheck()
        logger.info("kiosk core started (%s)", ", ".join(sorted(self.problems)) or "all ok")

    def _secret_source(self) -> SecretSource:
        from kiosk.security.credentials import SecretSource, register

        if self.secrets is None:
            self.secrets = SecretSource.from_environment(
                self.config.paths.data_dir,
                plain_fallback=self.config.kiosk.mode is not Mode.PRODUCTION,
            )
            register(self.secrets)
        return self.secrets

    def _credential_problem(self, exc: Exception) -> None:
        """A key that is missing, lost or unreadable: a technician alert (never a new key over
        data it cannot read: kiosk.security.credentials)."""
        key = getattr(exc, "key", None) or "credentials.unreadable"
        name = getattr(exc, "name", "secret")
        self.problems[f"credentials.{name}"] = key
        logger.error("kiosk secret %s unavailable: %s", name, key)

    def _start_audit(self, data_dir: Path) -> None:
        from kiosk.records.audit import AUDIT_FILE_NAME, AuditLog, has_keyed_tail
        from kiosk.security.credentials import AUDIT_KEY, PSEUDONYM_KEY, CredentialError

        try:
            self.audit_key = self._secret_source().load(
                AUDIT_KEY, may_create=not has_keyed_tail(data_dir / AUDIT_FILE_NAME)
            )
        except (CredentialError, OSError) as exc:  # recorded unkeyed: verify shows where
            self._credential_problem(exc)
        try:  # the pseudonym key's users fall back to a key for this run; the alert is here
            self._secret_source().load(PSEUDONYM_KEY)
        except (CredentialError, OSError) as exc:
            self._credential_problem(exc)
        self.audit = AuditLog.in_data_dir(data_dir, key=self.audit_key)
        self.closers.append(self.audit.close)

    def _start_checkpoints(self) -> None:
        """SEC-16: audit checkpoints signed with the device key (when enrolled) and queued for
        the gateway; the shipper's closer runs before the queue's (final checkpoint)."""
        if self.audit is None or self.outbox is None:
            return
        from kiosk.records.audit import file_signer
        from kiosk.records.audit_checkpoints import CheckpointShipper
        from kiosk.security.tls import TlsIdentityError, find_identity

        signer = certificate = None
        try:
            identity = find_identity()
            signer = file_signer(identity.key_file)
            certificate = identity.cert_file.read_bytes()
        except (TlsIdentityError, OSError, ValueError) as exc:
            if self.config.kiosk.mode is Mode.PRODUCTION:
                self.problems["audit_checkpoints"] = getattr(exc, "key", "tls.not_enrolled")
            logger.warning("audit checkpoints unsigned: no device identity")
        self.checkpoints = CheckpointShipper(
            self.audit,
            self.outbox,
            self.config.kiosk.id,
            signer=signer,
            certificate_pem=certificate,
            audit_key=self.audit_key,
        )
        self.checkpoints.start()
        self.closers.append(self.checkpoints.close)

    def _start_queue(self, data_dir: Path) -> None:
        import sqlite3

        from sqlalchemy.exc import DatabaseError

        from kiosk.runtime.backends import city_clients, gateway_client, queue_store
        from kiosk.runtime.storage import space
        from kiosk.security.credentials import (
            QUEUE_KEK,
            RECEIPT_KEY,
            CredentialError,
            queue_kek_ids,
        )
        from offline_queue.connectors.base import Connector
        from offline_queue.connectors.gateway import GatewayConnector
        from offline_queue.connectors.httpfaults import default_timeout
        from offline_queue.connectors.media import MediaUploader
        from offline_queue.connectors.open311 import Open311Client, Open311Connector
        from offline_queue.connectors.sip2 import Sip2Client, Sip2Connector
        from offline_queue.crypto import AesKeyProvider, CryptoError, foreign_kek_ids
        from offline_queue.outbox import Outbox
        from offline_queue.store import StoreError
        from offline_queue.sync import SyncWorker

        backends = self.config.backends
        reserve = self.config.paths.reserve_bytes
        if space(data_dir, reserve).below_reserve:  # start degraded: the queue refuses new work
            self.problems["storage"] = "system.disk_full"
            logger.error("data file system below its reserve: new transactions are refused")
        secrets = self._secret_source()
        try:
            self.store = queue_store(self.config)
            # the KEK of existing wrapped keys is never replaced: a lost or foreign one leaves
            # the queue file untouched and the technician alerted
            in_use = queue_kek_ids(self.store)
            keys = AesKeyProvider(secrets.load(QUEUE_KEK, may_create=not in_use))
            if foreign_kek_ids(keys, in_use):
                raise CredentialError("credentials.wrong_key", QUEUE_KEK)
            self.receipt_key = secrets.load(RECEIPT_KEY)
            self.outbox = Outbox(self.store, keys)
        except CredentialError as exc:
            # the store stays open for status and its own alerts; nothing is queued or sent
            # without the key, and the file is left as it is for the key to come back
            self._credential_problem(exc)
            self.problems["queue"] = exc.key
            self.outbox = None
            self.receipt_key = b""
        except (StoreError, CryptoError, OSError) as exc:  # environmental: no queue this run
            self._queue_unavailable(exc)
        except (sqlite3.DatabaseError, DatabaseError) as exc:  # damage queue_store did not handle
            logger.exception("offline queue database unusable")
            self._queue_unavailable(exc)
        if self.store is not None and self.store.degraded:
            self.problems["queue"] = "queue.degraded"
            for alert in self.store.alerts:
                logger.error("offline queue degraded: %s", alert.key)

        sip2_tls = self._sip2_tls()

        def sip2_client() -> Sip2Client:
            return Sip2Client(
                backends.sip2_host,
                backends.sip2_port,
                login_user=backends.sip2_user,
                login_password=backends.sip2_password,
                location_code=backends.sip2_location,
                institution_id=backends.sip2_institution,
                timeout_s=backends.timeout_s,
                encoding=backends.sip2_encoding,
                tls=sip2_tls,
                tls_server_name=backends.sip2_tls_server_name,
            )

        self.sip2_factory = sip2_client
        city = city_clients(self.config, self.problems)  # SEC-13: mutual TLS in production
        gateway_url, open311_url = backends.gateway_url, backends.open311_url
        connectors: dict[str, Connector] = {
            "gateway": GatewayConnector(gateway_url, client=city(gateway_url)),
            "open311": Open311Connector(
                open311_url,
                backends.open311_api_key,
                client=city(open311_url, accept_json=True),
                # street-report photos
                media=MediaUploader(gateway_url, client=city(gateway_url)),
                media_mode=backends.open311_media,
                state_path=data_dir / "open311-server.json",  # what it learned about the server
            ),
            "sip2": Sip2Connector(sip2_client()),
        }
        if self.outbox is not None:
            self.sync = SyncWorker(self.outbox, connectors)
            self.sync.on_problem(self._sync_problem)  # supervised: alert while it keeps dying
        self.gateway = gateway_client(self.config, city)
        self.closers.append(self.gateway.close)
        # the read-only Open311 client (street-report categories): short timeouts for the UI
        self.open311 = Open311Client(
            open311_url,
            client=city(open311_url, default_timeout(connect=2, read=5), accept_json=True),
        )
        self.closers.append(self.open311.close)
        for connector in connectors.values():
            self.closers.append(connector.close)
        if self.store is not None:
            self.closers.append(self.store.close)
        if self.sync is not None:
            self.closers.append(self.sync.stop)

    def _sip2_tls(self) -> ssl.SSLContext | None:
        """The SIP2 TLS context (``sip2_tls``; issue #14.1), or None for plain SIP2.

        Trusts ``sip2_tls_ca_file``, else the city CA of the enrolment in production (the
        system store in demo/practice); presents ``sip2_tls_cert_file``/``key_file``, else the
        device certificate when the kiosk has one. Unusable files are a technician problem
        (``problems["sip2_tls"]``) and a context that refuses every handshake: a kiosk told to
        use TLS never falls back to plain SIP2.
        """
        from kiosk.security.tls import TlsIdentityError, find_identity, refusing_context

        backends = self.config.backends
        if not backends.sip2_tls:
            return None
        production = self.config.kiosk.mode is Mode.PRODUCTION
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED + check_hostname
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            identity = find_identity() if production else None
        except TlsIdentityError:
            identity = None
        ca = backends.sip2_tls_ca_file or (identity.ca_file if identity else None)
        cert = backends.sip2_tls_cert_file or (identity.cert_file if identity else None)
        key = backends.sip2_tls_key_file or (identity.key_file if identity else None)
        try:
            if ca is not None:
                context.load_verify_locations(cafile=str(ca))
            elif production:
                raise FileNotFoundError("no CA for the ILS's certificate")
            else:
                context.load_default_certs()
            if cert is not None and key is not None:
                context.load_cert_chain(certfile=str(cert), keyfile=str(key))
        except (OSError, ssl.SSLError) as exc:
            self.problems["sip2_tls"] = "sip2.tls_config"
            logger.error(
                "SIP2 over TLS unusable (%s): the library stays offline", type(exc).__name__
            )
            return refusing_context()
        return context

    def _sync_problem(self, key: str | None) -> None:
        """The supervised sync worker keeps dying (a technician alert), or runs again."""
        if key is None:
            self.problems.pop("sync", None)
        else:
            self.problems["sync"] = key

    def _queue_unavailable(self, exc: Exception) -> None:
        """The queue cannot be opened (full disk on a first start, unusable key or directory):
        services that must queue say so; everything else starts. A restart retries."""
        from kiosk.runtime.storage import is_no_space

        key = getattr(exc, "key", None)
        if not isinstance(key, str):
            key = "queue.store.full" if is_no_space(exc) else "queue.unavailable"
        self.problems["queue"] = key
        logger.error("offline queue unavailable (%s): %s", key, type(exc).__name__)
        if self.store is not None:
            self.store.close()
        self.store = self.outbox = None
        self.receipt_key = b""

    def _start_printer(self, data_dir: Path) -> None:
        section = self.config.devices.printer
        if section.driver == "disabled":
            return  # the core keeps its disabled printer and the absent desk on it
        from kiosk.records.receipt_journal import JournalError, ReceiptDesk, ReceiptJournal
        from kiosk.runtime.devices import check_printer_uri, printer_device, printer_uri

        uri = printer_uri(section)
        try:
            check_printer_uri(uri)
        except ValueError:
            # A profile no model has (or a URI of no known form) would kill the printer's thread:
            # the kiosk runs without receipts and says why, like any absent printer.
            logger.error("printer not started: its uri or profile is not one the driver knows")
            self.problems["printer"] = "printer.bad_uri"
            return
        printer = printer_device(uri).start()
        self.closers.append(printer.close)
        self.printer = printer
        try:
            journal = ReceiptJournal(data_dir, key=self.receipt_key)
        except JournalError as exc:
            # disk full, damaged, a newer release's schema: receipts are shown on screen (the
            # absent desk) and the technician is told; the rest of the kiosk starts as usual
            logger.error("receipt journal unavailable: %s", exc.key)
            self.problems["receipts"] = exc.key
            return
        self.receipts = ReceiptDesk(journal, printer)

    def _start_tamper(self, data_dir: Path) -> None:
        """OPS-07: a card reader or fingerprint sensor unplugged while the kiosk runs puts it out
        of service (only where cards sign residents in: the lock works at card sign-in)."""
        section = self.config.devices.card_reader
        if section.driver == "disabled":
            return
        from kiosk.security.tamper import TamperGuard

        self.tamper = TamperGuard(data_dir, self.audit, reader_filter=section.reader)

    def _start_fingerprint(self) -> None:
        section = self.config.devices.fingerprint
        if section.driver == "disabled" or not self.config.devices.card_reader.fingerprint_enabled:
            return  # the core keeps its disabled sensor
        from kiosk.runtime.devices import fingerprint_device

        on_state = self.tamper.on_fingerprint_state if self.tamper is not None else None
        sensor = fingerprint_device(section.port, baudrate=section.baudrate, on_state=on_state)
        sensor.open()
        sensor.watch(SENSOR_POLL_S)  # an unplugged sensor is noticed while idle too
        self.closers.append(sensor.close)
        self.fingerprint = sensor

    def _start_fleet(self) -> None:
        """Issue #18: telemetry to the city's broker, only with a ``[fleet]`` section; last, so
        it observes the devices and the queue started above, and closes first."""
        if self.config.fleet is None:
            return
        from kiosk.fleet.telemetry import start_fleet

        self.fleet = start_fleet(self)
        if self.fleet is not None:
            self.closers.append(self.fleet.close)
            from kiosk.fleet.actions import start_commands  # signed remote commands (#18 B)

            commands = start_commands(self, self.fleet.link, self.fleet.telemetry.poke)
            if commands is not None:
                self.closers.append(commands.close)  # closed before the link

    def _start_selfcheck(self) -> None:
        """Issue #19: under a service manager, the session and the start-up self-check on the
        status line the update gate reads (kiosk.updates.selfcheck); nothing otherwise."""
        from kiosk.updates.selfcheck import start_reporting

        reporter = start_reporting(self)
        if reporter is not None:
            self.closers.append(reporter.close)

    def _start_cards(self) -> None:
        section = self.config.devices.card_reader
        if section.driver == "disabled":
            return
        if not section.ca_files:
            self.problems["card_reader"] = "card.no_trust_anchors"
            logger.error("card sign-in disabled: no city CA configured")
            return
        from kiosk.identity.sign_in import CardAuthenticator
        from kiosk.runtime.devices import card_monitor, trust_store

        self.trust = trust_store(section)
        self.signin = CardAuthenticator(self.trust)
        if self.tamper is not None:  # first among the card listeners: the lock comes first
            self.card_listeners.insert(0, self.tamper.on_card_event)
        self.card_monitor = card_monitor(self._card_event)
        self.closers.append(self.card_monitor.close)

    def scan_bridge(self, parent: QObject | None = None) -> CodeScanBridge:
        """A code scanner on this core's camera (in demo mode the demo camera scene); it opens
        the camera only between its ``start()`` and ``stop()``."""
        from kiosk.camera.scan_bridge import CodeScanBridge

        return CodeScanBridge(self.config.devices.camera, parent)

    def camera(self) -> Camera:
        """The camera for one photo step (``available`` False when the kiosk has none); the
        step starts it on "Take photo" and closes it when done."""
        from kiosk.camera.camera import Camera

        if self.config.devices.camera.driver == "disabled":
            return Camera.absent()

        def grabber() -> CameraGrabber:
            from kiosk.runtime.devices import camera_grabber

            return camera_grabber(self.config.devices.camera.source)

        return Camera(grabber)

    def library_card_sign_in(self, *, actor: str = "patron") -> LibraryCardSignIn:
        """The library PIN check for this site (its password rule, the kiosk's shared attempt
        limit, audited under the kiosk's pseudonym key); ``actor`` as
        :class:`~kiosk.identity.library_card.LibraryCardSignIn` takes it.

        Raises:
            OSError: the pseudonym key could not be read or created.
        """
        from kiosk.identity.library_card import LibraryCardSignIn
        from kiosk.services import library
        from kiosk.session.assistance import load_or_create_key

        return LibraryCardSignIn(
            load_or_create_key(self.config.paths.data_dir),
            self.audit,
            actor=actor,
            rule=library.PasswordRule.of(self.config),
        )

    def open_card_session(self, reader: str) -> CardSession:
        """Connect to the card in ``reader`` (called on the card worker thread)."""
        from kiosk.runtime.devices import open_card_session

        return open_card_session(reader)

    def diagnostics(self) -> Diagnostics:
        """The technician's diagnostics over this core: the devices it started, and for the
        self-tests that open a device briefly (reader scan, card, camera) the same factories
        the core uses (:mod:`kiosk.runtime.devices`). Its methods block: worker threads only."""
        from kiosk.diagnostics.report import Diagnostics
        from kiosk.runtime.devices import camera_grabber, scan_readers

        return Diagnostics(
            self,
            scan_readers=scan_readers,
            open_card_session=self.open_card_session,
            open_camera=camera_grabber,
        )

    def start_watching(self) -> None:
        """Start the card monitor and the sync worker, once the UI registered its listeners."""
        if self.card_monitor is not None:
            self.card_monitor.start()
        if self.sync is not None:
            self.sync.start()

    def close(self) -> None:
        self.end_practice()
        while self.closers:
            closer = self.closers.pop()
            try:
                closer()
            except Exception:
                logger.exception("error while shutting down a component")


def _redact_resident(session: Session, redactor: Redactor) -> Callable[[Transition], None]:
    """Register the resident's identifiers at sign-in; forget them once the wipe finished."""

    def on_transition(transition: Transition) -> None:
        if transition.action == "sign_in":
            redactor.register(session.identity.display_name, words=True)
            redactor.register(session.identity.subject_id)
        elif transition.action == "finished":
            redactor.clear()

    return on_transition


def build_core(
    config: KioskConfig,
    *,
    clock: Callable[[], float] = time.monotonic,
    redactor: Redactor | None = None,
) -> KioskCore:
    config.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    redactor = redactor if redactor is not None else Redactor()
    policy = IdlePolicy(
        warn_after=config.idle.warn_after_s,
        warning=config.idle.warning_s,
        max_extensions=config.idle.max_extensions,
    )
    session = Session(policy, default_preferences=lambda: default_preferences(config), clock=clock)
    session.add_listener(_redact_resident(session, redactor))
    core = KioskCore(
        config=config,
        session=session,
        redactor=redactor,
        printer=absent_printer(config),
        fingerprint=absent_sensor(config),
    )
    core._secret_source()  # the kiosk's key policy, also for helpers that know only the data dir
    return core
