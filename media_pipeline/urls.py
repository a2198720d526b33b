from django.urls import path

from media_pipeline import playlists

urlpatterns = [
    path("<int:film_id>/hls/master.m3u8", playlists.master_playlist_view, name="film_hls_master"),
    path("<int:film_id>/hls/<int:rendition_id>.m3u8", playlists.media_playlist_view, name="film_hls_media"),
]
