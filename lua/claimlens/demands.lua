-- claimlens.demands: the demands of a buffer, one entry per item, for the
-- location list, the quickfix list or vim.ui.select.
local buffer = require('claimlens.buffer')
local highlight = require('claimlens.highlight')

local M = {}

local api = vim.api

local function text(s)
  return type(s) == 'table' and type(s.text) == 'string' and s.text or nil
end

local ANON_WORDS = { undisclosed = true, unnamed = true, anonymous = true, unidentified = true }

--- "3 anonymous Russian sources" from an `anonymous` annotation.
function M.describe_anonymous(a)
  local desc = {}
  if type(a.descriptors) == 'table' then
    for _, d in ipairs(a.descriptors) do
      if type(d) == 'string' and not ANON_WORDS[d:lower()] then
        desc[#desc + 1] = d
      end
    end
  end
  local count = type(a.count) == 'number' and a.count or nil
  local parts = {}
  if count then
    parts[#parts + 1] = tostring(count)
  end
  parts[#parts + 1] = 'anonymous'
  vim.list_extend(parts, desc)
  parts[#parts + 1] = count == 1 and 'source' or 'sources'
  return table.concat(parts, ' ')
end

--- The `anonymous` annotation at the position of mark `id`, if any.
function M.anonymous_at(buf, st, id)
  local pos = highlight.pos(buf, id)
  if not pos then
    return nil
  end
  for _, p in ipairs(highlight.entries_at(buf, st, pos.lnum, pos.col)) do
    local e = highlight.get(st, p)
    if e and e.kind == 'anonymous' then
      return e.ann
    end
  end
  return nil
end

--- Renders a source chain: "Reuters ← 3 anonymous Russian sources".
--- Returns the string and whether the innermost source is anonymous.
function M.render_source(buf, st, entry)
  local src = entry.ann.source
  if type(src) ~= 'table' then
    return nil, nil
  end
  local function one(span, role)
    if span.anonymous == true then
      local a = M.anonymous_at(buf, st, entry.roles[role])
      if a then
        return M.describe_anonymous(a)
      end
      return 'anonymous: ' .. (text(span) or '?')
    end
    return text(span) or '?'
  end
  local s = one(src, 'source')
  local anon = src.anonymous == true
  if type(src.via) == 'table' then
    s = s .. ' ← ' .. one(src.via, 'via')
    anon = src.via.anonymous == true
  end
  return s, anon
end

--- Lua API: the demands of `buf`, one table per item, in text order.
--- Positions are 0-based, end exclusive (like vim.diagnostic).
---@return table[]
function M.list(buf)
  local st
  st, buf = buffer.get(buf)
  local out = {}
  if not st then
    return out
  end
  for _, x in ipairs(highlight.all(buf, st)) do
    local e = x.entry
    if e.kind == 'demand' then
      local ann = e.ann
      local source, anonymous = M.render_source(buf, st, e)
      local base = {
        actor = text(ann.actor),
        canonical = type(ann.canonical) == 'string' and ann.canonical or text(ann.actor),
        source = source,
        anonymous = anonymous == true,
        condition = text(ann.condition),
        response = text(ann.response),
        weak = ann.weak == true,
      }
      local items = type(ann.items) == 'table' and ann.items or {}
      local any = false
      for i, it in ipairs(items) do
        local pos = highlight.pos(buf, e.roles.items and e.roles.items[i])
        if pos and not pos.invalid then
          any = true
          local d = vim.deepcopy(base)
          d.item = text(it)
          d.lnum, d.col, d.end_lnum, d.end_col = pos.lnum, pos.col, pos.end_lnum, pos.end_col
          d.bufnr = buf
          out[#out + 1] = d
        end
      end
      if not any and #items == 0 and not x.pos.invalid then
        local d = vim.deepcopy(base)
        d.item = ann.text
        d.lnum, d.col, d.end_lnum, d.end_col = x.pos.lnum, x.pos.col, x.pos.end_lnum, x.pos.end_col
        d.bufnr = buf
        out[#out + 1] = d
      end
    end
  end
  table.sort(out, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return out
end

--- "ACTOR: item  [via SOURCE]"
function M.format(d)
  local s = ('%s: %s'):format(d.canonical or d.actor or '?', (d.item or ''):gsub('%s+', ' '))
  if d.source then
    s = s .. '  [via ' .. d.source .. ']'
  end
  return s
end

local function qf_items(list)
  local items = {}
  for _, d in ipairs(list) do
    items[#items + 1] = {
      bufnr = d.bufnr,
      lnum = d.lnum + 1,
      col = d.col + 1,
      end_lnum = d.end_lnum + 1,
      end_col = d.end_col + 1,
      text = M.format(d),
      type = d.anonymous and 'W' or 'I',
    }
  end
  return items
end

local TITLE = 'claimlens demands'

--- `:Claimlens demands` (location list of the current window) and
--- `:Claimlens demands!` (quickfix, every attached buffer).
function M.open(all, ui)
  ui = ui or require('claimlens.config').options.demands_ui
  local list = {}
  if all then
    local bufs = vim.tbl_keys(buffer.states)
    table.sort(bufs)
    for _, b in ipairs(bufs) do
      vim.list_extend(list, M.list(b))
    end
  else
    local buf = api.nvim_get_current_buf()
    if not buffer.states[buf] then
      vim.notify('claimlens: not enabled in this buffer (:Claimlens enable)', vim.log.levels.WARN)
      return list
    end
    list = M.list(buf)
  end
  if ui == 'select' then
    vim.ui.select(list, {
      prompt = TITLE,
      format_item = M.format,
      kind = 'claimlens.demand',
    }, function(choice)
      if choice then
        if api.nvim_get_current_buf() ~= choice.bufnr then
          api.nvim_set_current_buf(choice.bufnr)
        end
        pcall(api.nvim_win_set_cursor, 0, { choice.lnum + 1, choice.col })
      end
    end)
    return list
  end
  if all then
    vim.fn.setqflist({}, ' ', { title = TITLE, items = qf_items(list) })
    vim.cmd('botright copen')
  else
    vim.fn.setloclist(0, {}, ' ', { title = TITLE, items = qf_items(list) })
    vim.cmd('lopen')
  end
  if #list == 0 then
    vim.notify('claimlens: no demands found', vim.log.levels.INFO)
  end
  return list
end

return M
