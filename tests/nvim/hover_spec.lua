-- Hover: the float explaining the span under the cursor, and notes_at().
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local buf = H.open_fixture()
local expected = H.fixture_lines()
H.wait_current(buf)
local cl = require('claimlens')

-- Each hover test takes the annotation the core itself finds at that
-- position (the `check` request on the same text) and requires the float to
-- show its fields; the fixture is chosen so that the core does find them.
local function one(s)
  return (s:gsub('%s+', ' '))
end

H.test('notes_at on an anonymous source: count, descriptors, reason', function()
  local row, col = H.pos_of(buf, 'Two senior diplomats')
  local a = H.core_at(buf, 'anonymous', row, col + 4)
  H.ok(a, 'the core finds an anonymous source at "Two senior diplomats"')
  H.ok(type(a.count) == 'number' and #a.descriptors > 0 and type(a.reason) == 'table', vim.inspect(a))
  local lines = cl.notes_at(buf, row, col + 4)
  H.contains(lines, '^Anonymous source: ' .. vim.pesc(one(a.text)) .. '$')
  H.contains(lines, '^  count: ' .. a.count .. '$')
  H.contains(lines, '^  descriptors: ' .. vim.pesc(table.concat(a.descriptors, ', ')) .. '$')
  H.contains(lines, '^  reason: ' .. vim.pesc(one(a.reason.text)) .. '$')
  H.contains(lines, 'reason: .*confidential')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('notes_at on a claim: source, chain, content', function()
  local row, col = H.pos_of(buf, 'Mayor Lena Ortiz')
  local c = H.core_at(buf, 'claim', row, col)
  H.ok(c and c.source and c.content, 'the core finds the claim with source and content')
  local lines = cl.notes_at(buf, row, col)
  H.contains(lines, '^Claim$')
  H.contains(lines, '^  source: ' .. vim.pesc(one(c.source.text)) .. ' %(named%)$')
  H.contains(lines, '^  cue: ' .. vim.pesc(one(c.cue.text)) .. '$')
  H.contains(lines, '^  content: ' .. vim.pesc(one(c.content.text)) .. '$')
  H.contains(lines, 'source: Mayor Lena Ortiz %(named')
  H.contains(lines, 'content: .*fleet at anchor')
  -- a chained claim: the Herald citing anonymous officials
  row, col = H.pos_of(buf, 'Northern Herald')
  lines = cl.notes_at(buf, row, col)
  local chained
  for _, x in ipairs(H.core_check(buf)) do
    if x.kind == 'claim' and x.source and x.source.via then
      chained = x
    end
  end
  H.ok(chained, 'the core finds the chain')
  H.contains(lines, '  source: ' .. vim.pesc(one(chained.source.text)) .. ' %(named%)')
  H.contains(lines, '  citing: ' .. vim.pesc(one(chained.source.via.text)) .. ' %(anonymous; count 2')
  H.contains(lines, 'Northern Herald %(named')
  H.contains(lines, 'citing: two unnamed officials.*%(anonymous; count 2')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('notes_at on a contested statement: marker, why, rebuttal with line', function()
  local row, col = H.pos_of(buf, 'has claimed')
  local x = H.core_at(buf, 'contested', row, col)
  H.ok(x and x.marker and x.rebuttal, 'the core finds the statement and its rebuttal: ' .. vim.inspect(x))
  local lines = cl.notes_at(buf, row, col)
  H.contains(lines, '^Contested: ' .. vim.pesc(one(x.text)) .. '$')
  H.contains(lines, '^  marker: ' .. vim.pesc(one(x.marker.text)) .. '$')
  H.contains(lines, '^  why: ' .. vim.pesc(x.why) .. '$')
  H.contains(lines, '^  rebuttal %(line ' .. (x.rebuttal.lnum + 1) .. '%): ' .. vim.pesc(one(x.rebuttal.text)) .. '$')
  local rrow = H.pos_of(buf, 'Customs records')
  H.contains(lines, 'rebuttal %(line ' .. (rrow + 1) .. '%): Customs records')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('notes_at on a demand item: actor, all items, source', function()
  local row, col = H.pos_of(buf, 'written guarantee')
  local d = H.core_at(buf, 'demand', row, col)
  H.ok(d and d.actor and #d.items >= 2, 'the core finds the demand: ' .. vim.inspect(d))
  local lines = cl.notes_at(buf, row, col)
  local canon = d.canonical and d.canonical ~= d.actor.text and (' %(' .. vim.pesc(d.canonical) .. '%)') or ''
  H.contains(lines, '^Demand by ' .. vim.pesc(one(d.actor.text)) .. canon .. '$')
  H.contains(lines, '^  cue: ' .. vim.pesc(one(d.cue.text)) .. '$')
  for i, it in ipairs(d.items) do
    H.contains(lines, ('^    %d%%. %s %%(line %d%%)$'):format(i, vim.pesc(one(it.text)), it.lnum + 1))
  end
  H.contains(lines, '1%. a written guarantee')
  H.contains(lines, '2%. .*impounded fishing boats')
  H.contains(lines, 'via: .*Northern Herald ← 2 anonymous')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('notes_at where nothing is annotated', function()
  for _, k in ipairs({ 'claim', 'anonymous', 'contested', 'demand' }) do
    H.eq(nil, H.core_at(buf, k, 0, 0), 'the core finds no ' .. k .. ' in the headline')
  end
  H.eq({}, cl.notes_at(buf, 0, 0))
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test(':Claimlens hover opens an unfocused float that closes on cursor move', function()
  local row, col = H.pos_of(buf, 'Two senior diplomats')
  local win = api.nvim_get_current_win()
  api.nvim_win_set_cursor(win, { row + 1, col + 2 })
  vim.cmd('Claimlens hover')
  local fwin = require('claimlens.hover').win()
  H.ok(fwin and api.nvim_win_is_valid(fwin), 'float open')
  H.eq(win, api.nvim_get_current_win(), 'focus stays')
  H.ok(api.nvim_win_get_config(fwin).relative ~= '', 'floating')
  local flines = api.nvim_buf_get_lines(api.nvim_win_get_buf(fwin), 0, -1, true)
  H.eq(cl.notes_at(buf, row, col + 2), flines)
  H.settle(100)
  H.ok(api.nvim_win_is_valid(fwin), 'still open while the cursor stays')
  api.nvim_win_set_cursor(win, { 1, 0 })
  vim.api.nvim_exec_autocmds('CursorMoved', {})
  H.wait(function()
    return not api.nvim_win_is_valid(fwin)
  end, 'the float to close')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('<Plug>(claimlens-hover) and hover_key (K never taken by default)', function()
  H.eq('', vim.fn.maparg('K', 'n'), 'no K mapping')
  H.ok(vim.fn.maparg('<Plug>(claimlens-hover)', 'n') ~= '' or #api.nvim_get_keymap('n') > 0)
  local row, col = H.pos_of(buf, 'has claimed')
  api.nvim_win_set_cursor(0, { row + 1, col })
  api.nvim_feedkeys(api.nvim_replace_termcodes('<Plug>(claimlens-hover)', true, true, true), 'x', false)
  local fwin = require('claimlens.hover').win()
  H.ok(fwin and api.nvim_win_is_valid(fwin), 'float open via <Plug>')
  require('claimlens.hover').close()
  -- opt-in buffer-local key, applied to newly attached buffers
  cl.setup({ hover_key = 'gh' })
  local buf2 = H.open_fixture()
  H.wait_current(buf2)
  local m = vim.fn.maparg('gh', 'n', false, true)
  H.eq(1, m.buffer, 'buffer-local gh')
  H.eq('', vim.fn.maparg('K', 'n'), 'K still free')
  row, col = H.pos_of(buf2, 'has claimed')
  api.nvim_win_set_cursor(0, { row + 1, col })
  api.nvim_feedkeys('gh', 'x', false)
  fwin = require('claimlens.hover').win()
  H.ok(fwin and api.nvim_win_is_valid(fwin), 'float open via gh')
  require('claimlens.hover').close()
  H.eq(H.fixture_lines(), H.text(buf2), 'buffer 2 text')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.finish()
