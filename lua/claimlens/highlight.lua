-- claimlens.highlight: highlight groups and extmark placement.
--
-- Every annotation gets one *primary* extmark over its whole span plus marks
-- for the parts that matter (source, actor, items, rebuttal, ...). The
-- annotation table is kept per primary mark id; positions are always read
-- back from the extmarks, which move with edits.
local config = require('claimlens.config')

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

--- Places the marks of one annotation. Returns the entry (or nil) and the
--- number of marks placed.
---@param st table buffer state (entries, owner)
function M.place(buf, st, ann)
  if type(ann) ~= 'table' or not is_span(ann) or not KIND_GROUP[ann.kind] then
    return nil, 0
  end
  if not M.kind_enabled(ann) then
    return nil, 0
  end
  local weak = ann.weak == true
  local group = weak and 'ClaimlensWeak' or KIND_GROUP[ann.kind]
  local roles = {}
  local ids = {}
  local items = type(ann.items) == 'table' and ann.items or {}
  local primary_group = group
  if ann.kind == 'demand' and #items > 0 then
    primary_group = nil -- the items carry the highlight
  end
  local primary = set_mark(buf, ann, primary_group)
  if not primary then
    return nil, 0
  end
  ids[1] = primary
  local function track(role, span, grp)
    if is_span(span) then
      local id = set_mark(buf, span, grp)
      if id then
        ids[#ids + 1] = id
        roles[role] = id
      end
      return id
    end
  end
  if ann.kind == 'claim' or ann.kind == 'demand' then
    local src = ann.source
    if type(src) == 'table' then
      track('source', src, src.anonymous == true and 'ClaimlensAnonymous' or 'ClaimlensSource')
      if type(src.via) == 'table' then
        track('via', src.via, src.via.anonymous == true and 'ClaimlensAnonymous' or 'ClaimlensSource')
      end
    end
  end
  if ann.kind == 'demand' then
    track('actor', ann.actor, 'ClaimlensSource')
    roles.items = {}
    for i, it in ipairs(items) do
      if is_span(it) then
        local id = set_mark(buf, it, weak and 'ClaimlensWeak' or 'ClaimlensDemand')
        if id then
          ids[#ids + 1] = id
          roles.items[i] = id
        end
      end
    end
    track('condition', ann.condition)
    track('response', ann.response)
  elseif ann.kind == 'contested' then
    track('rebuttal', ann.rebuttal)
  elseif ann.kind == 'anonymous' then
    track('reason', ann.reason)
  end
  local entry = { id = primary, ann = ann, ids = ids, roles = roles }
  st.entries[primary] = entry
  for _, id in ipairs(ids) do
    st.owner[id] = primary
  end
  return entry, #ids
end

--- Removes the marks of one entry.
function M.remove(buf, st, primary)
  local e = st.entries[primary]
  if not e then
    return
  end
  for _, id in ipairs(e.ids) do
    pcall(api.nvim_buf_del_extmark, buf, M.ns, id)
    st.owner[id] = nil
  end
  st.entries[primary] = nil
end

--- Removes every mark of the buffer.
function M.clear(buf, st)
  if api.nvim_buf_is_valid(buf) then
    pcall(api.nvim_buf_clear_namespace, buf, M.ns, 0, -1)
  end
  if st then
    st.entries = {}
    st.owner = {}
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
    if row < last and st.entries[id] then
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
    local p = st.owner[id]
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
  for id, e in pairs(st.entries) do
    local pos = M.pos(buf, id)
    if pos then
      out[#out + 1] = { id = id, entry = e, pos = pos }
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
