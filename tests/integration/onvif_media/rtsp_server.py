#!/usr/bin/python3
# A real RTSP server for the stream-check tests: GStreamer's rtsp-server on 127.0.0.1, two server objects
# on ports chosen by the OS: one open, one behind Digest auth (admin/secret). Mount /cam (MJPEG over RTP).
# Prints "PORTS <open> <digest>" when ready, runs until killed. Run with Debian's /usr/bin/python3.
import sys
import gi
gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import Gst, GstRtsp, GstRtspServer, GLib

PIPELINE = "( videotestsrc is-live=true ! video/x-raw,format=I420,width=320,height=240,framerate=5/1 ! jpegenc ! rtpjpegpay name=pay0 pt=26 )"


def make_server(with_auth):
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service("0")
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(PIPELINE)
    factory.set_shared(True)
    if with_auth:
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken()
        token.writable_structure().set_value("media.factory.role", "user")
        auth.add_digest("admin", "secret", token)
        auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
        server.set_auth(auth)
        role = Gst.Structure.from_string("user, media.factory.access=(boolean)true, media.factory.construct=(boolean)true")[0]
        factory.add_role_from_structure(role)
    server.get_mount_points().add_factory("/cam", factory)
    server.attach(None)
    return server


def main():
    Gst.init(None)
    open_server = make_server(False)
    digest_server = make_server(True)
    print("PORTS %d %d" % (open_server.get_bound_port(), digest_server.get_bound_port()), flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    sys.exit(main())
