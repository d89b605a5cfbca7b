-- claimlens.highlight: highlight groups and extmark placement.
--
-- Every annotation gets one *primary* extmark over its whole span plus marks
-- for the parts that matter (source, actor, items, rebuttal, ...). Each
-- annotation is kept per primary mark id (an entry, see the store below);
-- positions are always read back from the extmarks, which move with edits.
local config = require('claimlens.config')
local packed = require('claimlens.packed')

local M = {}

local api = vim.api

M.ns = api.nvim_create_namespace('claimlens')

M.GROUPS = {
  ClaimlensClaim = { underdotted = true },
  ClaimlensSource = { link = 'Identifier' },
  ClaimlensAnonymous = { link = 'DiagnosticWarn' },
  ClaimlensContested = { link = 'DiagnosticUnderlineError' },
  ClaimlensDemand = { link = 'DiagnosticUnderlineInfo' },
  ClaimlensWeak = { link = 'DiagnosticUnderlineHint' },
}

-- Offsets above config.priority: later ones win where marks overlap.
local PRIO = {
  ClaimlensClaim = 0,
  ClaimlensDemand = 1,
  ClaimlensWeak = 2,
  ClaimlensContested = 3,
  ClaimlensSource = 4,
  ClaimlensAnonymous = 5,
}

local KIND_GROUP = {
  claim = 'ClaimlensClaim',
  anonymous = 'ClaimlensAnonymous',
  contested = 'ClaimlensContested',
  demand = 'ClaimlensDemand',
}
M.KIND_GROUP = KIND_GROUP

--- Defines the groups with `default = true` (a colorscheme or the user wins).
function M.define_groups()
  for name, def in pairs(M.GROUPS) do
    local d = vim.deepcopy(def)
    d.default = true
    api.nvim_set_hl(0, name, d)
  end
end

local function is_span(s)
  return type(s) == 'table'
    and type(s.lnum) == 'number'
    and type(s.col) == 'number'
    and type(s.end_lnum) == 'number'
    and type(s.end_col) == 'number'
end
M.is_span = is_span

--- Whether an annotation of this kind is shown (config.kinds).
function M.kind_enabled(ann)
  local kinds = config.options.kinds
  if ann.weak == true and kinds.weak == false then
    return false
  end
  return kinds[ann.kind] ~= false
end

local function set_mark(buf, span, group)
  local opts = {
    end_row = span.end_lnum,
    end_col = span.end_col,
    strict = false,
    invalidate = true,
  }
  if group then
    opts.hl_group = group
    opts.priority = config.options.priority + (PRIO[group] or 0)
  end
  local ok, id = pcall(api.nvim_buf_set_extmark, buf, M.ns, span.lnum, span.col, opts)
  if ok then
    return id
  end
  return nil
end

-- The marks of one annotation, in the order they are placed: visit(role,
-- span, group, i) for every part that is a span (i: the item's index). The
-- order is what lets a packed entry find its marks again (M.get).
local function each_part(ann, visit)
  local weak = ann.weak == true
  if ann.kind == 'claim' or ann.kind == 'demand' then
    local src = ann.source
    if type(src) == 'table' then
      if is_span(src) then
        visit('source', src, src.anonymous == true and 'ClaimlensAnonymous' or 'ClaimlensSource')
      end
      local via = src.via
      if type(via) == 'table' and is_span(via) then
        visit('via', via, via.anonymous == true and 'ClaimlensAnonymous' or 'ClaimlensSource')
      end
    end
  end
  local function opt(role, span, group)
    if is_span(span) then
      visit(role, span, group)
    end
  end
  if ann.kind == 'demand' then
    opt('actor', ann.actor, 'ClaimlensSource')
    if type(ann.items) == 'table' then
      for i, it in ipairs(ann.items) do
        if is_span(it) then
          visit('items', it, weak and 'ClaimlensWeak' or 'ClaimlensDemand', i)
        end
      end
    end
    opt('condition', ann.condition)
    opt('response', ann.response)
  elseif ann.kind == 'contested' then
    opt('rebuttal', ann.rebuttal)
  elseif ann.kind == 'anonymous' then
    opt('reason', ann.reason)
  end
end

-- The roles of an entry whose marks are ids[1..]: role -> mark id
-- (items: item index -> mark id). ids[k] nil: the k-th part got no mark.
local function roles_of(ann, ids)
  local roles = {}
  if ann.kind == 'demand' then
    roles.items = {}
  end
  local k = 1
  each_part(ann, function(role, _, _, i)
    k = k + 1
    if i then
      roles.items[i] = ids[k]
    else
      roles[role] = ids[k]
    end
  end)
  return roles
end

-- Entries of a buffer (st.entries), by primary mark id, in buckets of
-- BUCKET consecutive ids: the collector walks a table in one go, and one
-- table of every entry (100 000 on a 10 MB buffer) took it milliseconds per
-- cycle, again in the cycle's atomic phase whenever entries were added
-- meanwhile. Buckets keep each walk short and leave the settled ones alone.
--
-- An entry is one of:
-- - *packed*: its annotation's bytes (the range's string), and a number
--   for where it starts in them, its kind and how many marks it has, whose
--   ids follow the primary's (mark ids come from one counter per buffer
--   and namespace). No table and no string of its own: hover, lists and
--   diagnostics decode the annotation when they ask (M.get).
-- - a table {id, ann, ids, roles}: an annotation that came as a table, or
--   one whose marks are not consecutive (a part that did not take a mark).
local BUCKET = 4096
local MAX_MARKS = 255 -- marks a packed entry may have (8 bits of its number)
local KIND_CODE = { claim = 0, anonymous = 1, contested = 2, demand = 3 }
local CODE_KIND = { [0] = 'claim', 'anonymous', 'contested', 'demand' }

local function new_store()
  return { v = {}, m = {}, n = {} }
end
M.new_store = new_store

-- value, meta: meta = ((offset * 256 + marks) * 4 + kind) * 2 + weak
local function store_get(store, id)
  local b = store.v[math.floor(id / BUCKET)]
  if b then
    local v = b[id]
    if v ~= nil then
      return v, store.m[math.floor(id / BUCKET)][id]
    end
  end
  return nil
end

local function store_set(store, id, v, meta)
  local k = math.floor(id / BUCKET)
  local b = store.v[k]
  if not b then
    b = {}
    store.v[k], store.m[k], store.n[k] = b, {}, 0
  end
  if b[id] == nil then
    store.n[k] = store.n[k] + 1
  end
  b[id] = v
  store.m[k][id] = meta
end

local function store_del(store, id)
  local k = math.floor(id / BUCKET)
  local b = store.v[k]
  if b and b[id] ~= nil then
    b[id] = nil
    store.m[k][id] = nil
    store.n[k] = store.n[k] - 1
    if store.n[k] == 0 then
      store.v[k], store.m[k], store.n[k] = nil, nil, nil
    end
  end
end

local function unmeta(meta)
  local weak = meta % 2
  meta = (meta - weak) / 2
  local kind = meta % 4
  meta = (meta - kind) / 4
  local marks = meta % 256
  return (meta - marks) / 256, marks, CODE_KIND[kind], weak == 1
end

-- Whether `id` is the primary mark of an entry.
local function has(st, id)
  return store_get(st.entries, id) ~= nil
end

--- Primary ids of every entry, in no order.
function M.ids(st)
  local out = {}
  for _, b in pairs(st.entries.v) do
    for id in pairs(b) do
      out[#out + 1] = id
    end
  end
  return out
end

--- Calls visit(id, kind, weak) for every entry, in no order, without
--- decoding any.
function M.each(st, visit)
  for k, b in pairs(st.entries.v) do
    local metas = st.entries.m[k]
    for id, v in pairs(b) do
      if type(v) == 'string' then
        local _, _, kind, weak = unmeta(metas[id])
        visit(id, kind, weak)
      else
        visit(id, v.kind, v.weak)
      end
    end
  end
end

local function decode(bytes, offset)
  return (packed.decode(bytes, offset))
end

-- A packed entry as a table: ann, ids and roles are made when first read.
local Lazy = {
  __index = function(e, k)
    if k == 'ann' then
      local ann = decode(e.bytes, e.offset) or {}
      rawset(e, 'ann', ann)
      return ann
    elseif k == 'ids' then
      local ids = {}
      for i = 1, e.marks do
        ids[i] = e.id + i - 1
      end
      rawset(e, 'ids', ids)
      return ids
    elseif k == 'roles' then
      local roles = roles_of(e.ann, e.ids)
      rawset(e, 'roles', roles)
      return roles
    end
  end,
}

--- The entry of primary mark `id`: {id, ann, ids, roles, kind, weak}, or nil.
function M.get(st, id)
  local v, meta = store_get(st.entries, id)
  if type(v) == 'string' then
    local offset, marks, kind, weak = unmeta(meta)
    return setmetatable({ id = id, kind = kind, weak = weak, bytes = v, offset = offset, marks = marks }, Lazy)
  end
  return v
end

--- The primary mark of the entry mark `id` belongs to, or nil.
function M.owner(st, id)
  local p = st.owner[id]
  if p or not id then
    return p
  end
  -- packed entries: the nearest primary at or below id, if its marks reach
  for q = id, math.max(id - MAX_MARKS, 1), -1 do
    local v, meta = store_get(st.entries, q)
    if v ~= nil then
      if type(v) == 'string' then
        local _, marks = unmeta(meta)
        return id - q < marks and q or nil
      end
      return nil
    end
  end
  return nil
end

--- Places the marks of one annotation. Returns the primary id (or nil), the
--- number of marks placed and, when it made one, the entry's table.
--- `bytes`, `offset`: where a packed annotation came from (else nil); then
--- `ann` is what packed.read gave, positions and flags without texts.
---@param st table buffer state (entries, owner)
function M.place(buf, st, ann, bytes, offset)
  if type(ann) ~= 'table' or not is_span(ann) or not KIND_GROUP[ann.kind] then
    return nil, 0
  end
  if not M.kind_enabled(ann) then
    return nil, 0
  end
  local weak = ann.weak == true
  local group = weak and 'ClaimlensWeak' or KIND_GROUP[ann.kind]
  local primary_group = group
  if ann.kind == 'demand' and type(ann.items) == 'table' and #ann.items > 0 then
    primary_group = nil -- the items carry the highlight
  end
  local primary = set_mark(buf, ann, primary_group)
  if not primary then
    return nil, 0
  end
  -- ids: the marks placed; by_part[k]: the k-th part's mark (the primary's first)
  local ids, by_part, n, consecutive = { primary }, { primary }, 1, true
  each_part(ann, function(_, span, grp)
    local id = set_mark(buf, span, grp)
    n = n + 1
    by_part[n] = id
    if id then
      ids[#ids + 1] = id
      consecutive = consecutive and id == primary + #ids - 1
    else
      consecutive = false
    end
  end)
  if bytes and consecutive and #ids <= MAX_MARKS then
    local meta = ((offset * 256 + #ids) * 4 + KIND_CODE[ann.kind]) * 2 + (weak and 1 or 0)
    store_set(st.entries, primary, bytes, meta)
    st.nmarks = (st.nmarks or 0) + #ids
    return primary, #ids
  end
  if bytes then
    ann = decode(bytes, offset) or ann
  end
  local entry = {
    id = primary,
    ann = ann,
    ids = ids,
    roles = roles_of(ann, by_part),
    kind = ann.kind,
    weak = ann.weak == true,
  }
  store_set(st.entries, primary, entry, 0)
  for _, id in ipairs(ids) do
    st.owner[id] = primary
  end
  st.nmarks = (st.nmarks or 0) + #ids
  return primary, #ids, entry
end

--- Removes the marks of one entry.
function M.remove(buf, st, primary)
  local v, meta = store_get(st.entries, primary)
  if v == nil then
    return
  end
  if type(v) == 'string' then
    local _, marks = unmeta(meta)
    for id = primary, primary + marks - 1 do
      pcall(api.nvim_buf_del_extmark, buf, M.ns, id)
    end
    st.nmarks = st.nmarks - marks
  else
    for _, id in ipairs(v.ids) do
      pcall(api.nvim_buf_del_extmark, buf, M.ns, id)
      st.owner[id] = nil
    end
    st.nmarks = st.nmarks - #v.ids
  end
  store_del(st.entries, primary)
end

--- Removes every mark of the buffer.
function M.clear(buf, st)
  if api.nvim_buf_is_valid(buf) then
    pcall(api.nvim_buf_clear_namespace, buf, M.ns, 0, -1)
  end
  if st then
    st.entries = new_store()
    st.owner = {}
    st.nmarks = 0
  end
end

--- Primary ids of the entries whose span starts on lines [first, last).
function M.starting_in(buf, st, first, last)
  local out = {}
  if last <= first then
    return out
  end
  local ok, marks = pcall(api.nvim_buf_get_extmarks, buf, M.ns, { first, 0 }, { last, 0 }, {})
  if not ok then
    return out
  end
  for _, m in ipairs(marks) do
    local id, row = m[1], m[2]
    if row < last and has(st, id) then
      out[#out + 1] = id
    end
  end
  return out
end

--- Current position of a mark: {lnum, col, end_lnum, end_col, invalid}.
function M.pos(buf, id)
  if not id then
    return nil
  end
  local ok, m = pcall(api.nvim_buf_get_extmark_by_id, buf, M.ns, id, { details = true })
  if not ok or type(m) ~= 'table' or m[1] == nil then
    return nil
  end
  local d = m[3] or {}
  return {
    lnum = m[1],
    col = m[2],
    end_lnum = d.end_row or m[1],
    end_col = d.end_col or m[2],
    invalid = d.invalid == true,
  }
end

local function before(r1, c1, r2, c2)
  return r1 < r2 or (r1 == r2 and c1 < c2)
end

--- Entries (primary ids) with any mark covering (row, col), ordered from the
--- narrowest span to the widest.
function M.entries_at(buf, st, row, col)
  local ok, marks =
    pcall(api.nvim_buf_get_extmarks, buf, M.ns, { row, col }, { row, col }, { details = true, overlap = true })
  if not ok then
    return {}
  end
  local seen, out = {}, {}
  for _, m in ipairs(marks) do
    local id, r, c, d = m[1], m[2], m[3], m[4] or {}
    local er, ec = d.end_row or r, d.end_col or c
    local p = M.owner(st, id)
    if
      p
      and not d.invalid
      and not seen[p]
      and not before(row, col, r, c) -- start <= pos
      and before(row, col, er, ec) -- pos < end
    then
      seen[p] = true
      out[#out + 1] = p
    end
  end
  local size = {}
  for _, p in ipairs(out) do
    local pos = M.pos(buf, p)
    size[p] = pos and ((pos.end_lnum - pos.lnum) * 1e6 + (pos.end_col - pos.col)) or math.huge
  end
  table.sort(out, function(a, b)
    if size[a] ~= size[b] then
      return size[a] < size[b]
    end
    return a < b
  end)
  return out
end

--- Every entry of the buffer in text order: list of {id, entry, pos}.
function M.all(buf, st)
  local out = {}
  for _, id in ipairs(M.ids(st)) do
    local pos = M.pos(buf, id)
    if pos then
      out[#out + 1] = { id = id, entry = M.get(st, id), pos = pos }
    end
  end
  table.sort(out, function(a, b)
    if a.pos.lnum ~= b.pos.lnum then
      return a.pos.lnum < b.pos.lnum
    end
    if a.pos.col ~= b.pos.col then
      return a.pos.col < b.pos.col
    end
    return a.id < b.id
  end)
  return out
end

return M
