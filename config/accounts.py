"""Member accounts: "Forgotten your password?" under the same two rate limits as alert requests
(alerts/throttle.py), so that the form cannot be used to flood someone's inbox.

Both limits count an address whether or not an account has it, and the page says the same for
both: it never tells whether an address has an account (docs/members.md, "Member accounts")."""

from django.contrib.auth import views as auth_views
from django.shortcuts import render

from alerts import throttle
from eprm_hub.client import client_address, mailbox


class PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        for limit, value in (
            (throttle.RESET_PER_CLIENT, client_address(self.request)),
            # Sub-addresses (name+1@…) and capitals reach one inbox: they count together.
            (throttle.RESET_PER_ADDRESS, mailbox(form.cleaned_data["email"])),
        ):
            if wait := throttle.hit(limit, value):
                response = render(
                    self.request, "registration/password_reset_limit.html", status=429
                )
                response["Retry-After"] = str(wait)
                return response
        return super().form_valid(form)


password_reset = PasswordResetView.as_view()
