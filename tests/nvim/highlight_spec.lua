-- Opening an article: the core is started lazily, the buffer is sent, results
-- come back asynchronously and become extmarks in one namespace.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()

H.test('nothing heavy at startup: only plugin/ ran', function()
  H.eq(2, vim.fn.exists(':Claimlens'), ':Claimlens defined')
  H.eq(nil, package.loaded['claimlens.core'], 'core module not loaded yet')
  H.eq(nil, package.loaded['claimlens'], 'claimlens not loaded yet')
  H.ok(vim.fn.maparg('<Plug>(claimlens-hover)', 'n') ~= '' or vim.fn.hasmapto('<Plug>(claimlens-hover)') == 0)
  H.eq('', vim.fn.maparg('K', 'n'), 'K is not mapped')
end)

local buf
H.test('text buffer: core starts, hello checked, marks placed', function()
  buf = H.open_fixture()
  local before = H.text(buf)
  H.eq('text', vim.bo[buf].filetype)
  H.ok(H.state(buf), 'buffer attached')
  H.wait_current(buf)
  local core = require('claimlens.core')
  H.eq('ready', core.state)
  H.eq(1, core.info.protocol)
  H.eq('claimlens', core.info.name)
  H.ok(H.count(buf) > 0, 'some annotations')
  H.eq(before, H.text(buf), 'buffer text unchanged')
  H.eq(H.fixture_lines(), H.text(buf), 'buffer is the fixture')
end)

H.test('every annotation sits exactly on its text', function()
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind .. ' at ' .. a.lnum .. ':' .. a.col)
  end
end)

H.test('kinds, positions and text', function()
  local anon = H.find(buf, 'anonymous', 'two unnamed officials')
  H.ok(anon, 'anonymous: two unnamed officials')
  local row, col = H.pos_of(buf, 'two unnamed officials')
  H.eq(row, anon.lnum)
  H.eq(col, anon.col)
  H.ok(H.find(buf, 'anonymous', 'Two senior diplomats'), 'anonymous: two senior diplomats')
  local claim = H.find(buf, 'claim', 'Mayor Lena Ortiz')
    or H.find(buf, 'claim', 'We will not sign')
  H.ok(claim, 'claim by Mayor Lena Ortiz')
  H.ok(claim.ann.source and claim.ann.source.text:find('Ortiz'), 'its source is Ortiz')
  H.ok(claim.ann.source.anonymous ~= true, 'named')
  local contested = H.find(buf, 'contested', 'has claimed')
  H.ok(contested, 'contested: has claimed')
  H.ok(H.find(buf, 'demand'), 'a demand')
end)

H.test('one namespace, explicit priorities, claimlens groups', function()
  local groups = {}
  local marks = H.extmarks(buf)
  H.ok(#marks > 0)
  for _, m in ipairs(marks) do
    local d = m[4]
    if d.hl_group then
      groups[d.hl_group] = true
      H.ok(d.hl_group:match('^Claimlens'), d.hl_group)
      H.ok(d.priority and d.priority >= 200, 'priority set: ' .. tostring(d.priority))
    end
  end
  H.ok(groups.ClaimlensClaim, 'ClaimlensClaim used')
  H.ok(groups.ClaimlensAnonymous, 'ClaimlensAnonymous used')
  H.ok(groups.ClaimlensSource, 'ClaimlensSource used')
  H.ok(groups.ClaimlensContested, 'ClaimlensContested used')
  H.ok(groups.ClaimlensDemand, 'ClaimlensDemand used')
  local all = api.nvim_buf_get_extmarks(buf, -1, 0, -1, {})
  H.eq(#marks, #all, 'no marks in other namespaces')
end)

H.test('highlight groups are default and come back after :colorscheme', function()
  for _, g in ipairs({ 'ClaimlensClaim', 'ClaimlensSource', 'ClaimlensAnonymous', 'ClaimlensContested', 'ClaimlensDemand', 'ClaimlensWeak' }) do
    H.ok(next(api.nvim_get_hl(0, { name = g })) ~= nil, g .. ' defined')
  end
  -- A user definition wins over the default.
  vim.cmd('hi ClaimlensClaim guifg=#ff0000')
  require('claimlens.highlight').define_groups()
  H.eq(0xff0000, api.nvim_get_hl(0, { name = 'ClaimlensClaim' }).fg)
  -- what a colorscheme does: clear, then define its groups
  vim.cmd('hi clear')
  vim.cmd('doautocmd ColorScheme')
  H.ok(next(api.nvim_get_hl(0, { name = 'ClaimlensAnonymous' })) ~= nil, 're-applied on ColorScheme')
end)

H.test('weak signal (scare quotes) uses ClaimlensWeak', function()
  local weak
  for _, a in ipairs(H.annotations(buf)) do
    if a.weak then
      weak = a
    end
  end
  H.ok(weak, 'a weak annotation')
  H.ok(weak.text:find('temporary'), weak.text)
  local found = false
  for _, m in ipairs(H.extmarks(buf)) do
    if m[1] == weak.id then
      H.eq('ClaimlensWeak', m[4].hl_group)
      found = true
    end
  end
  H.ok(found)
end)

H.test('status() and counts()', function()
  local cl = require('claimlens')
  local c = cl.counts(buf)
  H.ok(c.anonymous >= 2 and c.claim >= 1 and c.contested >= 1 and c.demand >= 1, vim.inspect(c))
  H.ok(cl.status(buf):match('^C:%d+ A:%d+ X:%d+ D:%d+$'), cl.status(buf))
  H.eq('', cl.status(api.nvim_create_buf(false, true)))
end)

H.test(':Claimlens status and log', function()
  vim.cmd('Claimlens status')
  vim.cmd('Claimlens log')
  local lines = H.text(0)
  H.contains(lines, 'core ready: claimlens')
  H.contains(lines, 'attached buffer')
  vim.cmd('close')
  H.eq(buf, api.nvim_get_current_buf())
end)

H.test('completion of :Claimlens', function()
  local c = vim.fn.getcompletion('Claimlens ', 'cmdline')
  for _, n in ipairs({ 'enable', 'disable', 'toggle', 'refresh', 'sources', 'restart', 'log', 'demands', 'hover', 'status' }) do
    H.ok(vim.tbl_contains(c, n), n)
  end
  H.eq({ 'demands', 'disable' }, (function()
    local r = vim.fn.getcompletion('Claimlens d', 'cmdline')
    table.sort(r)
    return r
  end)())
end)

H.test('sources: named and anonymous with claim counts', function()
  local list = require('claimlens').sources(buf)
  local named, anon = 0, 0
  for _, s in ipairs(list) do
    if s.anonymous then anon = anon + 1 else named = named + 1 end
  end
  H.ok(named >= 1 and anon >= 2, vim.inspect(list))
  local ortiz
  for _, s in ipairs(list) do
    if s.text:find('Ortiz') then ortiz = s end
  end
  H.ok(ortiz and ortiz.claims >= 1 and not ortiz.anonymous, vim.inspect(ortiz))
  vim.cmd('Claimlens sources')
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text unchanged')
end)

H.finish()
