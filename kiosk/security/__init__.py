"""The kiosk's own protection: secrets sealed by the platform, mutual TLS with the device
certificate, process hardening and the tamper guard (with its Qt bridge).

Import the submodules directly: this __init__ imports nothing.
"""
