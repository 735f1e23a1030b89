"""Demo and practice mode: the emulated devices and the local demo city, started together.

Everything here speaks the real protocols underneath: the demo city answers HTTP, Open311 and
SIP2 on loopback, the printer emulator takes ESC/POS over TCP, the fingerprint emulator sits on a
pseudo-terminal, and cards are inserted into the vsmartcard-vpcd reader of a real pcscd. The
configuration is rewritten to point at them. Never used by a production configuration (the
config validator refuses it).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from citysim import CitySim
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.printer.emulator.rig import EmulatedPrinterRig, start_emulated_printer
from drivers.smartcard.emulator.pcscd import (
    VPCD_DRIVER,
    VPCD_PORTS,
    VPCD_READERS,
    CardSlot,
    PcscDaemon,
)
from drivers.smartcard.emulator.personas import DemoPki
from kiosk.config import KioskConfig
from kiosk.demo.camera import DemoBill, DemoCameraScene

logger = logging.getLogger(__name__)


@dataclass
class DemoRig:
    """The running emulators of demo/practice mode (the Simulator window drives them).

    Attributes:
        city: the demo city back end (gateway, Open311, SIP2) on loopback.
        printer: the emulated receipt printer, or None if the config disables printing.
        fingerprint: the emulated fingerprint sensor, or None.
        pki: the demo city CA with every persona's card.
        card_slots: vpcd reader name → slot to insert persona cards into ({} if no pcscd).
        card_problem: why cards are unavailable ("" when they work).
    """

    city: CitySim
    printer: EmulatedPrinterRig | None = None
    fingerprint: FingerprintEmulator | None = None
    pki: DemoPki | None = None
    pcscd: PcscDaemon | None = None
    card_slots: dict[str, CardSlot] = field(default_factory=dict)
    card_problem: str = ""
    camera: DemoCameraScene | None = None
    holds_card_lock: bool = False  # the machine lock on the virtual readers (machine_lock)

    def close(self) -> None:
        for slot in self.card_slots.values():
            slot.close()
        self.card_slots.clear()
        if self.pcscd is not None:
            self.pcscd.stop()
            self.pcscd = None
        if self.holds_card_lock:
            from drivers.smartcard.emulator import machine_lock

            self.holds_card_lock = False
            machine_lock.release()
        if self.fingerprint is not None:
            self.fingerprint.close()
        if self.printer is not None:
            self.printer.close()
        self.city.stop()


def _start_cards(rig: DemoRig, data_dir: Path) -> None:
    """pcscd with the vpcd reader: reuse a running one, or start our own when we may. Only
    while no test run (or other demo) uses the virtual readers: they are one per machine."""
    from drivers.smartcard.emulator import machine_lock

    if not VPCD_DRIVER.exists() or shutil.which("pcscd") is None:
        rig.card_problem = "pcscd and vsmartcard-vpcd are not installed (run make setup)"
        return
    if not machine_lock.acquire(timeout=0.0):
        rig.card_problem = (
            "the virtual card readers are in use by a test run or another demo kiosk "
            f"({machine_lock.LOCK_PATH}); restart the demo when it has finished"
        )
        return
    rig.holds_card_lock = True
    daemon = PcscDaemon(data_dir / "pcscd")
    try:
        daemon.start(timeout=10.0)
    except (RuntimeError, OSError) as exc:
        rig.card_problem = f"could not start pcscd with the virtual reader: {exc}"
        if os.geteuid() != 0:
            rig.card_problem += " (starting pcscd needs root)"
        return
    rig.pcscd = daemon if daemon.owned else None
    rig.pki = DemoPki.load_or_create(data_dir / "demo-pki")
    for reader, port in zip(VPCD_READERS, VPCD_PORTS, strict=True):
        rig.card_slots[reader] = CardSlot(reader, port, rig.pki, data_dir / "demo-cards")


def _start_camera(city: CitySim, data_dir: Path) -> DemoCameraScene:
    """The Simulator-switched camera picture, with the demo city's own BILL-1001 on the bill."""
    bill = city.gateway_state.bills["BILL-1001"]
    digits = "".join(ch for ch in bill["account_number"] if ch.isdigit())
    demo_bill = DemoBill(
        digits.rjust(8, "0"),
        bill["bill_id"],
        int(bill["amount_minor"]),
        dt.date.fromisoformat(bill["due_date"]),
    )
    return DemoCameraScene(data_dir / "demo-camera", demo_bill)


def start_demo(config: KioskConfig) -> tuple[DemoRig, KioskConfig]:
    """Start every emulator the config asks for; return them and the config pointing at them."""
    data_dir = config.paths.data_dir
    backends = config.backends
    city = CitySim(
        open311_port=None,  # Open311 under /open311/v2 on the gateway, as configured
        open311_api_key=backends.open311_api_key or "demo-kiosk-key",
    ).start()
    rig = DemoRig(city=city)
    try:
        sip2_host, sip2_port = city.sip2_address
        backends = backends.model_copy(
            update={
                "gateway_url": city.gateway_url,
                "open311_url": city.open311_url,
                "open311_api_key": backends.open311_api_key or "demo-kiosk-key",
                "sip2_host": sip2_host,
                "sip2_port": sip2_port,
            }
        )
        devices = config.devices
        if devices.printer.driver == "emulated":
            rig.printer = start_emulated_printer("tcp")
            devices = devices.model_copy(
                update={"printer": devices.printer.model_copy(update={"uri": rig.printer.uri})}
            )
        if devices.fingerprint.driver == "emulated":
            rig.fingerprint = FingerprintEmulator()
            devices = devices.model_copy(
                update={
                    "fingerprint": devices.fingerprint.model_copy(
                        update={"port": rig.fingerprint.port}
                    )
                }
            )
        if devices.camera.driver == "emulated" and devices.camera.source == "demo":
            rig.camera = _start_camera(city, data_dir)
            devices = devices.model_copy(
                update={"camera": devices.camera.model_copy(update={"source": rig.camera.source})}
            )
        if devices.card_reader.driver == "emulated":
            _start_cards(rig, data_dir)
            if rig.pki is not None:
                reader = devices.card_reader.model_copy(
                    update={
                        "ca_files": (rig.pki.ca_cert_path,),
                        "crl_file": rig.pki.crl_path,
                        "reader": "Virtual PCD",
                    }
                )
                devices = devices.model_copy(update={"card_reader": reader})
            else:
                logger.warning("demo cards unavailable: %s", rig.card_problem)
        config = config.model_copy(update={"backends": backends, "devices": devices})
    except BaseException:
        rig.close()
        raise
    logger.info("demo devices and demo city started")
    return rig, config


@dataclass(frozen=True)
class PracticeCity:
    """The back end of a staff-started practice session (#15.11): a demo city of its own on
    loopback, with the made-up people's accounts, bills and loans; stopped when it ends."""

    city: CitySim
    sip2_login: tuple[str, str]

    @property
    def gateway_url(self) -> str:
        return self.city.gateway_url

    @property
    def open311_url(self) -> str:
        return self.city.open311_url

    @property
    def sip2_address(self) -> tuple[str, int]:
        return self.city.sip2_address

    def stop(self) -> None:
        self.city.stop()


def start_practice_city() -> PracticeCity:
    """Start a practice session's own city (about half a second; loopback only)."""
    from citysim.data import SIP2_LOGIN

    city = CitySim(open311_port=None, open311_api_key="practice").start()
    logger.info("practice city started")
    return PracticeCity(city, SIP2_LOGIN)
