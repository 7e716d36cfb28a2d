#!/usr/bin/env python3
"""ckedit.py - edit a real migcc checkpoint and make it consistent again.

    ckedit.py IN OUT [--key KEY] 'PYTHON' ...

Parses IN (format of runtime/include/mig/format.h), runs each PYTHON
snippet with `ck` bound to the parsed checkpoint, and writes OUT with the
sections re-serialized, object data offsets re-based, the file size, the
MAC (HMAC-SHA-256 under KEY, when given; an existing MAC is dropped without
a key) and the checksum recomputed. So a crafted file is
refused for what was edited, not for a broken checksum.

Helpers on ck: obj(kind, name=None, n=0) finds the n-th object of a kind
("global", "heap", "shadow", "regframe", "tls", ...) and name; type_of(o);
add_data(bytes) appends bytes to DATA and returns their offset;
set_tail(o, nbytes) makes o's data nbytes long (new bytes are 'A's);
arch_size(kind, size) sets a scalar size in ARCH; ck.threads[i]['held'].
"""
import hashlib
import hmac
import struct
import sys

MAGIC = b"\x89MIGCKPT"
SEC_ARCH, SEC_PROGRAM, SEC_TYPES, SEC_FUNCS, SEC_LITERALS, SEC_SPECIALS, \
    SEC_OBJECTS, SEC_THREADS, SEC_DATA, SEC_END, SEC_MAC = range(1, 12)
OBJ_KINDS = {"global": 1, "heap": 2, "shadow": 3, "regframe": 4, "argv": 5,
             "envp": 6, "string": 7, "alloca": 8, "rodata": 9, "tls": 10}
KINDS = {"ptr": 18, "fnptr": 19, "long": 9, "int": 7, "ldouble": 17}
M64 = (1 << 64) - 1


def mig_hash64(data):
    """checksum.c: 4 lanes of rotl((h ^ w) * C, 31) over LE words."""
    mul = 0x9e3779b97f4a7c15

    def step(h, w):
        x = ((h ^ w) * mul) & M64
        return ((x << 31) | (x >> 33)) & M64
    lanes = [0x6d69676370747632 + i for i in range(4)]
    n = len(data)
    full = n - n % 32
    words = struct.unpack_from("<%dQ" % (full // 8), data, 0)
    for i in range(0, len(words), 4):
        lanes[0] = step(lanes[0], words[i])
        lanes[1] = step(lanes[1], words[i + 1])
        lanes[2] = step(lanes[2], words[i + 2])
        lanes[3] = step(lanes[3], words[i + 3])
    tail = data[full:] + b"\0" * (32 - (n - full))
    for i, w in enumerate(struct.unpack("<4Q", tail)):
        lanes[i] = step(lanes[i], w)
    h = 0
    for lane in lanes:
        h = step(h, lane)
    h = step(h, n)
    h ^= h >> 33
    h = (h * 0xff51afd7ed558ccd) & M64
    h ^= h >> 33
    return h


class Reader:
    def __init__(self, b):
        self.b, self.p = b, 0

    def u(self, fmt):
        v = struct.unpack_from("<" + fmt, self.b, self.p)[0]
        self.p += struct.calcsize(fmt)
        return v

    def s(self):
        n = self.u("I")
        v = self.b[self.p:self.p + n]
        self.p += n
        return v.decode("latin-1")


class Writer:
    def __init__(self):
        self.b = bytearray()

    def u(self, fmt, v):
        self.b += struct.pack("<" + fmt, v)

    def s(self, v):
        v = v.encode("latin-1")
        self.u("I", len(v))
        self.b += v


class Checkpoint:
    def __init__(self, raw):
        assert raw[:8] == MAGIC, "not a checkpoint"
        self.version, self.hsize, self.fingerprint = struct.unpack_from("<IIQ", raw, 8)
        p, secs = 32, {}
        while p < len(raw):
            tag, _, n = struct.unpack_from("<IIQ", raw, p)
            secs[tag] = (p + 16, raw[p + 16:p + 16 + n])
            p += 16 + n
            if tag == SEC_END:
                break
            p += (8 - p % 8) % 8
        self.arch = bytearray(secs[SEC_ARCH][1])
        self.program = secs[SEC_PROGRAM][1]
        self.parse_types(Reader(secs[SEC_TYPES][1]))
        r = Reader(secs[SEC_FUNCS][1])
        self.funcs = [[r.s(), r.u("Q")] for _ in range(r.u("I"))]
        r = Reader(secs[SEC_LITERALS][1])
        self.literals = [[r.s(), r.u("Q"), r.u("Q")] for _ in range(r.u("I"))]
        r = Reader(secs[SEC_SPECIALS][1])
        self.specials = [[r.u("I"), r.u("Q")] for _ in range(r.u("I"))]
        self.parse_objects(Reader(secs[SEC_OBJECTS][1]))
        self.parse_threads(Reader(secs[SEC_THREADS][1]))
        self.data_start, self.data = secs[SEC_DATA][0], bytearray(secs[SEC_DATA][1])

    def parse_types(self, r):
        self.types = []
        for _ in range(r.u("I")):
            t = {"name": r.s(), "kind": r.u("I"), "flags": r.u("I"), "size": r.u("Q"),
                 "align": r.u("Q"), "fields": []}
            for _ in range(r.u("I")):
                t["fields"].append({"name": r.s(), "type": r.u("I"), "offset": r.u("Q"),
                                    "count": r.u("Q"), "bw": r.u("H"), "res": r.u("H"),
                                    "bitoff": r.u("I")})
            self.types.append(t)

    def parse_objects(self, r):
        self.objects = []
        for _ in range(r.u("I")):
            o = {"kind": r.u("B")}
            r.p += 3
            o.update(type=r.u("I"), name=r.s(), addr=r.u("Q"), count=r.u("Q"),
                     nbytes=r.u("Q"), off=r.u("Q"))
            self.objects.append(o)

    def parse_threads(self, r):
        self.threads = []
        for _ in range(r.u("I")):
            t = {"id": r.u("Q"), "state": r.u("B"), "flags": r.u("B"), "res": r.u("H"),
                 "start": r.s(), "arg": r.u("Q"), "ret": r.u("Q"), "stack": r.u("Q")}
            t["held"] = [r.u("Q") for _ in range(r.u("I"))]
            t["first_tls"], t["ntls"] = r.u("i"), r.u("I")
            t["frames"] = [{"func": r.s(), "site": r.u("I"), "reg": r.u("i"),
                            "shadow": r.u("i"), "first_alloca": r.u("i"),
                            "nallocas": r.u("I")} for _ in range(r.u("I"))]
            self.threads.append(t)
        self.mutexes = [[r.u("Q"), r.u("I")] for _ in range(r.u("I"))]

    # --- helpers for the snippets ------------------------------------------
    def obj(self, kind, name=None, n=0):
        found = [o for o in self.objects if o["kind"] == OBJ_KINDS[kind]
                 and (name is None or o["name"] == name)]
        return found[n]

    def type_of(self, o):
        return self.types[o["type"]]

    def add_data(self, b):
        """Append b to DATA (16-aligned); returns its absolute offset."""
        while (self.data_start + len(self.data)) % 16:
            self.data.append(0)
        off = self.data_start + len(self.data)
        self.data += b
        return off

    def set_tail(self, o, nbytes):
        old = bytes(self.data[o["off"] - self.data_start:][:o["nbytes"]])
        o["off"] = self.add_data(old + b"A" * max(0, nbytes - len(old)))
        o["nbytes"] = nbytes

    def arch_size(self, kind, size):
        self.arch[4 + 2 * KINDS.get(kind, kind)] = size

    # --- writing ------------------------------------------------------------
    def sections(self, data_start):
        w = Writer()
        w.u("I", len(self.types))
        for t in self.types:
            w.s(t["name"])
            for k, f in (("kind", "I"), ("flags", "I"), ("size", "Q"), ("align", "Q")):
                w.u(f, t[k])
            w.u("I", len(t["fields"]))
            for f in t["fields"]:
                w.s(f["name"])
                for k, fm in (("type", "I"), ("offset", "Q"), ("count", "Q"), ("bw", "H"),
                              ("res", "H"), ("bitoff", "I")):
                    w.u(fm, f[k])
        types = w.b
        w = Writer()
        w.u("I", len(self.funcs))
        for name, addr in self.funcs:
            w.s(name)
            w.u("Q", addr)
        funcs = w.b
        w = Writer()
        w.u("I", len(self.literals))
        for name, addr, size in self.literals:
            w.s(name)
            w.u("Q", addr)
            w.u("Q", size)
        lits = w.b
        w = Writer()
        w.u("I", len(self.specials))
        for i, addr in self.specials:
            w.u("I", i)
            w.u("Q", addr)
        specials = w.b
        w = Writer()
        w.u("I", len(self.objects))
        for o in self.objects:
            w.u("B", o["kind"])
            w.b += b"\0\0\0"
            w.u("I", o["type"])
            w.s(o["name"])
            off = o["off"] - self.data_start + data_start if o["off"] else 0
            for k in ("addr", "count", "nbytes"):
                w.u("Q", o[k])
            w.u("Q", off)
        objs = w.b
        w = Writer()
        w.u("I", len(self.threads))
        for t in self.threads:
            w.u("Q", t["id"]), w.u("B", t["state"]), w.u("B", t["flags"]), w.u("H", t["res"])
            w.s(t["start"])
            w.u("Q", t["arg"]), w.u("Q", t["ret"]), w.u("Q", t["stack"])
            w.u("I", len(t["held"]))
            for a in t["held"]:
                w.u("Q", a)
            w.u("i", t["first_tls"]), w.u("I", t["ntls"]), w.u("I", len(t["frames"]))
            for f in t["frames"]:
                w.s(f["func"])
                w.u("I", f["site"]), w.u("i", f["reg"]), w.u("i", f["shadow"])
                w.u("i", f["first_alloca"]), w.u("I", f["nallocas"])
        w.u("I", len(self.mutexes))
        for addr, ty in self.mutexes:
            w.u("Q", addr)
            w.u("I", ty)
        return [(SEC_ARCH, bytes(self.arch)), (SEC_PROGRAM, self.program), (SEC_TYPES, types),
                (SEC_FUNCS, funcs), (SEC_LITERALS, lits), (SEC_SPECIALS, specials),
                (SEC_OBJECTS, objs), (SEC_THREADS, w.b)]

    def serialize(self, key=None):
        meta = bytearray()
        for tag, payload in self.sections(0):
            meta += struct.pack("<IIQ", tag, 0, len(payload)) + payload
            meta += b"\0" * ((8 - (32 + len(meta)) % 8) % 8)
        # DATA keeps each object's offset modulo 16: leading padding.
        start = 32 + len(meta) + 16
        lead = (self.data_start - start) % 16
        data_start = start + lead
        meta = bytearray()
        for tag, payload in self.sections(data_start):
            meta += struct.pack("<IIQ", tag, 0, len(payload)) + payload
            meta += b"\0" * ((8 - (32 + len(meta)) % 8) % 8)
        assert 32 + len(meta) + 16 + lead == data_start
        body = bytearray(meta)
        body += struct.pack("<IIQ", SEC_DATA, 0, lead + len(self.data)) + b"\0" * lead
        body += self.data
        body += b"\0" * ((8 - (32 + len(body)) % 8) % 8)
        size = 32 + len(body) + (48 if key is not None else 0) + 24
        out = bytearray(MAGIC + struct.pack("<IIQQ", self.version, self.hsize,
                                            self.fingerprint, size)) + body
        if key is not None:
            out += struct.pack("<IIQ", SEC_MAC, 0, 32)
            out += hmac.new(key, bytes(out), hashlib.sha256).digest()
        out += struct.pack("<IIQ", SEC_END, 0, 8)
        out += struct.pack("<Q", mig_hash64(bytes(out)))
        assert len(out) == size
        return bytes(out)


def main(argv):
    args, key, snippets = argv[1:], None, []
    src, dst = args[0], args[1]
    i = 2
    while i < len(args):
        if args[i] == "--key":
            key = args[i + 1].encode()
            i += 2
        else:
            snippets.append(args[i])
            i += 1
    ck = Checkpoint(open(src, "rb").read())
    for s in snippets:
        exec(s, {"ck": ck, "OBJ_KINDS": OBJ_KINDS})
    open(dst, "wb").write(ck.serialize(key))


if __name__ == "__main__":
    main(sys.argv)
