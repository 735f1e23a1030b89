"""``kiosk diag camera``: open a source, report resolution and fps, codes and faces in view.

Register in ``kiosk/cli.py`` under the ``diag`` group:
``from kiosk.commands.diag_camera import camera`` then ``diag.add_command(camera)``.

The source is ``--source`` (or ``KIOSK_CAMERA_SOURCE``): a device index or path, a video file,
an image file or an image folder (see :mod:`drivers.camera.source`). For a code in view it shows
the decoded text, the symbology and whether the kiosk accepts it (the technician holds up a test
card; nothing is opened or followed). Faces are reported as boxes only, with the photo-quality
guidance for the frame. No image is written anywhere.

Exit codes: 0 frames received, 1 camera absent or no frame within the timeout.
"""

from __future__ import annotations

import click

from drivers.camera import FaceDetector, analyse, decode_codes
from drivers.camera.source import CameraError
from kiosk.camera.photo_quality import assess
from kiosk.commands.options import finish, json_option
from kiosk.diagnostics.report import code_report
from kiosk.runtime.devices import camera_grabber

EXIT_OK = 0
EXIT_ABSENT = 1


@click.command(name="camera")
@click.option(
    "--source",
    envvar="KIOSK_CAMERA_SOURCE",
    default="0",
    show_default=True,
    help="Device index or /dev/videoN, a video file, an image file or an image folder.",
)
@json_option
@click.option("--timeout", type=float, default=5.0, show_default=True, help="Seconds to wait.")
@click.option(
    "--measure", type=float, default=1.0, show_default=True, help="Seconds to measure fps."
)
def camera(source: str, as_json: bool, timeout: float, measure: float) -> None:
    """Open the camera source; report resolution, fps, codes and faces in view."""
    try:
        grabber = camera_grabber(source, backoff=(timeout, timeout))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--source") from exc
    report: dict[str, object] = {"source": source}
    code = EXIT_OK
    with grabber:
        first = grabber.wait_frame(0, timeout=timeout)
        if first is None:
            err: CameraError | None = grabber.error
            report.update(state=grabber.state.value, error=err.key if err else "camera.no_frame")
            code = EXIT_ABSENT
        else:
            last, measured = grabber.measure(first, measure)
            info = grabber.info
            codes = decode_codes(last.image)
            measurements = analyse(last.image, FaceDetector())
            report.update(
                state=grabber.state.value,
                backend=info.backend if info else None,
                fourcc=info.fourcc if info else None,
                width=last.width,
                height=last.height,
                fps_reported=round(info.fps, 1) if info else None,
                fps_measured=round(measured, 1),
                codes=[code_report(c.format, c.text) for c in codes],
                faces=[{"x": f.x, "y": f.y, "w": f.w, "h": f.h} for f in measurements.faces],
                photo_quality=[g.value for g in assess(measurements)] or ["ok"],
            )

    def human() -> None:
        click.echo(f"source:       {source}")
        click.echo(f"state:        {report['state']}")
        if code != EXIT_OK:
            click.echo(f"error:        {report['error']}")
        else:
            click.echo(f"backend:      {report['backend']} {report['fourcc'] or ''}".rstrip())
            click.echo(f"resolution:   {report['width']}x{report['height']}")
            click.echo(
                f"fps:          {report['fps_measured']} measured, "
                f"{report['fps_reported']} reported"
            )
            codes_out = report["codes"]
            assert isinstance(codes_out, list)
            if not codes_out:
                click.echo("codes:        none in view")
            for c in codes_out:
                verdict = (
                    f"accepted ({c['kind']})" if c["accepted"] else f"rejected ({c['reason']})"
                )
                click.echo(f"code:         {c['format']}: {c['text']!r} {verdict}")
            faces_out = report["faces"]
            assert isinstance(faces_out, list)
            click.echo(f"faces:        {len(faces_out)}")
            for f in faces_out:
                click.echo(f"  at x={f['x']} y={f['y']} size {f['w']}x{f['h']}")
            quality = report["photo_quality"]
            assert isinstance(quality, list)
            click.echo(f"photo check:  {', '.join(quality)}")

    finish(report, code, as_json, human)
