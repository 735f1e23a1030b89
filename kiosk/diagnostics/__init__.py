"""The technician's diagnostics: the report and self-tests over the started devices, and the plain
words of the status board.

Import the submodules directly: this __init__ imports nothing.
"""
