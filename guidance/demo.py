"""Demo content: the rules' resources, once the demo library exists (the rules themselves come
with the migrations)."""

from .loading import link_demo_resources


def seed(command):
    link_demo_resources()
    command.stdout.write("Rules: their resources linked.")
