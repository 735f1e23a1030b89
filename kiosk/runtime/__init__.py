"""The composition root and the process it runs in: the core (app), the structural view of it the
started parts see (core_parts), the device and back-end factories, the data file system check,
SIGTERM in the event loop and the systemd watchdog.

Import the submodules directly: this __init__ imports nothing.
"""
