-- claimlens.diagnostic: optional mirror of the annotations into
-- vim.diagnostic (config `diagnostics = true`), in its own namespace.
local highlight = require('claimlens.highlight')

local M = {}

M.ns = vim.api.nvim_create_namespace('claimlens.diagnostic')

local function text(s)
  return type(s) == 'table' and type(s.text) == 'string' and s.text or nil
end

--- One-line summary of an annotation.
function M.message(ann)
  local k = ann.kind
  if k == 'claim' then
    local src = text(ann.source) or 'unknown source'
    if type(ann.source) == 'table' and text(ann.source.via) then
      src = src .. ' <- ' .. text(ann.source.via)
    end
    return 'claim by ' .. src
  elseif k == 'anonymous' then
    return 'anonymous source: ' .. (ann.text or '')
  elseif k == 'contested' then
    local why = type(ann.why) == 'string' and ann.why or (text(ann.marker) or 'disputed')
    return (ann.weak and 'scare quotes: ' or 'contested: ') .. why
  elseif k == 'demand' then
    local n = type(ann.items) == 'table' and #ann.items or 0
    return ('demand by %s: %d item%s'):format(
      (type(ann.canonical) == 'string' and ann.canonical) or text(ann.actor) or '?',
      n,
      n == 1 and '' or 's'
    )
  end
  return k
end

local SEV = {
  claim = vim.diagnostic.severity.HINT,
  anonymous = vim.diagnostic.severity.WARN,
  contested = vim.diagnostic.severity.WARN,
  demand = vim.diagnostic.severity.INFO,
}

function M.update(buf, st)
  local items = {}
  for _, x in ipairs(highlight.all(buf, st)) do
    local ann = x.entry.ann
    if not x.pos.invalid then
      items[#items + 1] = {
        lnum = x.pos.lnum,
        col = x.pos.col,
        end_lnum = x.pos.end_lnum,
        end_col = x.pos.end_col,
        severity = ann.weak and vim.diagnostic.severity.HINT or SEV[ann.kind] or vim.diagnostic.severity.HINT,
        source = 'claimlens',
        code = ann.kind,
        message = M.message(ann),
      }
    end
  end
  vim.diagnostic.set(M.ns, buf, items)
end

function M.clear(buf)
  if vim.api.nvim_buf_is_valid(buf) then
    vim.diagnostic.reset(M.ns, buf)
  end
end

return M
