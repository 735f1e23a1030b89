"""Text as residents read it: other systems' text isolated in the kiosk's sentences (bidi) and
dates and times in the session language (local_time).

Import the submodules directly: this __init__ imports nothing.
"""
