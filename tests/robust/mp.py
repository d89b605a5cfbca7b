"""A tiny msgpack encoder and stream decoder (python3-msgpack is not a
dependency): enough for msgpack-RPC with the claimlens core."""
import struct


class Raw(bytes):
    """Bytes put into the stream as they are (hand-made headers)."""


def pack(o):
    if isinstance(o, Raw):
        return bytes(o)
    if o is None:
        return b"\xc0"
    if o is True:
        return b"\xc3"
    if o is False:
        return b"\xc2"
    if isinstance(o, int):
        if 0 <= o < 128:
            return bytes([o])
        if -32 <= o < 0:
            return struct.pack("b", o)
        if o >= 0:
            return b"\xcf" + struct.pack(">Q", o)
        return b"\xd3" + struct.pack(">q", o)
    if isinstance(o, float):
        return b"\xcb" + struct.pack(">d", o)
    if isinstance(o, str):
        return str_header(len(o.encode())) + o.encode()
    if isinstance(o, (bytes, bytearray)):       # raw bytes travel as str
        return str_header(len(o)) + bytes(o)
    if isinstance(o, (list, tuple)):
        n = len(o)
        h = bytes([0x90 | n]) if n < 16 else b"\xdd" + struct.pack(">I", n)
        return h + b"".join(pack(x) for x in o)
    if isinstance(o, dict):
        n = len(o)
        h = bytes([0x80 | n]) if n < 16 else b"\xdf" + struct.pack(">I", n)
        return h + b"".join(pack(k) + pack(v) for k, v in o.items())
    raise TypeError(type(o))


def str_header(n):
    if n < 32:
        return bytes([0xa0 | n])
    if n < 256:
        return b"\xd9" + bytes([n])
    if n < 65536:
        return b"\xda" + struct.pack(">H", n)
    return b"\xdb" + struct.pack(">I", n)


def request(msgid, method, params):
    return pack([0, msgid, method, params])


def notify(method, params):
    return pack([2, method, params])


class Incomplete(Exception):
    """More bytes are needed; `want` is how many the buffer must hold at least."""

    def __init__(self, want):
        Exception.__init__(self)
        self.want = want


def unpack_from(b, i=0):
    """Decode one object at b[i:]; returns (object, next index)."""
    if i >= len(b):
        raise Incomplete(i + 1)
    t = b[i]
    i += 1

    def need(n):
        if i + n > len(b):
            raise Incomplete(i + n)

    def seq(n, i, is_map):
        out = {} if is_map else []
        for _ in range(n):
            k, i = unpack_from(b, i)
            if is_map:
                v, i = unpack_from(b, i)
                out[k if not isinstance(k, list) else repr(k)] = v
            else:
                out.append(k)
        return out, i

    def raw(n, i, text):
        need(n)
        s = bytes(b[i:i + n])
        return (s.decode("utf-8", "surrogateescape") if text else s), i + n

    if t <= 0x7f:
        return t, i
    if t >= 0xe0:
        return t - 256, i
    if 0x80 <= t <= 0x8f:
        return seq(t & 0x0f, i, True)
    if 0x90 <= t <= 0x9f:
        return seq(t & 0x0f, i, False)
    if 0xa0 <= t <= 0xbf:
        return raw(t & 0x1f, i, True)
    if t == 0xc0:
        return None, i
    if t == 0xc2:
        return False, i
    if t == 0xc3:
        return True, i
    sizes = {0xcc: ">B", 0xcd: ">H", 0xce: ">I", 0xcf: ">Q",
             0xd0: ">b", 0xd1: ">h", 0xd2: ">i", 0xd3: ">q",
             0xca: ">f", 0xcb: ">d"}
    if t in sizes:
        n = struct.calcsize(sizes[t])
        need(n)
        return struct.unpack_from(sizes[t], b, i)[0], i + n
    lens = {0xd9: ">B", 0xda: ">H", 0xdb: ">I", 0xc4: ">B", 0xc5: ">H", 0xc6: ">I",
            0xdc: ">H", 0xdd: ">I", 0xde: ">H", 0xdf: ">I"}
    if t in lens:
        n = struct.calcsize(lens[t])
        need(n)
        size = struct.unpack_from(lens[t], b, i)[0]
        i += n
        if t in (0xd9, 0xda, 0xdb):
            return raw(size, i, True)
        if t in (0xc4, 0xc5, 0xc6):
            return raw(size, i, False)
        return seq(size, i, t in (0xde, 0xdf))
    raise ValueError("unsupported msgpack byte 0x%02x" % t)


class Stream:
    """Messages out of a byte stream, fed as it arrives."""

    def __init__(self):
        self.buf = bytearray()
        self.want = 0

    def feed(self, data):
        self.buf += data

    def next(self):
        # A long string arriving in many reads would otherwise be parsed
        # again from the start after every read: quadratic in its length.
        if len(self.buf) < self.want:
            return None
        try:
            o, i = unpack_from(self.buf, 0)
        except Incomplete as e:
            self.want = e.want
            return None
        self.want = 0
        del self.buf[:i]
        return o
