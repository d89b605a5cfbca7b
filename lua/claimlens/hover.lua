-- claimlens.hover: a float explaining the annotations under the cursor.
local buffer = require('claimlens.buffer')
local highlight = require('claimlens.highlight')
local demands = require('claimlens.demands')

local M = {}

local api = vim.api

local function text(s)
  return type(s) == 'table' and type(s.text) == 'string' and s.text or nil
end

local function oneline(s)
  return (tostring(s):gsub('%s+', ' '))
end

local function line_of(buf, id)
  local pos = highlight.pos(buf, id)
  return pos and (pos.lnum + 1) or nil
end

-- Details of an anonymous source: "3; senior, Russian; reason: ...".
local function anon_details(buf, a)
  local parts = {}
  if type(a.count) == 'number' then
    parts[#parts + 1] = 'count ' .. a.count
  end
  if type(a.descriptors) == 'table' and #a.descriptors > 0 then
    parts[#parts + 1] = table.concat(vim.tbl_map(tostring, a.descriptors), ', ')
  end
  if text(a.reason) then
    parts[#parts + 1] = 'reason: ' .. oneline(a.reason.text)
  end
  return table.concat(parts, '; ')
end

local function source_lines(buf, st, entry, out)
  local src = entry.ann.source
  if type(src) ~= 'table' then
    out[#out + 1] = '  source: (not found)'
    return
  end
  local function one(label, span, role)
    local kind = span.anonymous == true and 'anonymous' or 'named'
    local s = ('  %s: %s (%s'):format(label, oneline(text(span) or '?'), kind)
    if span.anonymous == true then
      local a = demands.anonymous_at(buf, st, entry.roles[role])
      if a then
        local d = anon_details(buf, a)
        if d ~= '' then
          s = s .. '; ' .. d
        end
      end
    end
    out[#out + 1] = s .. ')'
    if text(span.refers_to) then
      out[#out + 1] = '    refers to: ' .. oneline(span.refers_to.text)
    end
  end
  one('source', src, 'source')
  if type(src.via) == 'table' then
    one('citing', src.via, 'via')
  end
end

local function entry_lines(buf, st, entry, out)
  local ann = entry.ann
  local k = ann.kind
  if ann.weak == true then
    out[#out + 1] = ('Weak signal (%s): %s'):format(k, oneline(ann.text or ''))
  end
  if k == 'claim' then
    if ann.weak ~= true then
      out[#out + 1] = 'Claim'
    end
    source_lines(buf, st, entry, out)
    if text(ann.cue) then
      out[#out + 1] = '  cue: ' .. oneline(ann.cue.text)
    end
    if text(ann.content) then
      out[#out + 1] = '  content: ' .. oneline(ann.content.text)
    end
  elseif k == 'anonymous' then
    if ann.weak ~= true then
      out[#out + 1] = 'Anonymous source: ' .. oneline(ann.text or '')
    end
    out[#out + 1] = '  count: ' .. (type(ann.count) == 'number' and tostring(ann.count) or 'unknown')
    if type(ann.descriptors) == 'table' and #ann.descriptors > 0 then
      out[#out + 1] = '  descriptors: ' .. table.concat(vim.tbl_map(tostring, ann.descriptors), ', ')
    end
    if text(ann.reason) then
      out[#out + 1] = '  reason: ' .. oneline(ann.reason.text)
    else
      out[#out + 1] = '  reason for anonymity: not given'
    end
  elseif k == 'contested' then
    if ann.weak ~= true then
      out[#out + 1] = 'Contested: ' .. oneline(ann.text or '')
    end
    if text(ann.marker) then
      out[#out + 1] = '  marker: ' .. oneline(ann.marker.text)
    end
    if type(ann.why) == 'string' then
      out[#out + 1] = '  why: ' .. ann.why
    end
    if text(ann.rebuttal) then
      local l = line_of(buf, entry.roles.rebuttal)
      out[#out + 1] = ('  rebuttal%s: %s'):format(l and (' (line ' .. l .. ')') or '', oneline(ann.rebuttal.text))
    end
  elseif k == 'demand' then
    if ann.weak ~= true then
      local actor = text(ann.actor) or '?'
      local canon = type(ann.canonical) == 'string' and ann.canonical or nil
      out[#out + 1] = ('Demand by %s%s'):format(
        oneline(actor),
        (canon and canon ~= actor) and (' (' .. canon .. ')') or ''
      )
    end
    if text(ann.cue) then
      out[#out + 1] = '  cue: ' .. oneline(ann.cue.text)
    end
    local items = type(ann.items) == 'table' and ann.items or {}
    if #items > 0 then
      out[#out + 1] = '  items:'
      for i, it in ipairs(items) do
        local l = line_of(buf, entry.roles.items and entry.roles.items[i])
        out[#out + 1] = ('    %d. %s%s'):format(i, oneline(text(it) or '?'), l and (' (line ' .. l .. ')') or '')
      end
    end
    if text(ann.condition) then
      out[#out + 1] = '  condition: ' .. oneline(ann.condition.text)
    end
    if text(ann.response) then
      local l = line_of(buf, entry.roles.response)
      out[#out + 1] = ('  response%s: %s'):format(l and (' (line ' .. l .. ')') or '', oneline(ann.response.text))
    end
    local s = demands.render_source(buf, st, entry)
    if s then
      out[#out + 1] = '  via: ' .. s
    end
  end
  if type(ann.notes) == 'table' then
    for _, n in ipairs(ann.notes) do
      if type(n) == 'table' then
        out[#out + 1] = ('  note%s: %s'):format(
          type(n.term) == 'string' and (' [' .. n.term .. ']') or '',
          oneline(type(n.text) == 'string' and n.text or '')
        )
      end
    end
  end
end

--- Lua API: the hover lines for (row, col), 0-based; {} when nothing is there.
---@return string[]
function M.lines_at(buf, row, col)
  local st
  st, buf = buffer.get(buf)
  if not st then
    return {}
  end
  local out = {}
  for _, id in ipairs(highlight.entries_at(buf, st, row, col)) do
    local e = highlight.get(st, id)
    if e then
      if #out > 0 then
        out[#out + 1] = ''
      end
      entry_lines(buf, st, e, out)
    end
  end
  return out
end

local float = { win = nil, au = nil }

function M.close()
  if float.au then
    pcall(api.nvim_del_autocmd, float.au)
    float.au = nil
  end
  if float.win and api.nvim_win_is_valid(float.win) then
    pcall(api.nvim_win_close, float.win, true)
  end
  float.win = nil
end

--- `:Claimlens hover`: open the float (not focused; closes on cursor move).
function M.open()
  M.close()
  local buf = api.nvim_get_current_buf()
  if not buffer.states[buf] then
    vim.notify('claimlens: not enabled in this buffer (:Claimlens enable)', vim.log.levels.INFO)
    return nil
  end
  local cur = api.nvim_win_get_cursor(0)
  local lines = M.lines_at(buf, cur[1] - 1, cur[2])
  if #lines == 0 then
    vim.notify('claimlens: nothing here', vim.log.levels.INFO)
    return nil
  end
  local width = 0
  for _, l in ipairs(lines) do
    width = math.max(width, vim.fn.strdisplaywidth(l))
  end
  local maxw = math.max(20, math.min(100, vim.o.columns - 4))
  width = math.min(width, maxw)
  local height = 0
  for _, l in ipairs(lines) do
    height = height + math.max(1, math.ceil(vim.fn.strdisplaywidth(l) / width))
  end
  height = math.max(1, math.min(height, math.max(1, vim.o.lines - 4)))
  local fbuf = api.nvim_create_buf(false, true)
  api.nvim_buf_set_lines(fbuf, 0, -1, false, lines)
  vim.bo[fbuf].modifiable = false
  vim.bo[fbuf].bufhidden = 'wipe'
  local win = api.nvim_open_win(fbuf, false, {
    relative = 'cursor',
    row = 1,
    col = 0,
    width = width,
    height = height,
    style = 'minimal',
    border = 'rounded',
    focusable = false,
    noautocmd = true,
  })
  vim.wo[win].wrap = true
  vim.wo[win].linebreak = true
  float.win = win
  local src_win = api.nvim_get_current_win()
  float.au = api.nvim_create_autocmd({ 'CursorMoved', 'CursorMovedI', 'InsertEnter', 'BufLeave', 'WinLeave' }, {
    callback = function(ev)
      if ev.event == 'CursorMoved' or ev.event == 'CursorMovedI' then
        if api.nvim_get_current_win() == src_win then
          local now = api.nvim_win_get_cursor(src_win)
          if now[1] == cur[1] and now[2] == cur[2] then
            return -- not moved (e.g. the event fired for opening the float)
          end
        end
      end
      M.close()
      return true
    end,
  })
  return win, lines
end

function M.win()
  return float.win
end

return M
