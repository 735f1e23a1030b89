"""Plain words for the technician's status board (issue #15 item 13): for each problem key of
:mod:`kiosk.diagnostics.report` (and of the drivers it reports), what is wrong and what to do next.

The texts are English translation sources in the Qt context :data:`CONTEXT` (marked with
``QT_TRANSLATE_NOOP`` so ``lupdate`` collects them); the screen translates them with
``QCoreApplication.translate(CONTEXT, text)``. A key without an entry falls back to its family
(``printer.*``, ``card.*`` ...) and then to a general sentence: the board never shows a raw key
alone. Keys only: never a resident's data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.text.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DiagnosticsText"


@dataclass(frozen=True)
class Advice:
    """What is wrong (``problem``) and what the technician does next (``next_step``)."""

    problem: str
    next_step: str


def _a(problem: str, next_step: str) -> Advice:
    return Advice(problem, next_step)


ADVICE: Mapping[str, Advice] = {
    # printer
    "printer.paper_out": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The receipt printer is out of paper."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Open the printer cover, put in a new paper roll, close the cover."
        ),
    ),
    "printer.paper_low": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The paper roll is nearly empty."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Put in a new paper roll soon."),
    ),
    "printer.cover_open": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The printer cover is open."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Close the printer cover until it clicks."),
    ),
    "printer.cutter_error": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The paper cutter is stuck."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Open the cover, remove jammed paper, close the cover."
        ),
    ),
    "printer.offline": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The printer does not answer."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the printer's power and cable, then print a test receipt."
        ),
    ),
    "printer.disconnected": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The printer is not connected."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the printer's power and cable, then print a test receipt."
        ),
    ),
    "printer.not_found": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "No printer was found."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the printer's power and cable, then print a test receipt."
        ),
    ),
    "printer.bad_uri": _a(
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "The printer's address or model in the configuration is not known."
        ),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText",
            "Check [devices.printer] uri and profile in the kiosk's configuration.",
        ),
    ),
    "printer.test_failed": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The test receipt did not print."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check paper and cover, then try again."),
    ),
    # card reader
    "card.no_reader": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "No card reader is connected."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the card reader's cable, then press Check card reader."
        ),
    ),
    "card.pcsc_unavailable": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The card reader service is not running."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Restart the kiosk. If it stays, call the service desk."
        ),
    ),
    "card.reader_gone": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The card reader was unplugged."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the card reader's cable, then press Check card reader."
        ),
    ),
    "card.no_trust_anchors": _a(
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "No card certificates are installed: cards cannot be checked."
        ),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Install the city's card certificates (kiosk provisioning)."
        ),
    ),
    # fingerprint, camera
    "fingerprint.absent": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The fingerprint sensor is not connected."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the sensor's cable, then press Test fingerprint sensor."
        ),
    ),
    "fingerprint.timeout": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The fingerprint sensor does not answer."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the sensor's cable, then press Test fingerprint sensor."
        ),
    ),
    "camera.absent": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The camera is not connected."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check the camera's cable, then press Test camera."),
    ),
    "camera.no_frame": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The camera gives no picture."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check the camera's cable, then press Test camera."),
    ),
    # queue and back ends
    "queue.dead_letters": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "Some requests could not be sent."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Decide on each one below: retry or discard, with a reason."
        ),
    ),
    "queue.needs_review": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "A request needs a person to look at it."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Decide on each one below: retry or discard, with a reason."
        ),
    ),
    "queue.too_old": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "Saved requests have waited a long time to be sent."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check the network and the city back end below."),
    ),
    "queue.unavailable": _a(
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "The offline queue cannot be opened: requests cannot be saved."
        ),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Call the service desk: the kiosk's disk needs checking."
        ),
    ),
    "queue.damaged": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The queue database looks damaged."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText",
            "Restart the kiosk (it sets the file aside and keeps it), then call the service desk.",
        ),
    ),
    "queue.degraded": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The queue database was damaged and set aside."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Call the service desk and give them the kiosk's number."
        ),
    ),
    "sync.run": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "Sending saved requests keeps failing."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Restart the kiosk. If it stays, call the service desk."
        ),
    ),
    "backend.not_configured": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "No city back end is configured."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the kiosk's configuration (kiosk provisioning)."
        ),
    ),
    "backend.unhealthy": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The city back end reports a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Nothing to do here: requests are saved and sent later."
        ),
    ),
    "backend.clock_skew": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The kiosk's clock is wrong."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check the network time (NTP) settings of the kiosk."),
    ),
    "gateway.unavailable": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The city back end cannot be reached."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the network cable and router. Requests are saved meanwhile."
        ),
    ),
    # disk, trust
    "system.disk_full": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The disk is full: the kiosk takes no new requests."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Call the service desk now."),
    ),
    "system.disk_low": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The disk is nearly full."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Tell the service desk soon."),
    ),
    "trust.no_crl": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "No card revocation list is installed."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the network: the list is fetched automatically."
        ),
    ),
    "trust.crl_stale": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The card revocation list is out of date."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the network: the list is fetched automatically."
        ),
    ),
}

FAMILY: Mapping[str, Advice] = {
    "printer": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The receipt printer has a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check paper, cover and cable, then print a test receipt."
        ),
    ),
    "card": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The card reader has a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the card reader's cable, then press Check card reader."
        ),
    ),
    "fingerprint": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The fingerprint sensor has a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the sensor's cable, then press Test fingerprint sensor."
        ),
    ),
    "camera": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The camera has a problem."),
        QT_TRANSLATE_NOOP("DiagnosticsText", "Check the camera's cable, then press Test camera."),
    ),
    "queue": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The offline queue has a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Call the service desk and give them the kiosk's number."
        ),
    ),
    "gateway": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The city back end cannot be used right now."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Check the network cable and router. Requests are saved meanwhile."
        ),
    ),
    "trust": _a(
        QT_TRANSLATE_NOOP("DiagnosticsText", "The card certificates have a problem."),
        QT_TRANSLATE_NOOP(
            "DiagnosticsText", "Call the service desk and give them the kiosk's number."
        ),
    ),
}

GENERAL = _a(
    QT_TRANSLATE_NOOP("DiagnosticsText", "Something is not working as it should."),
    QT_TRANSLATE_NOOP(
        "DiagnosticsText", "Call the service desk and give them the kiosk's number and this code."
    ),
)


def advice(key: str) -> Advice:
    """The plain words for ``key``: its own entry, its family's (``printer.*``) or the general
    one. ``backend.*`` keys of a failed gateway call belong to the ``gateway`` family."""
    if key in ADVICE:
        return ADVICE[key]
    return FAMILY.get(key.partition(".")[0], GENERAL)


def is_specific(key: str) -> bool:
    """Whether ``key`` has words of its own (tests: every key the board shows often does)."""
    return key in ADVICE
