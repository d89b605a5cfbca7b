-- A buffer opened before the plugin was loaded is attached when it loads.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')

local buf = H.open_fixture()
H.test('buffer opened before plugin/ ran', function()
  H.eq('text', vim.bo[buf].filetype)
  H.eq(nil, package.loaded['claimlens'])
  H.load_plugin()
  H.ok(package.loaded['claimlens'], 'loaded for the text buffer')
  H.wait_current(buf)
  H.ok(H.find(buf, 'anonymous', 'two unnamed officials'))
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text')
end)

H.finish()
