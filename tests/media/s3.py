"""A real S3-compatible server (moto's) on loopback for storage tests."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
import requests

# Ports reserved for this test package's servers.
PORT_RANGE = range(8150, 8200)
ACCESS_KEY = "testing"
SECRET_KEY = "testing"
REGION = "eu-north-1"


def free_port():
    """Return a port of PORT_RANGE that nothing listens on."""
    for port in PORT_RANGE:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port in {PORT_RANGE.start}-{PORT_RANGE.stop - 1} for moto_server")


class MotoServer:
    """A ``moto_server`` subprocess; stopped with ``stop()``."""

    def __init__(self):
        self.port = free_port()
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        executable = Path(sys.executable).with_name("moto_server")
        self.process = subprocess.Popen(
            [str(executable), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(self.endpoint_url, timeout=5)
                return
            except (requests.ConnectionError, requests.Timeout):
                # A busy machine can accept the connection before the server responds.
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"moto_server did not respond on port {self.port} within 60 seconds")

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
