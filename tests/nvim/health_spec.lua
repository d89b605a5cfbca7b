-- :checkhealth claimlens
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()

local function report()
  vim.cmd('checkhealth claimlens')
  local lines = api.nvim_buf_get_lines(0, 0, -1, true)
  vim.cmd('bwipeout!')
  return lines
end

H.test('healthy: version, binary, hello, ping', function()
  local lines = report()
  H.contains(lines, 'OK.*Neovim %d+%.%d+')
  H.contains(lines, 'OK.*found .*claimlens')
  H.contains(lines, 'OK.*version .* matches the Lua side')
  H.contains(lines, 'OK.*hello: claimlens')
  H.contains(lines, 'OK.*core answers ping')
  H.contains(lines, 'OK.*no errors in rule packs or notes files')
  -- the runner's private XDG_CACHE_HOME, made by the core's first start
  H.contains(lines, 'OK.*compiled rule patterns kept in .*/claimlens')
  for _, l in ipairs(lines) do
    H.ok(not l:find('ERROR'), l)
  end
end)

H.test('a bad rule pack and a bad notes file are reported', function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  vim.fn.writefile({ 'this is not a rule pack {' }, dir .. '/bad.pack')
  vim.fn.writefile({ '{"notes": [' }, dir .. '/notes.json')
  require('claimlens').setup({ packs = { dir .. '/bad.pack' }, notes = { dir .. '/notes.json' } })
  require('claimlens').restart()
  H.wait(H.core_ready, 'core ready')
  local lines = report()
  H.contains(lines, 'ERROR.*bad%.pack')
  H.contains(lines, 'ERROR.*notes%.json')
  require('claimlens').setup({})
  require('claimlens').restart()
  H.wait(H.core_ready, 'core ready')
end)

H.test('cache = false: the core is told, the report says so', function()
  require('claimlens').setup({ cache = false })
  local lines = report()
  H.contains(lines, 'off: the core compiles its rule patterns at every start')
  require('claimlens').setup({})
end)

H.test('missing binary', function()
  require('claimlens.core').stop()
  require('claimlens').setup({ binary = '/nonexistent/claimlens' })
  local lines = report()
  H.contains(lines, 'ERROR.*not found.*/nonexistent/claimlens')
  require('claimlens').setup({})
end)

H.test('buffer text untouched by the health check', function()
  local buf = H.open_fixture()
  H.wait_current(buf)
  local lines = report()
  H.contains(lines, 'buffer ' .. buf)
  H.eq(buf, api.nvim_get_current_buf())
  H.eq(H.fixture_lines(), H.text(buf))
end)

H.finish()
