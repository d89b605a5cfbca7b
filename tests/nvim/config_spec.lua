-- setup(): validation, modes, kinds, diagnostics, the size cap.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local cl = require('claimlens')

H.test('setup validates keys and types with clear messages', function()
  local function err(opts)
    local ok, e = pcall(cl.setup, opts)
    H.eq(false, ok, vim.inspect(opts))
    return e
  end
  H.ok(err({ bogus = 1 }):find('unknown option "bogus"'))
  H.ok(err({ debounce = 'fast' }):find('debounce'))
  H.ok(err({ mode = 'often' }):find("'live', 'save' or 'manual'"))
  H.ok(err({ filetypes = 'text' }):find('filetypes'))
  H.ok(err({ kinds = { rumour = true } }):find('unknown kind "rumour"'))
  H.ok(err({ kinds = { claim = 'yes' } }):find('kinds.claim: expected boolean'))
  H.ok(err({ hover_key = 1 }):find('hover_key'))
  H.ok(err({ cache = 'no' }):find('cache'))
  H.ok(err('x'):find('expected a table'))
  H.ok(pcall(cl.setup, {}))
  H.ok(pcall(cl.setup))
  H.eq(150, require('claimlens.config').options.debounce)
end)

H.test("mode 'manual': no analysis until :Claimlens refresh", function()
  cl.setup({ mode = 'manual' })
  local buf = H.open_fixture()
  H.ok(H.state(buf), 'attached')
  H.settle(500)
  H.eq(0, #H.extmarks(buf), 'no marks yet')
  vim.cmd('Claimlens refresh')
  H.wait_current(buf)
  H.ok(H.count(buf) > 0)
  api.nvim_buf_set_lines(buf, 0, 0, true, { 'Two unnamed officials said so.', '' })
  H.settle(500)
  local function on_top()
    local a = H.find(buf, 'anonymous', 'Two unnamed officials')
    return a and a.lnum == 0
  end
  H.ok(not on_top(), 'edit not analysed')
  vim.cmd('Claimlens refresh')
  H.wait_current(buf)
  H.ok(on_top(), 'analysed after refresh')
  local expected = H.fixture_lines()
  table.insert(expected, 1, '')
  table.insert(expected, 1, 'Two unnamed officials said so.')
  H.eq(expected, H.text(buf), 'buffer text')
  vim.cmd('bwipeout!')
end)

H.test("mode 'save': analysis on write", function()
  cl.setup({ mode = 'save' })
  local buf = H.open_fixture()
  H.wait_current(buf)
  H.ok(H.count(buf) > 0, 'analysed on open')
  api.nvim_buf_set_lines(buf, 0, 0, true, { 'Two unnamed officials said so.', '' })
  H.settle(500)
  local function on_top()
    local a = H.find(buf, 'anonymous', 'Two unnamed officials')
    return a and a.lnum == 0
  end
  H.ok(not on_top(), 'not before the write')
  vim.cmd('silent write')
  H.wait_current(buf)
  H.ok(on_top(), 'after the write')
  vim.cmd('bwipeout!')
  cl.setup({})
end)

H.test('kinds: a disabled kind is not shown', function()
  cl.setup({ kinds = { claim = false, weak = false } })
  local buf = H.open_fixture()
  H.wait_current(buf)
  H.eq(0, H.count(buf, 'claim'))
  H.ok(H.count(buf, 'anonymous') > 0)
  for _, a in ipairs(H.annotations(buf)) do
    H.ok(not a.weak, 'no weak')
  end
  cl.setup({})
  H.wait_current(buf)
  H.wait(function()
    return H.count(buf, 'claim') > 0
  end, 'claims back after setup()')
  H.eq(H.fixture_lines(), H.text(buf))
  vim.cmd('bwipeout!')
end)

H.test('diagnostics mirror (off by default)', function()
  local dns = require('claimlens.diagnostic').ns
  local buf = H.open_fixture()
  H.wait_current(buf)
  H.eq(0, #vim.diagnostic.get(buf, { namespace = dns }), 'off by default')
  cl.setup({ diagnostics = true })
  H.wait(function()
    return #vim.diagnostic.get(buf, { namespace = dns }) > 0
  end, 'diagnostics')
  local d = vim.diagnostic.get(buf, { namespace = dns })
  local anon
  for _, x in ipairs(d) do
    if x.code == 'anonymous' then
      anon = x
    end
  end
  H.ok(anon and anon.source == 'claimlens', vim.inspect(d[1]))
  cl.setup({ diagnostics = false })
  H.eq(0, #vim.diagnostic.get(buf, { namespace = dns }), 'cleared when turned off')
  H.eq(H.fixture_lines(), H.text(buf))
  vim.cmd('bwipeout!')
end)

H.test('max_bytes: a larger buffer is not annotated, with one message', function()
  cl.setup({ max_bytes = 200 })
  local buf = H.open_fixture()
  H.eq(nil, H.state(buf), 'not attached')
  H.settle(100)
  H.eq(1, #H.messages_matching('too large'))
  H.eq(0, #H.extmarks(buf))
  H.eq(H.fixture_lines(), H.text(buf))
  vim.cmd('bwipeout!')
  cl.setup({})
end)

H.test('packs and notes paths are sent in hello (notes appear in hover)', function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir .. '/.claimlens', 'p')
  -- the core's format (core/notes.h, doc/protocol.md)
  local notes = {
    notes = {
      { term = 'Eastport', aliases = { 'the port town' }, text = 'Port town; population about 40,000 (test note).' },
      { term = 'Northern Herald', text = 'Regional daily (test note).' },
    },
  }
  vim.fn.writefile({ vim.json.encode(notes) }, dir .. '/.claimlens/notes.json')
  vim.cmd('cd ' .. vim.fn.fnameescape(dir))
  local _, n = require('claimlens.config').hello_paths()
  H.contains(n, '%.claimlens/notes%.json$')
  cl.restart()
  H.wait(H.core_ready, 'core')
  H.eq({}, require('claimlens.core').hello_errors, 'notes file accepted')
  local buf = H.open_fixture()
  H.wait_current(buf)
  local row, col = H.pos_of(buf, 'governor of Eastport')
  local lines = cl.notes_at(buf, row, col)
  H.contains(lines, 'note %[Eastport%]: Port town')
  -- the note is the core's: the same annotation in `check` carries it
  local function has_note(a, term)
    for _, x in ipairs(a.notes or {}) do
      if x.term == term then
        return true
      end
    end
    return false
  end
  local any = false
  for _, a in ipairs(H.core_check(buf)) do
    any = any or has_note(a, 'Eastport')
  end
  H.ok(any, 'the core attaches the Eastport note')
  H.eq(H.fixture_lines(), H.text(buf))
  vim.cmd('bwipeout!')
end)

H.test('an alias matches; a notes file in the old format is reported once', function()
  -- an alias of a term attaches its note
  local buf = H.open_fixture()
  H.wait_current(buf)
  api.nvim_buf_set_lines(buf, -1, -1, true, { '', 'Two unnamed officials said the port town would hold out.' })
  local expected = H.fixture_lines()
  vim.list_extend(expected, { '', 'Two unnamed officials said the port town would hold out.' })
  H.wait(function()
    local row, col = H.pos_of(buf, 'port town would')
    return H.is_current(buf) and #vim.tbl_filter(function(l)
      return l:find('note %[Eastport%]') ~= nil
    end, cl.notes_at(buf, row, col)) > 0
  end, 'the alias note')
  H.eq(expected, H.text(buf), 'buffer text')
  vim.cmd('bwipeout!')
  -- a bare list (no {"notes": ...}) is refused by the core, with the file
  local dir = vim.fn.getcwd()
  vim.fn.writefile({ vim.json.encode({ { term = 'Eastport', text = 'old format' } }) }, dir .. '/.claimlens/notes.json')
  H.messages = {}
  cl.restart()
  H.wait(H.core_ready, 'core')
  local errs = require('claimlens.core').hello_errors
  H.eq(1, #errs, vim.inspect(errs))
  H.ok(errs[1]:find('notes%.json') and errs[1]:find('"notes"'), errs[1])
  H.settle(100)
  H.eq(1, #H.messages_matching('notes%.json'), 'one message: ' .. vim.inspect(H.messages))
  -- fixed on disk: :cd elsewhere and back (DirChanged) re-sends the notes
  vim.fn.writefile({ vim.json.encode({ notes = { { term = 'Eastport', text = 'fixed (test note).' } } }) }, dir .. '/.claimlens/notes.json')
  buf = H.open_fixture()
  H.wait_current(buf)
  vim.cmd('cd /')
  vim.cmd('cd ' .. vim.fn.fnameescape(dir))
  H.wait(function()
    local row, col = H.pos_of(buf, 'governor of Eastport')
    return H.is_current(buf) and #vim.tbl_filter(function(l)
      return l:find('note %[Eastport%]: fixed') ~= nil
    end, cl.notes_at(buf, row, col)) > 0
  end, 'the fixed note after :cd')
  H.eq({}, require('claimlens.core').hello_errors, 'fixed file accepted')
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text')
  vim.cmd('bwipeout!')
end)

H.finish()
