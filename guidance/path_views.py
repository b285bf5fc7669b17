from django.http import HttpResponse


def path_page(request):
    return HttpResponse("to do")
