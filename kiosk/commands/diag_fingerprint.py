"""``kiosk diag fingerprint``: handshake, system parameters and an honest capture test.

Register in ``kiosk/cli.py`` under the ``diag`` group:
``from kiosk.commands.diag_fingerprint import fingerprint`` then
``diag.add_command(fingerprint)``.

``--port emulated`` runs the same checks against the built-in pty emulator (practice and demo).
The capture test polls GenImg for ``--capture`` seconds and reports "no finger" when nobody
touches the sensor; it never extracts, uploads or stores a template or image.

Exit codes: 0 sensor answered (with or without a finger), 1 absent or not answering,
2 sensor refused (wrong password, fault).
"""

from __future__ import annotations

import click

from drivers.device import DeviceError, ErrorKind
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.protocol import Confirmation
from kiosk.commands.options import finish, json_option
from kiosk.runtime.devices import fingerprint_device

EXIT_OK = 0
EXIT_ABSENT = 1
EXIT_SENSOR_ERROR = 2


@click.command(name="fingerprint")
@click.option(
    "--port",
    envvar="KIOSK_FINGERPRINT_PORT",
    default="/dev/fingerprint",
    show_default=True,
    help="Serial device of the R30x/AS608 module, or 'emulated'.",
)
@click.option("--baud", type=int, default=57600, show_default=True)
@click.option("--password", type=str, default="0", show_default=True, help="Module password.")
@click.option(
    "--capture", type=float, default=2.0, show_default=True, help="Seconds of capture test."
)
@json_option
def fingerprint(port: str, baud: int, password: str, capture: float, as_json: bool) -> None:
    """Check the fingerprint sensor: handshake, parameters, capture test."""
    try:
        pwd = int(password, 0)
    except ValueError as exc:
        raise click.BadParameter("a number (e.g. 0 or 0x1234)", param_hint="--password") from exc
    emulator = FingerprintEmulator() if port == "emulated" else None
    path = emulator.port if emulator is not None else port
    report: dict[str, object] = {"port": port}
    code = EXIT_OK
    service = fingerprint_device(path, baudrate=baud, password=pwd)
    try:
        try:
            params = service.open().result(timeout=10)
        except DeviceError as exc:
            report.update(handshake=False, state=service.state.value, error=exc.key)
            code = EXIT_SENSOR_ERROR if exc.kind is ErrorKind.FATAL else EXIT_ABSENT
        else:
            report.update(
                handshake=True,
                capacity=params.capacity,
                security_level=params.security_level,
                packet_size=params.packet_size,
                baud=params.baud_rate,
                address=f"0x{params.address:08X}",
            )
            try:
                result = service.capture_test(capture).result(timeout=capture + 10)
            except DeviceError as exc:
                report.update(capture="error", error=exc.key)
                code = EXIT_ABSENT if exc.kind is ErrorKind.DISCONNECTED else EXIT_SENSOR_ERROR
            else:
                report["capture"] = {
                    Confirmation.OK: "finger detected",
                    Confirmation.NO_FINGER: "no finger",
                }.get(result, f"poor image ({result.key})")
            report["state"] = service.state.value
    finally:
        service.close()
        if emulator is not None:
            emulator.close()

    def human() -> None:
        click.echo(f"port:           {port}")
        click.echo(f"handshake:      {'ok' if report.get('handshake') else 'failed'}")
        if report.get("handshake"):
            click.echo(f"capacity:       {report['capacity']} templates")
            click.echo(f"security level: {report['security_level']}")
            click.echo(f"packet size:    {report['packet_size']} bytes")
            click.echo(f"baud:           {report['baud']}")
            click.echo(f"capture test:   {report.get('capture')}")
        if "error" in report:
            click.echo(f"error:          {report['error']}")

    finish(report, code, as_json, human)
