"""Package data of the kiosk core (embedded default configuration)."""
