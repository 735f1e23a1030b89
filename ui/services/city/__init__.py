"""Screens of the city services built by "services B": bills, appointments, street reports,
projects, notices and the library account."""
