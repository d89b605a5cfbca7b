-- claimlens.packed: reads one annotation of a packed range (doc/protocol.md)
-- for placing its marks, without making its strings.
--
-- vim.mpack makes every span text a Lua string. Kept, 100 000 annotations
-- are ~150 000 live strings: LuaJIT's string table then doubles, rehashing
-- them all in one go (~6 ms), and the collector walks their tables every
-- cycle. Placing needs only kinds, positions and flags; the texts stay in the
-- packed bytes and are decoded (vim.mpack) when hover or a list asks.
local M = {}

local byte, sub = string.byte, string.sub

-- Stands for a value placing does not read (a text, a note, a float...):
-- not a number, not `true`, not a span.
local SKIPPED = setmetatable({}, { __name = 'claimlens.packed.skipped' })

-- What placing reads (highlight.place): per map key, `true` for a scalar,
-- 'str' for a string, a table for a nested map, { list = T } for a list.
local SPAN = { lnum = true, col = true, end_lnum = true, end_col = true }
local ASPAN = { lnum = true, col = true, end_lnum = true, end_col = true, anonymous = true }
local SOURCE = { lnum = true, col = true, end_lnum = true, end_col = true, anonymous = true, via = ASPAN }
local ANNOTATION = {
  kind = 'str',
  lnum = true,
  col = true,
  end_lnum = true,
  end_col = true,
  weak = true,
  source = SOURCE,
  actor = SPAN,
  items = { list = SPAN },
  condition = SPAN,
  response = SPAN,
  rebuttal = SPAN,
  reason = SPAN,
}

-- Unsigned big-endian integer of n bytes at p.
local function uint(b, p, n)
  local v = 0
  for i = p, p + n - 1 do
    v = v * 256 + byte(b, i)
  end
  return v
end

-- Length of a str/bin/ext/array/map header at p: count, first byte after.
local function count(b, p, n)
  return uint(b, p + 1, n), p + 1 + n
end

-- Entries of the map or array whose header is at p (first byte c; fixmap
-- or fixarray from `fix`, 16-bit count when c is `c16`): count, first byte after.
local function entries(b, p, c, fix, c16)
  if c <= fix + 0x0f then
    return c - fix, p + 1
  end
  return count(b, p, c == c16 and 2 or 4)
end

local value

-- A map of n entries from p: a table of the keys `want` names.
local function map(b, p, n, want)
  local t = {}
  for _ = 1, n do
    local k
    k, p = value(b, p, 'str')
    local w = type(k) == 'string' and want[k] or nil
    if w then
      t[k], p = value(b, p, w)
    else
      _, p = value(b, p, nil)
    end
  end
  return t, p
end

local function list(b, p, n, want)
  local t = {}
  for i = 1, n do
    t[i], p = value(b, p, want)
  end
  return t, p
end

-- The value at p as placing sees it (SKIPPED for what `want` does not ask
-- for, vim.NIL for nil), and the position after it. Errors on bytes that are
-- not msgpack or are cut short (byte() gives nil); floats error too, the
-- caller then decodes the annotation with vim.mpack.
function value(b, p, want)
  local c = byte(b, p)
  if c <= 0x7f then
    return c, p + 1
  elseif c >= 0xe0 then
    return c - 256, p + 1
  elseif c <= 0x9f or (c >= 0xdc and c <= 0xdf) then -- map or array
    local is_map = c <= 0x8f or c >= 0xde
    local n, q = entries(b, p, c, is_map and 0x80 or 0x90, is_map and 0xde or 0xdc)
    if type(want) == 'table' and (want.list == nil) == is_map then
      if is_map then
        return map(b, q, n, want)
      end
      return list(b, q, n, want.list)
    end
    for _ = 1, is_map and 2 * n or n do
      _, q = value(b, q, nil)
    end
    return SKIPPED, q
  elseif c <= 0xbf or (c >= 0xd9 and c <= 0xdb) or (c >= 0xc4 and c <= 0xc6) then -- str, bin
    local n, q
    if c <= 0xbf then
      n, q = c - 0xa0, p + 1
    elseif c >= 0xd9 then
      n, q = count(b, p, 2 ^ (c - 0xd9))
    else
      n, q = count(b, p, 2 ^ (c - 0xc4))
    end
    if q + n - 1 > #b then
      error('cut short')
    end
    if want == 'str' then
      return sub(b, q, q + n - 1), q + n
    end
    return SKIPPED, q + n
  elseif c == 0xc0 then
    return vim.NIL, p + 1
  elseif c == 0xc2 then
    return false, p + 1
  elseif c == 0xc3 then
    return true, p + 1
  elseif c >= 0xcc and c <= 0xcf then -- uint 8..64
    local n = 2 ^ (c - 0xcc)
    return uint(b, p + 1, n), p + 1 + n
  elseif c >= 0xd0 and c <= 0xd3 then -- int 8..64
    local n = 2 ^ (c - 0xd0)
    local v = uint(b, p + 1, n)
    if v >= 2 ^ (8 * n - 1) then
      v = v - 2 ^ (8 * n)
    end
    return v, p + 1 + n
  elseif (c == 0xca or c == 0xcb) and want == nil then
    local q = p + (c == 0xca and 5 or 9)
    if q - 1 > #b then
      error('cut short')
    end
    return SKIPPED, q
  elseif c >= 0xd4 and c <= 0xd8 then -- fixext 1..16
    return SKIPPED, p + 2 + 2 ^ (c - 0xd4)
  elseif c >= 0xc7 and c <= 0xc9 then -- ext 8..32
    local n, q = count(b, p, 2 ^ (c - 0xc7))
    return SKIPPED, q + 1 + n
  end
  error(('not read here: 0x%02x'):format(c))
end

--- The annotation at byte p of bytes `b`, as far as placing its marks
--- reads it, and the position after it. Errors where vim.mpack would
--- (garbage, cut short) and on what it leaves to vim.mpack (floats).
function M.read(b, p)
  local ann, nxt = value(b, p, ANNOTATION)
  if nxt - 1 > #b then
    error('cut short')
  end
  return ann, nxt
end

local unpacker = vim.mpack.Unpacker()

--- The whole annotation at byte p of bytes `b` (texts and all, by
--- vim.mpack) and the position after it; nil and the error on garbage.
function M.decode(b, p)
  local ok, ann, nxt = pcall(unpacker, b, p)
  if not ok or ann == nil then
    -- a failed call can leave the unpacker halfway through a value
    unpacker = vim.mpack.Unpacker()
    return nil, ok and 'cut short' or ann
  end
  return ann, nxt
end

return M
