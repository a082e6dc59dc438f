"""The attendee server (aiohttp on its own thread) and what the phone page talks to."""
