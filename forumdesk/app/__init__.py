"""The composition root: builds the services, the server, the windows and the command line."""
