-- A large buffer: results are applied in slices across main-loop ticks, and
-- an edit during the slices abandons the partial application (the next,
-- full, result replaces its marks).
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local cl = require('claimlens')
cl.setup({ slice = 50 })

local base = H.fixture_lines()
local lines = {}
local COPIES = 200
for _ = 1, COPIES do
  vim.list_extend(lines, base)
  lines[#lines + 1] = ''
end

H.test('a large buffer is annotated completely, in slices', function()
  local path = vim.fn.tempname() .. '-large.txt'
  vim.fn.writefile(lines, path)
  local ticks = 0
  local orig = vim.schedule
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = api.nvim_get_current_buf()
  vim.schedule = function(fn)
    ticks = ticks + 1
    return orig(fn)
  end
  H.wait_current(buf, 'a full result')
  vim.schedule = orig
  local one = 0
  -- the count of annotations in one copy, from a small buffer
  local small = H.open_fixture()
  H.wait_current(small)
  one = H.count(small)
  vim.cmd('buffer ' .. buf)
  H.eq(one * COPIES, H.count(buf), 'every copy annotated')
  H.ok(ticks > 5, 'applied over several ticks (' .. ticks .. ')')
  for i, a in ipairs(H.annotations(buf)) do
    if i % 97 == 0 then
      H.eq(a.text, a.marked, a.kind)
    end
  end
  H.eq(lines, H.text(buf), 'buffer text')
end)

H.test('an edit while slices are being applied', function()
  local buf = vim.fn.bufnr('-large.txt$')
  local st = H.state(buf)
  local stale0 = st.stale
  -- Edit from inside the slicing: the first time a slice is scheduled,
  -- change the buffer before that slice runs.
  local orig = vim.schedule
  local edited = false
  vim.schedule = function(fn)
    if not edited and H.state(buf) and H.state(buf).applying then
      edited = true
      vim.schedule = orig
      return orig(function()
        api.nvim_buf_set_lines(buf, 0, 0, true, { 'Top line.' })
        fn()
      end)
    end
    return orig(fn)
  end
  cl.refresh(buf)
  H.wait(function()
    return edited
  end, 'slicing in progress')
  vim.schedule = orig
  table.insert(lines, 1, 'Top line.')
  H.wait(function()
    return st.stale > stale0
  end, 'the partial application abandoned')
  H.wait_current(buf)
  local n = H.count(buf)
  H.ok(n > 0)
  for i, a in ipairs(H.annotations(buf)) do
    if i % 53 == 0 then
      H.eq(a.text, a.marked, a.kind)
    end
  end
  -- no duplicates left behind by the rolled-back application
  local seen = {}
  for _, a in ipairs(H.annotations(buf)) do
    local k = table.concat({ a.kind, a.lnum, a.col, a.end_lnum, a.end_col, tostring(a.weak) }, ':')
    H.eq(nil, seen[k], 'duplicate ' .. k)
    seen[k] = true
  end
  H.eq(lines, H.text(buf), 'buffer text')
end)

H.test('the whole buffer replaced by the same text: marks swept in slices, then back', function()
  local buf = vim.fn.bufnr('-large.txt$')
  cl.setup({ slice = 50, slice_ms = 0.05 }) -- a few lines per sweep step
  H.wait_current(buf)
  local text = H.text(buf)
  api.nvim_buf_set_lines(buf, 0, -1, true, text)
  H.same_as_core(buf, 'marks = a fresh analysis after the replacement')
  H.contains(require('claimlens.log').lines(), 'marks lost to an edit', 'the sweep found them')
  H.eq(text, H.text(buf), 'buffer text')
end)

H.finish()
