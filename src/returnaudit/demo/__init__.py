"""The bundled demo stores and the loopback server that serves them."""
