"""Remote commands carried out on the kiosk (issue #18 part B): checks, audit, handlers, acks.

:class:`CommandProcessor` takes the raw bytes of a message received on
``<prefix>/kiosks/<id>/cmd`` or ``<prefix>/sites/<site>/cmd`` (on the link thread) and:

1. verifies the envelope (:func:`kiosk.fleet.commands.verify_command`: signature, operator
   certificate chained to the city CA, the operator role, expiry, target);
2. refuses a non-urgent command while a resident session is active (``fleet.session_active``:
   *refused, retry later* — nothing is queued on the kiosk; the nonce is not spent, so the
   operator may resend the same signed command until it expires);
3. claims the nonce in the durable replay cache (``fleet.replayed`` if seen before);
4. records ``fleet.command`` (outcome ``accepted`` or ``refused``, the reason key, the nonce and
   the operator's certificate serial and SHA-256) in the keyed audit log — for every command,
   forged ones included;
5. runs the handler on the processor's own worker thread (one command at a time, never on the
   link thread or the GUI thread), records ``done``/``failed`` and publishes the acknowledgement
   ``{"kiosk", "nonce", "command", "outcome", "reason", "ts"}`` on ``…/kiosks/<id>/acks``
   (QoS 1). A refused command is acknowledged too (``outcome: "refused"``).

A forged, expired, replayed or wrong-target command reaches no handler. Nothing here raises on
hostile input.

Handlers (:func:`build_handlers`):

``out_of_service`` / ``back_in_service``
    the tamper guard's lock (:meth:`kiosk.security.tamper.TamperGuard.take_out_of_service`, cause
    ``remote``; :meth:`~kiosk.security.tamper.TamperGuard.back_in_service`): the same switch a
    technician uses, kept across restarts.
``run_diagnostics``
    the technician's report (:func:`kiosk.diagnostics.report.collect`: numbers, states and problem
    keys only, no personal data) published on ``…/kiosks/<id>/reports`` (QoS 1, not retained).
``upload_logs``
    the redacted ring buffer encrypted to the city's key (:mod:`kiosk.records.log_export`,
    ``ECKX1``) and handed to ``send_log_bundle`` — a direct gateway call made by the wiring, not a
    queued transaction (a log bundle is worth nothing once stale, and must not wait behind
    residents' transactions); the bundle's SHA-256 goes on the report topic, the ack's reason stays
    a key.
``apply_config``
    ``args.url``: fetched by the wiring's ``fetch`` (the gateway, mutual TLS), verified against
    the pinned city key (:func:`provisioning.bundle.verify_bundle`, this kiosk's id), installed
    (:func:`provisioning.bundle.install_bundle`: rollback and reused versions refused), then a
    restart is requested if anything changed.
``restart``
    acknowledged first, then ``request_restart`` (the app: SIGTERM to itself; systemd's
    ``Restart=always`` starts it again).
``update.set_target``
    ``args.version`` (empty: clear) and ``args.ring``: recorded with the signed envelope in the
    data directory (:func:`kiosk.updates.state.write_target`); the updater (root, its own unit)
    re-checks the signature and installs it in the maintenance window when no resident is
    there (issue #19, docs/updates.md). A target older than the one recorded is ignored (a
    retained command delivered late). Harmless during a session (it only records), so the
    rollout sends it ``urgent``.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cryptography import x509

from kiosk.fleet import commands as cmd
from kiosk.fleet.commands import Command, Verdict
from kiosk.fleet.replay import ReplayCache
from kiosk.records.audit import AuditLog, record_or_log

if TYPE_CHECKING:
    from kiosk.runtime.core_parts import CoreParts

logger = logging.getLogger(__name__)

ACKS = "acks"
REPORTS = "reports"
_IDENT_RE = re.compile(r"^[a-z][a-z0-9_.:-]{0,63}$")
_RING_RE = re.compile(r"^[a-z0-9][a-z0-9._%-]{0,31}$")  # canary, 25%, all


@dataclass(frozen=True)
class ActionResult:
    """A handler's outcome: ``reason`` is a key; ``after`` runs once the ack is published."""

    ok: bool
    reason: str = "fleet.done"
    after: Callable[[], None] | None = None


Handler = Callable[[Command], ActionResult]
Publish = Callable[[str, bytes], None]
"""``publish(sub_topic, payload)``: ``acks`` or ``reports`` under this kiosk's topic (QoS 1)."""


@dataclass(frozen=True)
class Ack:
    kiosk: str
    nonce: str | None
    command: str | None
    outcome: str  # done | failed | refused
    reason: str

    def to_json(self) -> bytes:
        doc = {
            "kiosk": self.kiosk,
            "nonce": self.nonce,
            "command": self.command,
            "outcome": self.outcome,
            "reason": self.reason,
            "ts": round(time.time(), 3),
        }
        return json.dumps(doc, separators=(",", ":")).encode()


@dataclass
class CommandProcessor:
    """See the module docstring.

    Args:
        kiosk_id, site: this kiosk (the site as configured; its slug is the target name).
        ca: the city CA certificate (the one the device certificate chains to).
        replay: the durable nonce cache.
        audit: the keyed audit log (None: nothing recorded, e.g. a benchmark).
        session_active: True while a resident (or staff-assisted) session is open.
        publish: sends ``acks`` and ``reports`` (the FleetLink in the app).
        handlers: command name → handler (:func:`build_handlers`).
        clock: unix time (tests move it).
        after_each: see the attribute.
    """

    kiosk_id: str
    site: str
    ca: x509.Certificate
    replay: ReplayCache
    audit: AuditLog | None
    session_active: Callable[[], bool]
    publish: Publish
    handlers: Mapping[str, Handler]
    clock: Callable[[], float] = time.time
    after_each: Callable[[], None] | None = None
    """Called after every carried-out command (the app: a telemetry poke, so the new state is
    published at once)."""
    _worker: concurrent.futures.ThreadPoolExecutor = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="fleet-cmd")

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    def on_message(self, payload: bytes) -> concurrent.futures.Future[Ack] | Ack:
        """Check a received command; an accepted one is run on the worker (its future's result
        is the ack), a refused one is acknowledged at once (the ack is returned)."""
        try:
            verdict = cmd.verify_command(
                payload, ca=self.ca, kiosk_id=self.kiosk_id, site=self.site, now=self.clock()
            )
            if verdict.accepted:
                assert verdict.command is not None
                return self._accept(verdict, verdict.command)
            return self._refuse(verdict, verdict.reason)
        except Exception as exc:  # a bug must not reach the link thread, nor run anything
            logger.exception("fleet command check failed: %s", type(exc).__name__)
            return self._refuse(Verdict(False, "fleet.internal_error"), "fleet.internal_error")

    def _accept(self, verdict: Verdict, command: Command) -> concurrent.futures.Future[Ack] | Ack:
        if command.command not in self.handlers:
            return self._refuse(verdict, "fleet.unsupported_command")
        if not command.urgent and self.session_active():
            return self._refuse(verdict, "fleet.session_active")
        refusal = self.replay.claim(
            command.nonce, command.issued_at, command.expires_at, self.clock()
        )
        if refusal is not None:
            return self._refuse(verdict, refusal)
        self._audit(verdict, "accepted", "fleet.ok")
        logger.info("fleet command %s accepted", command.command)
        return self._worker.submit(self._run, verdict, command)

    def _run(self, verdict: Verdict, command: Command) -> Ack:
        try:
            result = self.handlers[command.command](command)
        except Exception as exc:
            logger.error("fleet command %s failed: %s", command.command, type(exc).__name__)
            result = ActionResult(False, "fleet.handler_error")
        outcome = "done" if result.ok else "failed"
        reason = result.reason if _IDENT_RE.fullmatch(result.reason) else "fleet.handler_error"
        self._audit(verdict, outcome, reason)
        ack = Ack(self.kiosk_id, command.nonce, command.command, outcome, reason)
        self._send(ACKS, ack.to_json())
        if self.after_each is not None:
            self.after_each()
        if result.after is not None:
            result.after()
        return ack

    def _refuse(self, verdict: Verdict, reason: str) -> Ack:
        logger.warning("fleet command refused: %s", reason)
        self._audit(verdict, "refused", reason)
        name = verdict.command_name if isinstance(verdict.command_name, str) else None
        ack = Ack(self.kiosk_id, verdict.nonce, _printable(name), "refused", reason)
        self._send(ACKS, ack.to_json())
        return ack

    def _send(self, sub_topic: str, payload: bytes) -> None:
        try:
            self.publish(sub_topic, payload)
        except Exception as exc:
            logger.error("fleet %s not published: %s", sub_topic, type(exc).__name__)

    def _audit(self, verdict: Verdict, outcome: str, reason: str) -> None:
        operator = verdict.operator
        name = verdict.command_name
        record_or_log(
            self.audit,
            "fleet.command",
            "technician" if verdict.accepted else "system",
            command=name if isinstance(name, str) and _IDENT_RE.fullmatch(name) else "unknown",
            outcome=outcome,
            reason=reason if _IDENT_RE.fullmatch(reason) else "fleet.internal_error",
            nonce=verdict.nonce,
            operator_serial=operator.serial if operator and len(operator.serial) <= 64 else None,
            operator_cert=operator.cert_sha256 if operator else None,
            urgent=verdict.command.urgent if verdict.command else None,
        )


def _printable(name: str | None) -> str | None:
    """A command name echoed in an ack only if it is a plain identifier."""
    return name if name is not None and _IDENT_RE.fullmatch(name) else None


# --------------------------------------------------------------------------------------------
# Handlers


class ServiceSwitch(Protocol):
    """What the out-of-service handlers need of :class:`kiosk.security.tamper.TamperGuard`."""

    @property
    def locked(self) -> bool: ...

    def take_out_of_service(self) -> None: ...

    def back_in_service(self) -> bool: ...


@dataclass
class FleetActions:
    """The kiosk parts the handlers act on; any of them may be missing (→ ``failed`` with a
    reason key, never an exception).

    Args:
        tamper: the out-of-service switch (``TamperGuard``).
        diagnostics: returns the diagnostics report as a JSON-able dict (no PII).
        publish: as :data:`Publish` (reports go on ``reports``).
        export_logs: returns the encrypted redacted log bundle (bytes, ``ECKX1``).
        send_log_bundle: sends a bundle to the gateway, returns its SHA-256 (raises on failure).
        fetch_bundle: fetches a configuration bundle document from a URL (bytes).
        city_key_pem: the pinned city bundle-signing public key (PEM).
        layout_root: the root the configuration is installed under (``/`` on a kiosk).
        validate_config: checks a bundle's ``config_toml`` (``ValueError`` if invalid).
        request_restart: makes the process exit so systemd starts it again.
    """

    kiosk_id: str
    tamper: ServiceSwitch | None = None
    diagnostics: Callable[[], Mapping[str, Any]] | None = None
    publish: Publish | None = None
    export_logs: Callable[[], bytes] | None = None
    send_log_bundle: Callable[[bytes], str] | None = None
    fetch_bundle: Callable[[str], bytes] | None = None
    city_key_pem: bytes | None = None
    layout_root: Path = Path("/")
    validate_config: Callable[[str], None] | None = None
    request_restart: Callable[[], None] | None = None
    set_update_target: Callable[[str, str, int, bytes], bool] | None = None
    """Records the release to run (version, ring, issued_at, signed envelope); False when an
    equal or newer target was recorded already."""

    def out_of_service(self, _command: Command) -> ActionResult:
        if self.tamper is None:
            return ActionResult(False, "fleet.no_service_switch")
        self.tamper.take_out_of_service()
        return ActionResult(bool(self.tamper.locked), "fleet.done")

    def back_in_service(self, _command: Command) -> ActionResult:
        if self.tamper is None:
            return ActionResult(False, "fleet.no_service_switch")
        ok = bool(self.tamper.back_in_service())
        return ActionResult(ok, "fleet.done" if ok else "fleet.disk_refused")

    def run_diagnostics(self, command: Command) -> ActionResult:
        if self.diagnostics is None or self.publish is None:
            return ActionResult(False, "fleet.no_diagnostics")
        report = {"kiosk": self.kiosk_id, "nonce": command.nonce, "diagnostics": self.diagnostics()}
        self.publish(REPORTS, json.dumps(report, separators=(",", ":"), default=str).encode())
        return ActionResult(True)

    def upload_logs(self, command: Command) -> ActionResult:
        if self.export_logs is None or self.send_log_bundle is None:
            return ActionResult(False, "fleet.no_log_upload")
        from kiosk.records.log_export import ExportError

        try:
            bundle = self.export_logs()
        except ExportError as exc:
            return ActionResult(False, exc.key)
        try:
            digest = self.send_log_bundle(bundle)
        except Exception as exc:
            logger.warning("log bundle not uploaded: %s", type(exc).__name__)
            key = getattr(exc, "key", None)
            return ActionResult(False, key if isinstance(key, str) else "fleet.upload_failed")
        if self.publish is not None:
            doc = {"kiosk": self.kiosk_id, "nonce": command.nonce, "log_bundle_sha256": digest}
            self.publish(REPORTS, json.dumps(doc, separators=(",", ":")).encode())
        return ActionResult(True)

    def apply_config(self, command: Command) -> ActionResult:
        from provisioning.bundle import install_bundle, load_public_key, verify_bundle
        from provisioning.errors import ProvisioningError
        from provisioning.layout import KioskLayout

        url = command.args.get("url")
        if self.fetch_bundle is None or self.city_key_pem is None:
            return ActionResult(False, "fleet.no_config_source")
        if not url:
            return ActionResult(False, "fleet.bad_args")
        try:
            raw = self.fetch_bundle(url)
        except Exception as exc:
            logger.warning("configuration bundle not fetched: %s", type(exc).__name__)
            return ActionResult(False, "fleet.fetch_failed")
        try:
            document = json.loads(raw)
            bundle = verify_bundle(
                document, load_public_key(self.city_key_pem), kiosk_id=self.kiosk_id
            )
            changed = install_bundle(
                KioskLayout(self.layout_root), bundle, validate=self.validate_config
            )
        except ProvisioningError as exc:
            return ActionResult(False, exc.key)
        except (ValueError, RecursionError, OSError) as exc:
            logger.warning("configuration bundle refused: %s", type(exc).__name__)
            return ActionResult(False, "provisioning.bundle_malformed")
        if not changed:
            return ActionResult(True, "fleet.config_unchanged")
        return ActionResult(True, "fleet.config_installed", after=self.request_restart)

    def restart(self, _command: Command) -> ActionResult:
        if self.request_restart is None:
            return ActionResult(False, "fleet.no_restart")
        return ActionResult(True, "fleet.restarting", after=self.request_restart)

    def update_set_target(self, command: Command) -> ActionResult:
        from kiosk.updates.releases import VERSION_RE

        if self.set_update_target is None:
            return ActionResult(False, "fleet.no_updater")
        version = command.args.get("version", "")
        ring = command.args.get("ring", "")
        if version and VERSION_RE.fullmatch(version) is None:
            return ActionResult(False, "fleet.bad_args")
        if ring and _RING_RE.fullmatch(ring) is None:
            return ActionResult(False, "fleet.bad_args")
        try:
            recorded = self.set_update_target(version, ring, command.issued_at, command.envelope)
        except OSError as exc:
            logger.error("update target not recorded: %s", type(exc).__name__)
            return ActionResult(False, "update.target_not_saved")
        if not recorded:
            return ActionResult(True, "update.target_older")
        return ActionResult(True, "update.target_set" if version else "update.target_cleared")


def build_handlers(actions: FleetActions) -> dict[str, Handler]:
    return {
        cmd.OUT_OF_SERVICE: actions.out_of_service,
        cmd.BACK_IN_SERVICE: actions.back_in_service,
        cmd.RUN_DIAGNOSTICS: actions.run_diagnostics,
        cmd.UPLOAD_LOGS: actions.upload_logs,
        cmd.APPLY_CONFIG: actions.apply_config,
        cmd.RESTART: actions.restart,
        cmd.UPDATE_SET_TARGET: actions.update_set_target,
    }


# --------------------------------------------------------------------------------------------
# Wiring (KioskCore._start_fleet)


class CommandLink(Protocol):
    """What the processor needs of :class:`kiosk.fleet.link.FleetLink`."""

    settings: Any

    def topic(self, *parts: str) -> str: ...

    def publish(self, topic: str, payload: bytes, qos: int = 0, retain: bool = False) -> bool: ...

    def subscribe(self, topic_filter: str, qos: int, callback: Callable[[Any], None]) -> None: ...


def site_command_topic(prefix: str, site: str) -> str:
    return f"{prefix}/sites/{cmd.site_slug(site)}/cmd"


def subscribe_commands(link: CommandLink, processor: CommandProcessor) -> None:
    """``<prefix>/kiosks/<id>/cmd`` and ``<prefix>/sites/<site>/cmd`` (QoS 1) into ``processor``
    (the link thread only checks the envelope; the handler runs on the processor's worker)."""

    def on_command(message: Any) -> None:
        # a retained copy arrives again at every connect: the nonce cache refuses (and the
        # audit log records) every delivery after the first
        processor.on_message(bytes(message.payload))

    link.subscribe(link.topic("cmd"), 1, on_command)
    link.subscribe(site_command_topic(link.settings.prefix, processor.site), 1, on_command)


def _log_sender(core: CoreParts, kiosk_id: str) -> Callable[[bytes], str] | None:
    """The gateway upload on the core's gateway connection (None without a gateway)."""
    if core.gateway is None:
        return None
    from kiosk.fleet.log_upload import LogBundleUploader

    uploader = LogBundleUploader(
        str(core.gateway._client.base_url),  # the one shared connection
        client=core.gateway._client,
    )
    return lambda bundle: uploader.upload(kiosk_id, bundle)


def start_commands(
    core: CoreParts, link: CommandLink, on_done: Callable[[], None] | None = None
) -> CommandProcessor | None:
    """Remote commands for a running core, on its fleet link. Needs the city CA (the device
    identity's ``city-ca.pem``): without it nothing is subscribed (logged; telemetry goes on)."""
    import os
    import signal

    from kiosk.security.tls import TlsIdentityError, client_ssl_context, find_identity

    try:
        identity = find_identity()
        ca = x509.load_pem_x509_certificate(identity.ca_file.read_bytes())
    except (TlsIdentityError, OSError, ValueError) as exc:
        logger.warning("fleet commands off: no city CA (%s)", type(exc).__name__)
        return None
    config = core.config
    kiosk_id = config.kiosk.id

    def publish(sub_topic: str, payload: bytes) -> None:
        link.publish(link.topic(sub_topic), payload, qos=1)

    def diagnostics() -> Mapping[str, Any]:
        from kiosk.diagnostics.report import collect

        return collect(core).as_dict()

    def export_logs() -> bytes:
        from kiosk.records.log_export import encrypt_bundle, find_recipient_key, ring_lines

        return encrypt_bundle(ring_lines(), find_recipient_key(), kiosk_id).data

    def fetch_bundle(url: str) -> bytes:
        import httpx

        if not url.startswith("https://"):
            raise ValueError("bundle URL must be https")
        context = client_ssl_context(identity)  # city servers only, device cert presented
        with httpx.Client(verify=context, timeout=20.0) as client:
            response = client.get(url)
            response.raise_for_status()
            if len(response.content) > 1024 * 1024:
                raise ValueError("bundle too large")
            return response.content

    def validate(text: str) -> None:
        from kiosk.commands.provision import validate_config_toml

        validate_config_toml(text)

    def restart() -> None:
        logger.warning("restart requested by a fleet command")
        os.kill(os.getpid(), signal.SIGTERM)  # the app closes cleanly; systemd starts it again

    def set_update_target(version: str, ring: str, issued_at: int, envelope: bytes) -> bool:
        from kiosk.updates.state import record_target

        return record_target(config.paths.data_dir, version, ring, issued_at, envelope)

    from provisioning.layout import KioskLayout

    city_key = KioskLayout(Path("/")).city_provisioning_key
    actions = FleetActions(
        kiosk_id=kiosk_id,
        tamper=core.tamper,
        diagnostics=diagnostics,
        publish=publish,
        export_logs=export_logs,
        send_log_bundle=_log_sender(core, kiosk_id),
        fetch_bundle=fetch_bundle,
        city_key_pem=city_key.read_bytes() if city_key.exists() else None,
        validate_config=validate,
        request_restart=restart,
        set_update_target=set_update_target,
    )
    from kiosk.session.machine import State

    processor = CommandProcessor(
        kiosk_id=kiosk_id,
        site=config.kiosk.site,
        ca=ca,
        replay=ReplayCache(config.paths.data_dir),
        audit=core.audit,
        session_active=lambda: core.session.state is not State.ATTRACT,
        publish=publish,
        handlers=build_handlers(actions),
        after_each=on_done,
    )
    subscribe_commands(link, processor)
    logger.info("fleet commands subscribed")
    return processor
