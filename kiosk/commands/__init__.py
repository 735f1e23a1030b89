"""Technician and operator CLI subcommands (each registered by kiosk/cli.py)."""
