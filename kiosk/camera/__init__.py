"""The camera as steps use it: one use of the camera (a port), ID-photo guidance, blurring a
published photo, scanned codes and the scanning Qt bridge.

Import the submodules directly: this __init__ imports nothing.
"""
