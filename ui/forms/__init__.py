"""The declarative form engine: renders catalog forms (``kiosk.services.forms``) as service
steps."""
