"""A resident's session: the state machine (machine), its Qt controller, assisted sessions and the
staff handover.

Import the submodules directly: this __init__ imports nothing.
"""
