"""The city fleet (issue #18): the MQTT link, telemetry, metrics and remote commands.

Import the submodules directly (``from kiosk.fleet.link import FleetLink``): this package's
``__init__`` imports nothing (tests/test_import_safety.py).
"""
