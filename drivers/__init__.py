"""Device drivers: plain Python (no Qt), one owning thread per device."""
