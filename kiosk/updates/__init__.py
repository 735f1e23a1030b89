"""Safe updates (issue #19): releases side by side, an atomic switch, the health gate and the
automatic rollback, the maintenance window, staged rollouts from the fleet (docs/updates.md).

Modules: :mod:`releases` (layout, staging a package, the switch), :mod:`state` (the updater's
journal, the target the kiosk was told), :mod:`health` (the status line the gate reads),
:mod:`selfcheck` (the kiosk's side of it), :mod:`service` (systemd or a supervised process),
:mod:`window`, :mod:`queue_schema` (the queue across a rollback), :mod:`sources`, :mod:`updater`
(one pass), :mod:`build` (from the configuration), :mod:`rollout` (rings for the fleet),
:mod:`fetch` (apt as a verified downloader; the packaging side).
"""
