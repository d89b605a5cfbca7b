-- Packed ranges (doc/protocol.md) are placed from positions and flags read
-- without their texts (packed.lua), and their entries keep only the range's
-- bytes: everything a user sees (marks, hover, demands, counts, the
-- annotations themselves) must be what the same annotations give when they
-- come as tables.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local core = require('claimlens.core')
local buffer = require('claimlens.buffer')
local hover = require('claimlens.hover')

local bins = {}
core.on('result', function(res)
  for _, r in ipairs(res.ranges or {}) do
    if type(r.packed) == 'string' then
      bins[#bins + 1] = r.packed
    end
  end
end)

-- What the user can see of buf's annotations, ids left out.
local function snapshot(buf)
  local marks, at = {}, {}
  for _, m in ipairs(H.extmarks(buf)) do
    local d = m[4]
    d.ns_id = nil
    marks[#marks + 1] = vim.inspect({ m[2], m[3], d })
    at[#at + 1] = table.concat(hover.lines_at(buf, m[2], m[3]), '\n')
  end
  table.sort(marks)
  table.sort(at)
  local anns = {}
  for _, a in ipairs(H.annotations(buf)) do
    a.id = nil
    anns[#anns + 1] = vim.inspect(a)
  end
  return {
    marks = marks,
    hover = at,
    annotations = anns,
    demands = vim.inspect(require('claimlens.demands').list(buf)),
    counts = buffer.counts(buf),
  }
end

-- Applies one full result of `ranges` to buf, as the core would push it.
local function apply(buf, ranges)
  local tick = api.nvim_buf_get_changedtick(buf)
  H.state(buf).applied_tick = -1
  buffer.on_result({ buf = buf, tick = tick, full = true, part = 1, ranges = ranges })
  H.wait_current(buf)
end

local function unpack_all(bytes)
  local u, out, pos = vim.mpack.Unpacker(), {}, 1
  while pos <= #bytes do
    out[#out + 1], pos = u(bytes, pos)
  end
  return out
end

local buf
H.test('the real core: packed entries keep no tables, and read back whole', function()
  buf = H.open_fixture()
  H.wait_current(buf)
  H.ok(#bins > 0, 'packed ranges: ' .. #bins)
  local st = H.state(buf)
  H.eq(nil, next(st.owner), 'no entry kept as a table')
  H.same_as_core(buf, 'marks from packed ranges = a fresh analysis')
end)

H.test('packed and table forms of the same result look the same', function()
  local n = api.nvim_buf_line_count(buf)
  local packed = snapshot(buf)
  local list = {}
  for _, b in ipairs(bins) do
    vim.list_extend(list, unpack_all(b))
  end
  apply(buf, { { first = 0, last = n, annotations = list } })
  local tables = snapshot(buf)
  H.ok(#packed.marks > 0, 'marks: ' .. #packed.marks)
  H.eq(packed.marks, tables.marks, 'marks')
  H.eq(packed.hover, tables.hover, 'hover notes')
  H.eq(packed.annotations, tables.annotations, 'annotations')
  H.eq(packed.demands, tables.demands, 'demands list')
  H.eq(packed.counts, tables.counts, 'counts')
  -- and back: the bins again, one range each
  local ranges = {}
  for _, b in ipairs(bins) do
    ranges[#ranges + 1] = { first = 0, last = n, packed = b }
  end
  apply(buf, ranges)
  H.eq(packed, snapshot(buf), 'packed again')
end)

H.test('odd packed annotations: floats, nil items, unknown keys, a mark that fails', function()
  local row
  for i, l in ipairs(H.text(buf)) do
    if #l >= 40 then
      row = i - 1
      break
    end
  end
  local enc = vim.mpack.encode
  local function map(t) -- t: list of {key, encoded value}
    local s = string.char(0x80 + #t)
    for _, kv in ipairs(t) do
      s = s .. enc(kv[1]) .. kv[2]
    end
    return s
  end
  -- a map of the span row:c0-c1 and more pairs (their values encoded)
  local function at(c0, c1, more)
    local t = { { 'lnum', enc(row) }, { 'col', enc(c0) }, { 'end_lnum', enc(row) }, { 'end_col', enc(c1) } }
    return map(vim.list_extend(t, more or {}))
  end
  local function span(c0, c1)
    return at(c0, c1, { { 'text', enc('x') } })
  end
  local function ann(kind, c0, c1, more)
    return at(c0, c1, vim.list_extend({ { 'kind', enc(kind) } }, more or {}))
  end
  local f64_2 = '\203\64\0\0\0\0\0\0\0' -- 2.0 as a float64
  local anns = {
    -- a float position: read by vim.mpack instead
    map({
      { 'kind', enc('claim') },
      { 'lnum', enc(row) },
      { 'col', f64_2 },
      { 'end_lnum', enc(row) },
      { 'end_col', enc(9) },
      { 'text', enc('t') },
    }),
    -- nil, a string and spans among the items; unknown keys of every type
    ann('demand', 0, 30, {
      { 'weak', enc(true) },
      { 'zz', enc({ 1, -5, 70000, 'a', { b = false } }) },
      { 'ext', '\212\1\0' },
      { 'big', '\207\0\0\0\1\0\0\0\0' },
      { 'neg', '\211\255\255\255\255\255\255\255\254' },
      { 'actor', span(0, 3) },
      { 'items', '\148' .. span(4, 8) .. '\192' .. enc('s') .. span(10, 14) },
      { 'condition', span(15, 20) },
    }),
    -- a source whose mark fails (a negative column): kept as a table
    ann('claim', 5, 25, {
      { 'source', at(-3, 2, { { 'anonymous', enc(true) } }) },
      { 'cue', span(6, 9) },
    }),
    -- an anonymous source with a reason, a contested one with a rebuttal
    ann('anonymous', 1, 6, {
      { 'count', enc(2) },
      { 'descriptors', enc({ 'senior' }) },
      { 'reason', span(7, 12) },
    }),
    ann('contested', 2, 7, { { 'why', enc('disputed') }, { 'rebuttal', span(20, 28) } }),
    -- not an annotation at all
    enc(42),
  }
  local bytes = table.concat(anns)
  local n = api.nvim_buf_line_count(buf)
  apply(buf, { { first = 0, last = n, packed = bytes } })
  local packed = snapshot(buf)
  local owners = 0
  for _ in pairs(H.state(buf).owner) do
    owners = owners + 1
  end
  H.eq(1, owners, 'the claim whose source took no mark is a table (its one mark)')
  apply(buf, { { first = 0, last = n, annotations = unpack_all(bytes) } })
  local tables = snapshot(buf)
  H.eq(5, #packed.annotations, 'five annotations placed')
  H.eq(tables, packed, 'the same as tables')
  -- hover on the demand's item lists every item and the line of each
  H.ok(#hover.lines_at(buf, row, 4) > 0, 'hover on an item')
end)

H.test('a packed range cut short keeps what came before it, and the next range decodes', function()
  local n = api.nvim_buf_line_count(buf)
  local enc = vim.mpack.encode
  local good = enc({ kind = 'claim', lnum = 0, col = 0, end_lnum = 0, end_col = 3, text = 'x' })
  -- a map that promises five pairs and stops after one: neither reader can
  -- finish it, and vim.mpack's unpacker is left halfway through a value
  local cut = '\133' .. enc('kind') .. enc('claim')
  apply(buf, { { first = 0, last = n, packed = good .. cut } })
  H.eq(1, #H.annotations(buf), 'the annotation before the cut is placed')
  apply(buf, { { first = 0, last = n, packed = good .. enc({ kind = 'claim', lnum = 0, col = 1, end_lnum = 0, end_col = 2, weak = 1.5 }) } })
  H.eq(2, #H.annotations(buf), 'a later range reads whole, float and all')
end)

H.test('steps are short near the counts where Neovim rehashes its marks', function()
  local slice = require('claimlens.slice')
  H.eq(false, slice.near_rehash(1000), 'few marks')
  H.eq(false, slice.near_rehash(150000), 'between two rehashes')
  H.eq(true, slice.near_rehash(100500), 'below 100 926')
  H.eq(true, slice.near_rehash(201853), 'just past 201 852')
  H.eq(false, slice.near_rehash(203000), 'well past it')
  H.eq(true, slice.near_rehash(402000), 'below 403 704')
end)

H.finish()
