from tests.world import client_on_the_site  # noqa: F401  (the client reads the world's site)
