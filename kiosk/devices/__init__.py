"""The devices as the core holds them (ports): the receipt printer and the fingerprint sensor.

The core always holds an object for each: the started device, or a null object of the same
interface that says the device is absent (``available`` False, its state ``disabled`` or not
started) and never touches hardware (issue #17). Import the submodules directly: this __init__
imports nothing.
"""
