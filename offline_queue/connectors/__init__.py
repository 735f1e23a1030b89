"""Back-end connectors: one interface, one module per kind of city back end."""
