-- Buffers going away while the core is working on them.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local keep = H.open_fixture()
H.wait_current(keep)

H.test('a buffer wiped while an analyse is in flight', function()
  local buf = H.open_fixture()
  H.ok(H.state(buf), 'attached')
  -- its open + analyse are on the wire; wipe before any answer
  vim.cmd('bwipeout! ' .. buf)
  H.eq(nil, H.state(buf), 'state gone')
  H.eq(false, api.nvim_buf_is_valid(buf))
  H.settle(500)
  local pong = require('claimlens.core').request('ping')
  H.eq('pong', pong, 'core alive')
  local errs = {}
  for _, l in ipairs(require('claimlens.log').lines()) do
    if l:find('error') and not l:find('unknown buffer') then
      errs[#errs + 1] = l
    end
  end
  H.eq({}, errs, 'no errors in the log')
  H.eq(H.fixture_lines(), H.text(keep), 'other buffer text')
end)

H.test('a buffer wiped while an edit is debouncing', function()
  local buf = H.open_fixture()
  H.wait_current(buf)
  api.nvim_buf_set_lines(buf, 0, 0, true, { 'Two unnamed officials said so.' })
  vim.cmd('bwipeout! ' .. buf)
  H.settle(500)
  H.eq('pong', require('claimlens.core').request('ping'))
  H.eq({}, H.messages, 'no messages')
end)

H.test('unloaded (:bdelete) and reopened', function()
  local buf, path = H.open_fixture()
  H.wait_current(buf)
  vim.cmd('buffer ' .. keep)
  vim.cmd('bdelete ' .. buf)
  H.eq(nil, H.state(buf), 'detached on unload')
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  H.eq(buf, api.nvim_get_current_buf())
  H.ok(H.state(buf), 're-attached')
  H.wait_current(buf)
  H.ok(H.count(buf) > 0)
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text')
end)

H.test(':edit! reloads the text and re-sends it', function()
  local buf = api.nvim_get_current_buf()
  api.nvim_buf_set_lines(buf, 0, -1, true, { 'nothing here' })
  H.wait_current(buf)
  H.eq(0, H.count(buf))
  vim.cmd('edit!')
  H.wait(function()
    return H.count(buf) > 0 and H.is_current(buf)
  end, 'annotations after reload')
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text')
end)

H.test('a buffer wiped while its result is being applied in slices', function()
  local cl = require('claimlens')
  cl.setup({ slice = 3 })
  local lines = {}
  for _ = 1, 20 do
    vim.list_extend(lines, H.fixture_lines())
    lines[#lines + 1] = ''
  end
  local path = vim.fn.tempname() .. '-slices.txt'
  vim.fn.writefile(lines, path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = api.nvim_get_current_buf()
  local st = H.state(buf)
  H.ok(st, 'attached')
  -- once the first slice is placed, wipe the buffer just before the next
  -- slice runs
  local job
  local orig = vim.schedule
  vim.schedule = function(fn)
    local cur = H.state(buf)
    if not job and cur and cur.applying and #cur.applying.placed > 0 then
      job = cur.applying
      vim.schedule = orig
      return orig(function()
        vim.cmd('buffer ' .. keep)
        vim.cmd('bwipeout! ' .. buf)
        fn()
      end)
    end
    return orig(fn)
  end
  H.wait(function()
    return job ~= nil and not api.nvim_buf_is_valid(buf)
  end, 'wiped between slices')
  vim.schedule = orig
  H.eq(nil, H.state(buf), 'state gone')
  H.eq(true, job.cancelled, 'application cancelled')
  H.settle(300)
  H.eq('pong', require('claimlens.core').request('ping'), 'core alive')
  local errs = {}
  for _, l in ipairs(require('claimlens.log').lines()) do
    if l:find('error') and not l:find('unknown buffer') then
      errs[#errs + 1] = l
    end
  end
  H.eq({}, errs, 'no errors in the log')
  H.eq({}, H.messages, 'no messages')
  cl.setup({})
  -- the same file again: annotated from scratch, as the core finds it
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local again = api.nvim_get_current_buf()
  H.same_as_core(again)
  H.eq(lines, H.text(again), 'buffer text')
  vim.cmd('buffer ' .. keep)
  vim.cmd('bwipeout! ' .. again)
end)

H.test('the other buffer kept its marks', function()
  H.wait_current(keep)
  H.ok(H.count(keep) > 0)
  H.same_as_core(keep)
  H.eq(H.fixture_lines(), H.text(keep))
end)

H.finish()
