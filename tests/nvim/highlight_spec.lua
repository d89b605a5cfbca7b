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
  -- and exactly what the core finds for this text, each at its place
  H.same_as_core(buf)
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
  -- The shipped packs leave scare quotes off (rules/contested.json); a user
  -- pack turns them on. This also checks that a pack added by setup()
  -- reaches the core and that attached buffers are analysed again.
  local pack = vim.fn.tempname() .. '-scare.json'
  vim.fn.writefile({ vim.json.encode({ name = 'test-scare-quotes', version = '1', scare_quotes = true }) }, pack)
  local cl = require('claimlens')
  cl.setup({ packs = { pack } })
  local function weak_marks()
    local out = {}
    for _, a in ipairs(H.annotations(buf)) do
      if a.weak then
        out[#out + 1] = a
      end
    end
    return out
  end
  H.wait(function()
    return H.is_current(buf) and #weak_marks() > 0
  end, 'a weak annotation after setup({packs})')
  H.ok(vim.tbl_contains(require('claimlens.core').info.packs, 'test-scare-quotes'), 'pack named in hello')
  local weak = weak_marks()[1]
  H.ok(weak.text:find('temporary'), weak.text)
  local found = false
  for _, m in ipairs(H.extmarks(buf)) do
    if m[1] == weak.id then
      H.eq('ClaimlensWeak', m[4].hl_group)
      found = true
    end
  end
  H.ok(found)
  H.same_as_core(buf, 'marks with the pack = the core with the pack')
  -- without the pack again: the hint goes away
  cl.setup({})
  H.wait(function()
    return H.is_current(buf) and #weak_marks() == 0
  end, 'no weak annotation without the pack')
  H.same_as_core(buf)
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text unchanged')
end)

H.test('status() and counts()', function()
  local cl = require('claimlens')
  local c = cl.counts(buf)
  H.ok(c.anonymous >= 2 and c.claim >= 1 and c.contested >= 1 and c.demand >= 1, vim.inspect(c))
  local want = { claim = 0, anonymous = 0, contested = 0, demand = 0, weak = 0 }
  for _, a in ipairs(H.core_check(buf)) do
    local k = a.weak == true and 'weak' or a.kind
    want[k] = want[k] + 1
  end
  H.eq(want, c, 'counts = what the core finds')
  H.eq(('C:%d A:%d X:%d D:%d'):format(want.claim, want.anonymous, want.contested, want.demand), cl.status(buf))
  H.eq('', cl.status(api.nvim_create_buf(false, true)))
  -- pending while an analysis is on its way
  api.nvim_buf_set_lines(buf, -1, -1, true, { '' })
  H.ok(cl.status(buf):match(' ~$'), cl.status(buf))
  H.wait_current(buf)
  api.nvim_buf_set_lines(buf, -2, -1, true, {})
  H.wait_current(buf)
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text unchanged')
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
  -- the list is built from what the core returned: every claim source,
  -- relayed source and (non-weak) anonymous source, each once
  local want = {}
  local function add(span)
    if type(span) == 'table' and type(span.text) == 'string' then
      want[(span.text:lower():gsub('%s+', ' '))] = true
    end
  end
  for _, a in ipairs(H.core_check(buf)) do
    if a.kind == 'claim' or a.kind == 'demand' then
      add(a.source)
      add(type(a.source) == 'table' and a.source.via or nil)
    elseif a.kind == 'anonymous' and not a.weak then
      add(a)
    end
  end
  local got = {}
  for _, s in ipairs(list) do
    got[(s.text:lower():gsub('%s+', ' '))] = true
  end
  local w, g = vim.tbl_keys(want), vim.tbl_keys(got)
  table.sort(w)
  table.sort(g)
  H.eq(w, g, 'sources = those in the core result')
  vim.cmd('Claimlens sources')
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text unchanged')
end)

H.finish()
