from __future__ import annotations

from tests.helpers.city_kiosk import city_kiosk  # noqa: F401  (a kiosk against the demo city)
from tests.helpers.service_stage import service_stage  # noqa: F401  (one service screen, no window)
