"""What the kiosk writes down and sends about itself: the security audit log (with its trail of
events and shipped checkpoints), the logs (export, Qt messages), receipts and their journal, and
the anonymous statistics.

Import the submodules directly: this __init__ imports nothing.
"""
