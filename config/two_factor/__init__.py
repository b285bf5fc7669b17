"""Two-factor sign-in (django-otp): an authenticator app's codes (TOTP) and single-use recovery
codes. Required of staff when OTP_REQUIRED_FOR_STAFF is on (always with DEBUG off), a choice
for members (docs/operations.md, "Two-factor sign-in")."""
