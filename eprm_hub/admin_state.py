"""Whether visitors see an item, said where editors look: after a save, the admin says it
("added successfully" alone does not tell that a new item is a draft), and the lists show
drafts and archived items as badges."""

from django.contrib import messages
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _


class SaysWhetherPublic:
    """A ModelAdmin mixin. The admin says `public(obj)`; when it is not, `hidden(obj)` says
    why, and a draft the list's `publish_action` can publish gets a button that runs it (so
    the change is in the history, as from the list)."""

    publish_action = None  # the name of the list's action that publishes the selected items

    def public(self, obj):
        raise NotImplementedError

    def hidden(self, obj):
        """Why visitors do not see obj, and whether publishing it would show it."""
        return _("“{title}” is a draft: visitors do not see it yet."), True

    def response_add(self, request, obj, post_url_continue=None):
        self._say_whether_public(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._say_whether_public(request, obj)
        return super().response_change(request, obj)

    def _say_whether_public(self, request, obj):
        if self.public(obj):
            message = format_html(
                _('“{title}” is public: <a href="{url}">see it on the site</a>.'),
                title=str(obj),
                url=obj.get_absolute_url(),
            )
            self.message_user(request, message, messages.INFO)
            return
        why, publishable = self.hidden(obj)
        button = ""
        if publishable and self.publish_action and self.has_change_permission(request, obj):
            meta = self.model._meta
            button = format_html(
                ' <form class="inline-publish" method="post" action="{url}">'
                '<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
                '<input type="hidden" name="action" value="{action}">'
                '<input type="hidden" name="index" value="0">'
                '<input type="hidden" name="_selected_action" value="{pk}">'
                '<button type="submit">{label}</button></form>',
                url=reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
                token=get_token(request),
                action=self.publish_action,
                pk=obj.pk,
                label=_("Publish it now"),
            )
        message = format_html("{}{}", format_html(why, title=str(obj)), button)
        self.message_user(request, message, messages.WARNING)


def badge(label, kind):
    """A state in the admin's lists as a badge (static/css/admin-lists.css): a draft or an
    archived item stands out from a list of published ones by more than a word in a column."""
    return format_html('<span class="state-badge state-badge--{}">{}</span>', kind, label)


class ListsThatFit:
    """A ModelAdmin mixin: the stylesheet of the lists that fit a laptop's 1,280 pixels
    (short columns, wrapped titles, the state as a badge)."""

    class Media:
        css = {"all": ["css/admin-lists.css"]}
