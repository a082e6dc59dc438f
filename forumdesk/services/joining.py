"""How attendees reach the laptop: its LAN address, the join URL and the QR code's matrix.

Used by the server (for ``forumdesk serve``'s JSON line and PNG/SVG codes), by the console and
projector (painted into a QImage) and by the recap.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

import psutil
import qrcode
import qrcode.constants

# Interface names that belong to containers, VPNs and virtual machines rather than to the room's Wi-Fi.
_VIRTUAL = re.compile(r"^(lo|docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|tailscale|zt|utun|wg|ham|llw|awdl|ifb)", re.I)


@dataclass(frozen=True)
class LanAddress:
    interface: str
    address: str

    @property
    def label(self) -> str:
        return f"{self.address} ({self.interface})"


def _rank(address: ipaddress.IPv4Address) -> int:
    if address in ipaddress.ip_network("192.168.0.0/16"):
        return 0
    if address in ipaddress.ip_network("10.0.0.0/8"):
        return 1
    if address in ipaddress.ip_network("172.16.0.0/12"):
        return 2
    if address.is_private:
        return 3
    return 4


def lan_addresses() -> list[LanAddress]:
    """IPv4 addresses of interfaces that are up, running and not virtual; private ranges first.

    Link-local (169.254.x.x) addresses come last: they mean the laptop got no address from
    the network, but phones on the same link can sometimes still reach it.
    """
    stats = psutil.net_if_stats()
    found: list[tuple[int, LanAddress]] = []
    for name, addrs in psutil.net_if_addrs().items():
        stat = stats.get(name)
        if stat is None or not stat.isup or _VIRTUAL.match(name):
            continue
        flags = getattr(stat, "flags", "")
        if flags and "running" not in flags.split(","):
            continue
        for addr in addrs:
            if addr.family.name != "AF_INET":
                continue
            ip = ipaddress.IPv4Address(addr.address)
            if ip.is_loopback or ip.is_multicast or ip.is_unspecified:
                continue
            rank = 5 if ip.is_link_local else _rank(ip)
            found.append((rank, LanAddress(name, addr.address)))
    found.sort(key=lambda item: (item[0], item[1].interface, item[1].address))
    return [item[1] for item in found]


def best_address(override: str | None = None) -> str:
    """The address to put in the join URL: the override when given, else the best LAN address,
    else loopback (only this laptop can join then; the console says so)."""
    if override:
        return override
    addresses = lan_addresses()
    return addresses[0].address if addresses else "127.0.0.1"


def join_url(host: str, port: int, code: str) -> str:
    hostpart = f"[{host}]" if ":" in host else host
    portpart = "" if port == 80 else f":{port}"
    return f"http://{hostpart}{portpart}/j/{code}"


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code for ``text`` as rows of dark (True) and light modules, quiet zone included.

    Error correction M and a 4-module quiet zone, so a phone reads it from the back of a room.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]
