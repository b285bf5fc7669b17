"""Uploaded files (MEDIA_ROOT), served only to those who may see the record they belong to.

- A logo (`logos/…png`) of an organisation listed in the directory (a member that chose to be
  listed) is public. Any other organisation's logo is shown only to the staff and to that
  organisation's own users (its "My organisation" pages and preview).
- A document (`project-documents/…pdf`) of a published project is public; one of an
  unpublished project only to the staff.
- A file no record names is no file of ours.

Everyone else gets the same 404 as for a file that does not exist, so the answer tells nothing
about records they may not see. New uploads have random names (eprm_hub/uploads.py); files
uploaded before keep theirs and are served by the same rules (docs/data.md).
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

from members.models import Membership, Organisation
from projects.models import Document

PUBLIC, RESTRICTED = "public", "restricted"


def media(request, path):
    audience = _audience(request.user, path)
    if audience is None:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if audience == RESTRICTED:
        # Shown because of who asks: never kept by a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def _audience(user, path):
    """PUBLIC, RESTRICTED (this user may see it, not everyone) or None (not for this user)."""
    if path.startswith("logos/"):
        owners = Organisation.objects.filter(logo=path)
        if owners.visible().exists():
            return PUBLIC
        if not user.is_authenticated or not owners.exists():
            return None
        own = Membership.objects.filter(user=user, organisation__in=owners).exists()
        return RESTRICTED if user.is_staff or own else None
    if path.startswith("project-documents/"):
        documents = Document.objects.filter(file=path)
        if documents.filter(project__is_published=True).exists():
            return PUBLIC
        if user.is_authenticated and user.is_staff and documents.exists():
            return RESTRICTED
    return None
