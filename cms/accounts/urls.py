from django.urls import path

from cms.accounts.views import SetPasswordDoneView, SetPasswordView

app_name = "accounts"

urlpatterns = [
    path("set-password/<uidb64>/<token>/", SetPasswordView.as_view(), name="set_password"),
    path("set-password/done/", SetPasswordDoneView.as_view(), name="set_password_done"),
]
