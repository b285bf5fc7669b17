"""The site's own system checks, beside Django's: `manage.py check --deploy` runs them."""

from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

# Names no one outside this machine or a test can reach (RFC 2606, RFC 6761).
RESERVED_TOP_LEVEL = {"localhost", "localdomain", "local", "internal", "invalid", "test", "example"}
RESERVED_DOMAINS = {"example.com", "example.org", "example.net"}


def default_contact():
    """What SECURITY_CONTACT is when it is not set (config/settings.py)."""
    return [f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}"]


def unreachable(contact):
    """Whether a security.txt contact reaches no one: hub@localhost, the default, and the like."""
    if contact.startswith("mailto:"):
        host = parseaddr(contact.removeprefix("mailto:"))[1].rpartition("@")[2]
    else:
        host = urlsplit(contact).hostname or ""
    labels = host.lower().rstrip(".").split(".")
    return (
        len(labels) < 2
        or labels[-1] in RESERVED_TOP_LEVEL
        or ".".join(labels[-2:]) in RESERVED_DOMAINS
    )


@register(Tags.security, deploy=True)
def security_contact(app_configs, **kwargs):
    """security.txt (RFC 9116) must name where the maintainers read vulnerability reports:
    SECURITY_CONTACT set, to no local or example address."""
    hint = (
        "Set SECURITY_CONTACT to the mailto: or https:// addresses where the Hub's maintainers "
        "read vulnerability reports (README, Configuration)."
    )
    contacts = list(settings.SECURITY_CONTACT)
    if contacts == default_contact():
        message = (
            f"SECURITY_CONTACT is not set: /.well-known/security.txt names the address the Hub "
            f"sends its e-mail from ({contacts[0]}) for reporting a vulnerability."
        )
        return [Warning(message, hint=hint, id="config.W001")]
    if found := [contact for contact in contacts if unreachable(contact)]:
        message = (
            "SECURITY_CONTACT names an address that reaches no one, which "
            f"/.well-known/security.txt gives for reporting a vulnerability: {', '.join(found)}."
        )
        return [Warning(message, hint=hint, id="config.W002")]
    return []
