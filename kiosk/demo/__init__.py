"""Demo and practice mode: the demo rig (emulators and the demo city), the demo camera, the
Simulator's controls and the practice people.

Import the submodules directly: this __init__ imports nothing.
"""
