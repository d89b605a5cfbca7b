-- Edits travel as `edit` notifications; results for an older changedtick
-- are dropped; marks follow the text.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local buf = H.open_fixture()
local expected = H.fixture_lines()
H.wait_current(buf)

local NEW = 'A senior port official, who spoke on condition of anonymity, said the talks would resume on Friday.'

H.test('marks move with an edit before any new result', function()
  local a = H.find(buf, 'anonymous', 'Two senior diplomats')
  H.ok(a, 'anonymous before')
  -- Insert a line above: the mark must move at once, without the core.
  api.nvim_buf_set_lines(buf, 0, 0, true, { 'Updated at noon.' })
  table.insert(expected, 1, 'Updated at noon.')
  local b = H.find(buf, 'anonymous', 'Two senior diplomats')
  H.eq(a.lnum + 1, b.lnum, 'moved down one line')
  H.eq(b.text, b.marked)
  H.wait_current(buf)
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('an edit that adds an anonymous source', function()
  local n = H.count(buf, 'anonymous')
  local row = #expected -- after the last line
  api.nvim_buf_set_lines(buf, row, row, true, { '', NEW })
  table.insert(expected, '')
  table.insert(expected, NEW)
  H.wait_current(buf)
  H.wait(function()
    return H.find(buf, 'anonymous', 'senior port official') ~= nil
  end, 'the new anonymous source')
  local a = H.find(buf, 'anonymous', 'senior port official')
  H.eq(row + 1, a.lnum, 'on the new line')
  H.eq(a.text, a.marked)
  H.eq(n + 1, H.count(buf, 'anonymous'), 'one more anonymous source')
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('an edit that removes it again', function()
  local n = H.count(buf, 'anonymous')
  local row = #expected - 2
  api.nvim_buf_set_lines(buf, row, row + 2, true, {})
  table.remove(expected)
  table.remove(expected)
  H.wait_current(buf)
  H.eq(nil, H.find(buf, 'anonymous', 'senior port official'), 'gone')
  H.eq(n - 1, H.count(buf, 'anonymous'))
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('a result for an older changedtick is dropped', function()
  local st = H.state(buf)
  local stale0 = st.stale
  local core = require('claimlens.core')
  -- A real result of the core for tick T, taken as a request so that it is
  -- not applied; then the buffer changes (tick T+1) and the result arrives.
  local tick = api.nvim_buf_get_changedtick(buf)
  local res = core.request('analyse', buf, tick, -1)
  H.eq(tick, res.tick)
  H.ok(#res.ranges > 0)
  local row = H.pos_of(buf, 'Two senior diplomats')
  api.nvim_buf_set_text(buf, row, 0, row, #'Two senior diplomats', { 'Ministers' })
  expected[row + 1] = api.nvim_buf_get_lines(buf, row, row + 1, true)[1]
  local before = H.annotations(buf)
  core._on_push('result', res)
  H.eq(stale0 + 1, st.stale, 'dropped')
  H.eq(before, H.annotations(buf), 'marks untouched by the stale result')
  H.wait_current(buf)
  H.eq(nil, H.find(buf, 'anonymous', 'senior diplomats'), 'no anonymous diplomats any more')
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind)
  end
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('typing in insert mode (many edits, debounced analyse)', function()
  local st = H.state(buf)
  local req0 = st.requests
  local line = 'Three unnamed officials said the port would reopen.'
  api.nvim_win_set_cursor(0, { 1, 0 })
  vim.o.undolevels = vim.o.undolevels -- close the undo block
  vim.cmd('normal! Go' .. line)
  table.insert(expected, line)
  H.eq(expected, H.text(buf), 'typed')
  H.wait_current(buf)
  H.ok(st.requests - req0 <= 3, 'debounced: ' .. (st.requests - req0) .. ' analyse requests')
  H.ok(H.find(buf, 'anonymous', 'Three unnamed officials'), 'found after typing')
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('undo brings the old annotations back', function()
  vim.cmd('silent undo')
  table.remove(expected)
  H.eq(expected, H.text(buf), 'undone')
  H.wait_current(buf)
  H.eq(nil, H.find(buf, 'anonymous', 'Three unnamed officials'))
  H.ok(H.find(buf, 'anonymous', 'two unnamed officials'))
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind)
  end
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('whole-buffer replacement', function()
  local lines = H.fixture_lines()
  api.nvim_buf_set_lines(buf, 0, -1, true, lines)
  expected = lines
  H.wait_current(buf)
  H.ok(H.find(buf, 'anonymous', 'Two senior diplomats'))
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind)
  end
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('write bumps the tick without a text change; results still apply', function()
  vim.cmd('silent write')
  H.wait_current(buf)
  H.same_as_core(buf)
  H.eq(expected, H.text(buf), 'buffer text')
  H.eq(expected, vim.fn.readfile(api.nvim_buf_get_name(buf)), 'file written by the test itself')
end)

H.finish()
