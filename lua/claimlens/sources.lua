-- claimlens.sources: every source in a buffer with its claim counts.
local buffer = require('claimlens.buffer')
local highlight = require('claimlens.highlight')

local M = {}

local function key(s)
  return (s:lower():gsub('%s+', ' '))
end

--- Lua API: list of {text, anonymous, claims, relayed, demands, lnum, col},
--- most-cited first. `claims` counts the claims credited to the source
--- directly, `relayed` those it is cited for by another source (chains).
function M.list(buf)
  local st
  st, buf = buffer.get(buf)
  local out, by = {}, {}
  if not st then
    return out
  end
  local function get(span, anonymous, pos)
    if type(span) ~= 'table' or type(span.text) ~= 'string' then
      return nil
    end
    local k = key(span.text)
    local s = by[k]
    if not s then
      s = { text = span.text:gsub('%s+', ' '), anonymous = anonymous == true, claims = 0, relayed = 0, demands = 0 }
      if pos then
        s.lnum, s.col = pos.lnum, pos.col
      end
      by[k] = s
      out[#out + 1] = s
    end
    return s
  end
  for _, x in ipairs(highlight.all(buf, st)) do
    local ann = x.entry.ann
    local src = ann.source
    if (ann.kind == 'claim' or ann.kind == 'demand') and type(src) == 'table' then
      local s = get(src, src.anonymous, highlight.pos(buf, x.entry.roles.source) or x.pos)
      local field = ann.kind == 'claim' and 'claims' or 'demands'
      if s then
        s[field] = s[field] + 1
      end
      if type(src.via) == 'table' then
        local v = get(src.via, src.via.anonymous, highlight.pos(buf, x.entry.roles.via) or x.pos)
        if v then
          if ann.kind == 'claim' then
            v.relayed = v.relayed + 1
          else
            v.demands = v.demands + 1
          end
        end
      end
    elseif ann.kind == 'anonymous' and ann.weak ~= true then
      get(ann, true, x.pos)
    end
  end
  table.sort(out, function(a, b)
    local ta, tb = a.claims + a.relayed, b.claims + b.relayed
    if ta ~= tb then
      return ta > tb
    end
    return (a.lnum or 0) < (b.lnum or 0)
  end)
  return out
end

--- `:Claimlens sources`: print the list.
function M.show(buf)
  local st
  st, buf = buffer.get(buf)
  if not st then
    vim.notify('claimlens: not enabled in this buffer (:Claimlens enable)', vim.log.levels.INFO)
    return {}
  end
  local list = M.list(buf)
  local named, anon = 0, 0
  for _, s in ipairs(list) do
    if s.anonymous then
      anon = anon + 1
    else
      named = named + 1
    end
  end
  local chunks = {
    { ('claimlens sources: %d named, %d anonymous\n'):format(named, anon), 'Title' },
  }
  for _, s in ipairs(list) do
    local counts = ('%d claim%s'):format(s.claims, s.claims == 1 and '' or 's')
    if s.relayed > 0 then
      counts = counts .. (', %d relayed'):format(s.relayed)
    end
    if s.demands > 0 then
      counts = counts .. (', %d demand%s'):format(s.demands, s.demands == 1 and '' or 's')
    end
    chunks[#chunks + 1] = { s.anonymous and 'anonymous ' or 'named     ', s.anonymous and 'ClaimlensAnonymous' or 'ClaimlensSource' }
    chunks[#chunks + 1] = { ('%-40s %s  (line %d)\n'):format(s.text, counts, (s.lnum or 0) + 1) }
  end
  if #list == 0 then
    chunks[#chunks + 1] = { '(no sources found)\n' }
  end
  vim.api.nvim_echo(chunks, true, {})
  return list
end

return M
