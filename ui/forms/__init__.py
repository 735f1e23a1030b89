"""The declarative form engine: renders catalog forms (``kiosk.forms``) as service steps."""
