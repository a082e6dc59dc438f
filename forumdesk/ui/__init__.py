"""The facilitator's windows (PySide6 widgets). Talks to services only; never to the server directly."""
