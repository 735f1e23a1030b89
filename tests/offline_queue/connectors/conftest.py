from tests.helpers.city import city, quirky_city

__all__ = ["city", "quirky_city"]
