from django.http import HttpResponse


def rules(request):
    return HttpResponse("to do")
