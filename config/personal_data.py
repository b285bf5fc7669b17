"""What the Hub holds about a person: gathered for them as JSON (/accounts/data/, or an editor's
admin action), and deleted with their account (/accounts/delete/, or the admin action); one
function for each, whoever asks (docs/operations.md, "People's own data").

Deleting an account keeps what the person did for their organisation and the site (versions
of records, Checks they started, reading lists they saved, imports, the admin's log): those
rows are moved to one inactive placeholder account, FORMER_USER, which the pages name "a former
user" (eprm_hub.versions.person). Nulling them instead would make them read "the system", which
is what a null author already means (imports, the link checker). What is the person's alone
goes with them: the account, the membership, their digests, two-factor devices, the sign-in
records under their username and the alerts of their address."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone

from alerts.models import Subscriber
from checks.models import Check
from eprm_hub.versions import FORMER_USER
from guidance.models import ReadingList
from members.models import Membership, Organisation
from resources.models import DigestSubscription, DuplicatePair, ImportJob

FORMAT = "eprm-hub-personal-data/1"

KEEP, DELETE = "kept, authored by a former user", "deleted with the account"

# Every relation to an account, and what deleting the account does with its rows. A relation
# missing here fails a test (tests/test_personal_data.py): a new one needs a decision, and a
# place in gather(). Those of apps not installed are ignored (two-factor is optional).
RELATIONS = {
    "admin.LogEntry.user": KEEP,  # the admin's log of what editors changed
    "auth.User_groups.user": DELETE,
    "auth.User_user_permissions.user": DELETE,
    "resources.HistoricalResource.history_user": KEEP,
    "resources.DuplicatePair.confirmed_by": KEEP,
    "resources.DigestSubscription.user": DELETE,
    "resources.ImportJob.created_by": KEEP,
    "members.HistoricalOrganisation.history_user": KEEP,
    "members.Membership.user": DELETE,
    "checks.Check.created_by": KEEP,
    "guidance.HistoricalRule.history_user": KEEP,
    "guidance.ReadingList.saved_by": KEEP,
    "projects.HistoricalProject.history_user": KEEP,
    "alerts.Alert.user": DELETE,  # the member's "New for my organisation" digest
    "otp_totp.TOTPDevice.user": DELETE,
    "otp_static.StaticDevice.user": DELETE,
    "otp_email.EmailDevice.user": DELETE,
}


def relations():
    """(model, field name, label) of every relation to the account model in the project."""
    found = []
    for field in get_user_model()._meta.get_fields(include_hidden=True):
        if field.is_relation and field.auto_created and not field.concrete:
            model = field.related_model
            found.append((model, field.field.name, f"{model._meta.label}.{field.field.name}"))
    return found


def is_former_user(user):
    return user.get_username() == FORMER_USER


def former_user():
    """The placeholder account, made on the first deletion: inactive, with no password that
    can ever match and no address, so nobody can sign in as it."""
    User = get_user_model()
    try:
        return User.objects.get(username=FORMER_USER)
    except User.DoesNotExist:
        pass
    user = User(username=FORMER_USER, is_active=False)
    user.set_unusable_password()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:  # made by a deletion at the same moment
        return User.objects.get(username=FORMER_USER)
    return user


# Gathering ------------------------------------------------------------------------------------


def gather(user):
    """Everything the Hub holds about the user, as a dict ready for JSON."""
    return {
        "format": FORMAT,
        "exported_at": timezone.now(),
        "account": _account(user),
        "memberships": _memberships(user),
        "named_as_organisation_contact": _contacts(user),
        "changes": _changes(user),
        "checks_started": _checks(user),
        "reading_lists_saved": _reading_lists(user),
        "alerts": _alerts(user),
        "sign_ins": _sign_ins(user),
        "editor": _editor_work(user),
    }


def _account(user):
    account = {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }
    if apps.is_installed("django_otp"):
        from django_otp import user_has_device

        account["two_factor"] = user_has_device(user)
    return account


def _memberships(user):
    """A list, though an account has one membership at most today."""
    return [
        {
            "organisation": membership.organisation.name,
            "organisation_slug": membership.organisation.slug,
            "role": membership.role,
            "role_label": str(membership.get_role_display()),
            "invited_at": membership.invited_at,
        }
        for membership in Membership.objects.filter(user=user).select_related("organisation")
    ]


def _contacts(user):
    """Organisations whose profile gives the user's address as its contact: theirs to change,
    or their colleagues', and kept when the account goes."""
    if not user.email:
        return []
    return [
        {
            "organisation": organisation.name,
            "contact_name": organisation.contact_name,
            "contact_email": organisation.contact_email,
            "contact_phone": organisation.contact_phone,
        }
        for organisation in Organisation.objects.filter(contact_email__iexact=user.email)
    ]


def _history_models():
    return [
        model
        for model, field, label in relations()
        if field == "history_user" and RELATIONS.get(label) == KEEP
    ]


def _changes(user):
    """Every version of a record the user saved, oldest first: which record, when, and the
    names of the fields that changed (the values are the organisation's or the site's)."""
    rows = []
    for history in _history_models():
        tracked = history.instance_type
        for record in history.objects.filter(history_user=user).order_by("history_date"):
            previous = record.prev_record
            fields = [] if previous is None else record.diff_against(previous).changed_fields
            rows.append(
                {
                    "model": tracked._meta.label,
                    "model_name": str(tracked._meta.verbose_name),
                    "object_id": record.history_object.pk,
                    "object": str(record.history_object),
                    "date": record.history_date,
                    "type": {"+": "created", "~": "changed", "-": "deleted"}[record.history_type],
                    "reason": record.history_change_reason or "",
                    "fields_changed": fields,
                }
            )
    rows.sort(key=lambda row: row["date"])
    return rows


def _checks(user):
    """The Due Diligence Checks the user started, with their answers. An answer records no
    author: a colleague may have changed some of them since."""
    checks = (
        Check.objects.filter(created_by=user)
        .select_related("organisation")
        .prefetch_related("answers__question__step")
        .order_by("date")
    )
    return [
        {
            "organisation": check.organisation.name,
            "date": check.date,
            "status": check.status,
            "submitted_at": check.submitted_at,
            "answers": [
                {
                    "step": answer.question.step.number,
                    "question": answer.question.text,
                    "answer": answer.value,
                    "answer_label": str(answer.get_value_display()),
                    "note": answer.note,
                }
                for answer in sorted(
                    check.answers.all(),
                    key=lambda a: (a.question.step.number, a.question.order, a.question.pk),
                )
            ],
        }
        for check in checks
    ]


def _reading_lists(user):
    return [
        {
            "organisation": reading.organisation.name,
            "path": reading.query,
            "saved_at": reading.saved_at,
        }
        for reading in ReadingList.objects.filter(saved_by=user).select_related("organisation")
    ]


def _subscribers(user):
    """The alert addresses that are the user's: their account's address (accounts are invited
    by address, one account per address) and the address of their organisation digest."""
    mine = Q(alerts__user=user)
    if user.email:
        mine |= Q(email=user.email.strip().lower())  # stored in lower case
    return Subscriber.objects.filter(pk__in=Subscriber.objects.filter(mine).values("pk"))


def _alerts(user):
    """The alerts of the user's addresses, without the random codes of their links."""
    return [
        {
            "email": subscriber.email,
            "first_alert_requested": subscriber.created,
            "disabled_by_the_editors": subscriber.blocked,
            "bounced_at": subscriber.bounced_at,
            "alerts": [
                {
                    "kind": "organisation digest" if alert.user_id else "search",
                    "search": alert.query,
                    "language": alert.language,
                    "frequency": alert.frequency,
                    "requested": alert.created,
                    "confirmed_at": alert.confirmed_at,
                    "paused": alert.paused,
                    "next_due": alert.next_due,
                    "emails_sent": [
                        delivery.sent_at
                        for delivery in alert.deliveries.order_by("created")
                        if delivery.sent_at
                    ],
                }
                for alert in subscriber.alerts.order_by("created")
            ],
        }
        for subscriber in _subscribers(user).order_by("email")
    ]


SIGN_INS = {"successful": AccessLog, "failed": AccessFailureLog, "counted_failures": AccessAttempt}


def _sign_ins(user):
    """django-axes' records under the user's username: sign-ins, and failures still counted
    towards a pause."""
    sign_ins = {}
    for kind, model in SIGN_INS.items():
        rows = model.objects.filter(username=user.get_username()).order_by("attempt_time")
        sign_ins[kind] = [
            {
                "at": row.attempt_time,
                "ip_address": row.ip_address,
                "user_agent": row.user_agent,
                **({"logged_out_at": row.logout_time} if kind == "successful" else {}),
            }
            for row in rows
        ]
    return sign_ins


def _editor_work(user):
    """What an editor did in the admin, beyond the versions in "changes"."""
    digest = DigestSubscription.objects.filter(user=user).first()
    return {
        "weekly_digest": digest.weekly if digest else None,
        "imports": [
            {"file_name": job.file_name, "uploaded_at": job.created_at, "state": job.state}
            for job in ImportJob.objects.filter(created_by=user).order_by("created_at")
        ],
        "confirmed_not_duplicates": [
            {"resources": [pair.first_id, pair.second_id], "confirmed_at": pair.confirmed_at}
            for pair in DuplicatePair.objects.filter(confirmed_by=user).order_by("confirmed_at")
        ],
        "admin_log": [
            {
                "at": entry.action_time,
                "model": _label(entry.content_type),
                "object_id": entry.object_id,
                "object": entry.object_repr,
                "action": {1: "added", 2: "changed", 3: "deleted"}.get(entry.action_flag, ""),
                "message": entry.get_change_message(),
            }
            for entry in LogEntry.objects.filter(user=user)
            .select_related("content_type")
            .order_by("action_time")
        ],
    }


def _label(content_type):
    model = content_type.model_class() if content_type else None
    return model._meta.label if model else ""


# Deleting -------------------------------------------------------------------------------------


class CannotDelete(Exception):
    """An account this function will not delete (the placeholder itself)."""


@transaction.atomic
def delete_account(user):
    """Delete the account and what is the person's alone; keep what they did, authored by the
    former user. Returns {relation: rows moved, or addresses deleted}."""
    if is_former_user(user):
        raise CannotDelete("The former user's account stands for deleted accounts.")
    former = former_user()
    done = {}
    for model, field, label in relations():
        if RELATIONS.get(label, _default(model, field)) == KEEP:
            moved = model._base_manager.filter(**{field: user}).update(**{field: former})
            done[label] = moved
    # Their addresses' alerts too: the deliveries go with them (CASCADE).
    done["alerts.Subscriber"] = _subscribers(user).delete()[1].get("alerts.Subscriber", 0)
    for model in SIGN_INS.values():
        model.objects.filter(username=user.get_username()).delete()
    user.delete()
    return done


def _default(model, field):
    """For a relation not listed yet: keep what Django would keep (SET_NULL), else delete."""
    on_delete = model._meta.get_field(field).remote_field.on_delete
    return KEEP if on_delete is models.SET_NULL else DELETE
