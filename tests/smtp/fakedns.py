#!/usr/bin/python3
"""A tiny authoritative DNS responder for RelayDesk's resolver tests (stdlib only).

    fakedns.py --address 127.53.1.2 [--port 53] --zone zone.json

The zone is a JSON object {"records": [...], "delays": {...}}:
    {"name": "1.2.0.192.in-addr.arpa", "type": "PTR", "value": "mail.example.test.", "ttl": 300}
    {"name": "mail.example.test", "type": "A", "value": "192.0.2.1"}
    {"name": "v6.example.test", "type": "AAAA", "value": "2001:db8::1"}
    {"name": "sync.test", "type": "TXT", "value": "anything"}
"delays" maps a query name to milliseconds to wait before answering.

Names not in the zone get NXDOMAIN; a known name without records of the asked type gets an
empty NOERROR answer. Standard output carries one line per event, flushed at once:
    ready <address> <port>
    query <name> <TYPE>               (printed before the answer is sent)
    bind-error <ERRNO NAME> <message> (then exit status 2)
"""

import argparse
import errno
import ipaddress
import json
import socket
import struct
import sys
import threading

TYPES = {"A": 1, "PTR": 12, "TXT": 16, "AAAA": 28}
TYPE_NAMES = {value: key for key, value in TYPES.items()}
CLASS_IN = 1
NOERROR, FORMERR, NXDOMAIN, NOTIMP = 0, 1, 3, 4


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        if label:
            raw = label.encode("ascii")
            out += bytes([len(raw)]) + raw
    return out + b"\x00"


def read_question(packet):
    """Returns (name, qtype, qclass, end offset) of the first question."""
    labels = []
    offset = 12
    while True:
        length = packet[offset]
        offset += 1
        if length == 0:
            break
        if length & 0xC0:
            raise ValueError("compressed question name")
        labels.append(packet[offset:offset + length].decode("ascii", "replace"))
        offset += length
    qtype, qclass = struct.unpack("!HH", packet[offset:offset + 4])
    return ".".join(labels), qtype, qclass, offset + 4


def rdata(rtype, value):
    if rtype == "A":
        return ipaddress.IPv4Address(value).packed
    if rtype == "AAAA":
        return ipaddress.IPv6Address(value).packed
    if rtype == "PTR":
        return encode_name(value)
    if rtype == "TXT":
        raw = value.encode("utf-8")[:255]
        return bytes([len(raw)]) + raw
    raise ValueError("unsupported type " + rtype)


class Zone:
    def __init__(self, data):
        self.records = {}
        for record in data.get("records", []):
            key = record["name"].rstrip(".").lower()
            self.records.setdefault(key, []).append(record)
        self.delays = {name.rstrip(".").lower(): ms for name, ms in data.get("delays", {}).items()}

    def answer(self, packet):
        query_id, flags, qdcount = struct.unpack("!HHH", packet[:6])
        rd = flags & 0x0100
        opcode = flags & 0x7800
        try:
            if qdcount != 1 or opcode != 0:
                raise ValueError("unsupported query")
            name, qtype, qclass, end = read_question(packet)
        except (ValueError, IndexError, struct.error):
            header = struct.pack("!HHHHHH", query_id, 0x8000 | opcode | rd | FORMERR, 0, 0, 0, 0)
            return None, header
        question = packet[12:end]
        key = name.lower()
        type_name = TYPE_NAMES.get(qtype, str(qtype))
        say("query %s %s" % (key, type_name))

        answers = []
        rcode = NOERROR
        if qclass != CLASS_IN:
            rcode = NOTIMP
        elif key not in self.records and key not in self.delays:
            rcode = NXDOMAIN
        else:
            for record in self.records.get(key, []):
                if record["type"] == type_name:
                    data = rdata(record["type"], record["value"])
                    # The owner is the question name: a pointer to offset 12.
                    answers.append(struct.pack("!HHHIH", 0xC00C, qtype, CLASS_IN,
                                               int(record.get("ttl", 300)), len(data)) + data)
        header = struct.pack("!HHHHHH", query_id, 0x8000 | opcode | 0x0400 | rd | 0x0080 | rcode,
                             1, len(answers), 0, 0)
        return key, header + question + b"".join(answers)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--address", required=True)
    parser.add_argument("--port", type=int, default=53)
    parser.add_argument("--zone", required=True, help="JSON file with the zone")
    args = parser.parse_args()

    with open(args.zone, encoding="utf-8") as handle:
        zone = Zone(json.load(handle))

    family = socket.AF_INET6 if ":" in args.address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_DGRAM)
    try:
        sock.bind((args.address, args.port))
    except OSError as error:
        say("bind-error %s %s" % (errno.errorcode.get(error.errno, str(error.errno)), error.strerror))
        return 2
    say("ready %s %d" % (args.address, args.port))

    while True:
        packet, peer = sock.recvfrom(4096)
        if len(packet) < 12 or packet[2] & 0x80:
            continue  # too short, or a response
        key, reply = zone.answer(packet)
        delay = zone.delays.get(key, 0) if key else 0
        if delay > 0:
            threading.Timer(delay / 1000.0, sock.sendto, (reply, peer)).start()
        else:
            sock.sendto(reply, peer)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
