-- claimlens.diagnostic: optional mirror of the annotations into
-- vim.diagnostic (config `diagnostics = true`), in its own namespace.
local highlight = require('claimlens.highlight')
local slice = require('claimlens.slice')

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

local uv = vim.uv or vim.loop

local function item(ann, m)
  local d = m[4] or {}
  return {
    lnum = m[2],
    col = m[3],
    end_lnum = d.end_row or m[2],
    end_col = d.end_col or m[3],
    severity = ann.weak and vim.diagnostic.severity.HINT or SEV[ann.kind] or vim.diagnostic.severity.HINT,
    source = 'claimlens',
    code = ann.kind,
    message = M.message(ann),
  }
end

-- Collects the items a slice of lines at a time (at most slice_ms per
-- main-loop step: a 10 MB buffer has 200 000 marks), then sets them at once.
local function collect(buf, st, job)
  if st.diag_job ~= job or not vim.api.nvim_buf_is_valid(buf) then
    return
  end
  local config = require('claimlens.config')
  local budget = config.options.slice_ms * 1e6
  local t0 = uv.hrtime()
  local total = vim.api.nvim_buf_line_count(buf)
  while job.row < total do
    if uv.hrtime() - t0 >= budget then
      vim.schedule(function()
        collect(buf, st, job)
      end)
      return
    end
    local t = uv.hrtime()
    local last = math.min(job.row + job.n, total)
    local marks = vim.api.nvim_buf_get_extmarks(buf, highlight.ns, { job.row, 0 }, { last - 1, -1 }, { details = true })
    for _, m in ipairs(marks) do
      local e = highlight.get(st, m[1]) -- primary marks only
      if e and not (m[4] and m[4].invalid) then
        job.items[#job.items + 1] = item(e.ann, m)
      end
    end
    job.row = last
    job.n = slice.next_size(job.n, uv.hrtime() - t, budget, 4)
  end
  st.diag_job = nil
  if config.options.diagnostics and st.diagnostics then
    vim.diagnostic.set(M.ns, buf, job.items)
  end
end

--- Mirrors the buffer's annotations (after a result was applied).
function M.update(buf, st)
  local job = { items = {}, row = 0, n = 256 }
  st.diag_job = job
  collect(buf, st, job)
end

function M.clear(buf, st)
  if st then
    st.diag_job = nil
  end
  if vim.api.nvim_buf_is_valid(buf) then
    vim.diagnostic.reset(M.ns, buf)
  end
end

return M
