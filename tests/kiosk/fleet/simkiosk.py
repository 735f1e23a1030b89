"""A kiosk's fleet side without the rest of the kiosk: the real FleetLink, the real telemetry
thread publishing real state documents (a printer whose paper can run out, the tamper lock as
out of service) and the real command processor with the real handlers (the tamper lock, a
restart recorder, and ``update.set_target`` with an updater that does what ``on_target`` says:
install, roll back, go offline or wait). Used by test_fleet_cli.py, the rollout tests and
bench/fleet.py (many per process)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from cryptography import x509

from kiosk.fleet.actions import CommandProcessor, FleetActions, build_handlers, subscribe_commands
from kiosk.fleet.link import FleetLink, LinkSettings
from kiosk.fleet.liveness import Beat
from kiosk.fleet.replay import ReplayCache
from kiosk.fleet.state import BackendQueue, DeviceHealth, KioskState
from kiosk.fleet.telemetry import Telemetry
from kiosk.security.tamper import TamperGuard


class SimKiosk:
    def __init__(
        self,
        kiosk_id: str,
        site: str,
        port: int,
        ca: x509.Certificate,
        data_dir: Path,
        *,
        prefix: str = "ecitizen",
        keepalive_s: int = 5,
        heartbeat_s: float = 60.0,
        sample_s: float = 60.0,
        debounce_s: float = 0.05,
    ) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.kiosk_id, self.site = kiosk_id, site
        self.paper = "ok"
        self.session_active = False
        self.restarts = 0
        self.started_at = time.monotonic()
        self.version = "1.0.0"
        self.update_state = "up_to_date"
        self.target: str | None = None
        self.targets: list[str] = []  # every target recorded, in order ("" = cleared)
        self.on_target = "install"  # install | roll_back | go_offline | wait
        self.tamper = TamperGuard(data_dir, None)
        self.link = FleetLink(
            LinkSettings(
                host="127.0.0.1",
                port=port,
                kiosk_id=kiosk_id,
                prefix=prefix,
                allow_plain=True,
                keepalive_s=keepalive_s,
            )
        )
        self.telemetry = Telemetry(
            self.link,
            self.state,
            heartbeat_s=heartbeat_s,
            sample_s=sample_s,
            debounce_s=debounce_s,
            beat=Beat(kiosk_id, keepalive_s),
        )
        self.link.add_connection_listener(self.telemetry.poke)
        self.done = threading.Event()
        actions = FleetActions(
            kiosk_id=kiosk_id,
            tamper=self.tamper,
            request_restart=self._restart,
            set_update_target=self._set_target,
        )
        self.processor = CommandProcessor(
            kiosk_id=kiosk_id,
            site=site,
            ca=ca,
            replay=ReplayCache(data_dir),
            audit=None,
            session_active=lambda: self.session_active,
            publish=self._publish,
            handlers=build_handlers(actions),
            after_each=self.telemetry.poke,
        )
        subscribe_commands(self.link, self.processor)

    def _publish(self, sub_topic: str, payload: bytes) -> None:
        self.link.publish(self.link.topic(sub_topic), payload, qos=1)

    def _restart(self) -> None:
        self.restarts += 1

    def _set_target(self, version: str, _ring: str, _issued_at: int, _envelope: bytes) -> bool:
        """The kiosk records the target; its updater (simulated) acts at once."""
        self.targets.append(version)
        self.target = version or None
        if not version or version == self.version:
            self.update_state = "up_to_date"
        elif self.on_target == "install":
            self.version, self.update_state = version, "up_to_date"
        elif self.on_target == "roll_back":
            self.update_state = "rolled_back"
        elif self.on_target == "go_offline":
            threading.Thread(target=self.link.stop, daemon=True).start()
        else:
            self.update_state = "pending"
        return True

    def state(self) -> KioskState:
        paper_status = {"ok": "ok", "low": "warning", "out": "error"}[self.paper]
        problem = None if self.paper == "ok" else f"printer.paper_{self.paper}"
        return KioskState(
            kiosk=self.kiosk_id,
            site=self.site,
            version=self.version,
            update_state=self.update_state,
            target_version=self.target,
            mode="normal",
            in_service=not self.tamper.locked,
            out_of_service_cause=self.tamper.sensor if self.tamper.locked else None,
            devices={
                "printer": DeviceHealth(paper_status, problem, self.paper),
                "card_reader": DeviceHealth("ok"),
            },
            queue={"gateway": BackendQueue(2, 30.0, 5.0)},
            waiting=2,
            dead_letters=0,
            uptime_s=time.monotonic() - self.started_at,
            ts=time.time(),
        )

    def set_paper(self, level: str) -> None:
        """A device event (the printer's listener pokes telemetry, as in the kiosk)."""
        self.paper = level
        self.telemetry.poke()

    def start(self) -> SimKiosk:
        self.link.start()
        self.telemetry.start()
        return self

    def close(self) -> None:
        self.processor.close()
        self.telemetry.stop()
        self.link.stop()
