"""offline_queue package."""
