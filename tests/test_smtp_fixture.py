import smtplib

import pytest
from django.core.mail import EmailMultiAlternatives, send_mail


def test_the_smtp_fixture_receives_parsed_messages(smtp):
    send_mail("Hello", "Plain body", None, ["someone@example.org"])
    message = EmailMultiAlternatives("Both", "text", None, ["other@example.org"])
    message.attach_alternative("<p>html</p>", "text/html")
    message.send()
    assert [m["Subject"] for m in smtp.messages] == ["Hello", "Both"]
    html = smtp.to("other@example.org")[0].get_body(("html",)).get_content()
    assert html.strip() == "<p>html</p>"


def test_the_smtp_fixture_refuses_and_defers_as_told(smtp):
    smtp.refuse.add("gone@example.org")
    smtp.defer.add("busy@example.org")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send_mail("x", "y", None, ["gone@example.org"])
    assert refused.value.recipients["gone@example.org"][0] == 550
    with pytest.raises(smtplib.SMTPRecipientsRefused) as deferred:
        send_mail("x", "y", None, ["busy@example.org"])
    assert deferred.value.recipients["busy@example.org"][0] == 451
    assert smtp.messages == []
