"""Service screens the home grid can open, by service id."""
