"""The offline queue as the kiosk runs it: the sync worker's Qt bridge, the technician's queue
operations and the dead-letter decision reasons.

Import the submodules directly: this __init__ imports nothing.
"""
