"""Service logic shared by the service screens (pure Python: no widgets)."""
