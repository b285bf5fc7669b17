"""A real SMTP server on loopback (aiosmtpd) for the e-mail tests.

`smtp` starts one for the test and points Django's SMTP backend at it; `smtp.messages` holds
what it accepted, parsed. Addresses in `smtp.refuse` are refused at RCPT with a permanent
550, those in `smtp.defer` with a temporary 451, as a real server would say it; `smtp.on_rcpt`,
when set, is called with each recipient before it is answered (to crash a sender mid-send).
"""

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self):
        self.messages = []
        self.refuse = set()
        self.defer = set()
        self.on_rcpt = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.on_rcpt:
            self.on_rcpt(address)
        if address.lower() in self.refuse:
            return "550 5.1.1 No such user here"
        if address.lower() in self.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        """The messages accepted for one address."""
        return [m for m in self.messages if address in m.envelope_to]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.SITE_URL = "https://hub.example.org"
    try:
        yield recorder
    finally:
        controller.stop()
