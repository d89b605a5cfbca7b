-- The core dies mid-session: one message, a restart, highlights back, the
-- buffer text unchanged. Repeated crashes: give up, pointing to :Claimlens log.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local buf = H.open_fixture()
local expected = H.fixture_lines()
H.wait_current(buf)
local core = require('claimlens.core')

H.test('SIGKILL: one message, restart, highlights back', function()
  local n = H.count(buf)
  H.ok(n > 0)
  local pid = H.kill_core('sigkill')
  H.wait(function()
    return H.core_ready() and H.core_pid() ~= pid
  end, 'a new core')
  H.wait_current(buf)
  H.eq(n, H.count(buf), 'same annotations')
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind)
  end
  H.settle(200)
  local msgs = H.messages_matching('claimlens')
  H.eq(1, #msgs, 'exactly one message: ' .. vim.inspect(msgs))
  H.ok(msgs[1]:find('restart'), msgs[1])
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('jobstop mid-session, then an edit while it restarts', function()
  local pid = H.core_pid()
  vim.fn.jobstop(core.chan)
  -- edit at once: the text must reach the new core
  api.nvim_buf_set_lines(buf, -1, -1, true, { '', 'Four unnamed sources said the port would reopen.' })
  table.insert(expected, '')
  table.insert(expected, 'Four unnamed sources said the port would reopen.')
  H.wait(function()
    return H.core_ready() and H.core_pid() ~= pid
  end, 'a new core')
  H.wait_current(buf)
  H.wait(function()
    return H.find(buf, 'anonymous', 'Four unnamed sources') ~= nil
  end, 'the new text analysed by the new core')
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, a.kind)
  end
  -- the same crash episode (within restart_window): logged, not repeated
  H.eq({}, H.messages_matching('claimlens'), 'no second message')
  H.contains(require('claimlens.log').lines(), 'exited unexpectedly')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('a result in flight when the core dies', function()
  require('claimlens.buffer').analyse(buf, true)
  local pid = H.kill_core('sigkill')
  H.wait(function()
    return H.core_ready() and H.core_pid() ~= pid
  end, 'a new core')
  H.wait_current(buf)
  H.ok(H.count(buf) > 0)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('repeated crashes: gives up with a message pointing to :Claimlens log', function()
  require('claimlens.config').options.restart_max = 2
  for _ = 1, 3 do
    local pid = H.core_pid()
    if not pid then
      break
    end
    H.kill_core('sigkill')
    H.wait(function()
      return core.state == 'failed' or (H.core_ready() and H.core_pid() ~= pid)
    end, 'restart or give up')
  end
  H.eq('failed', core.state)
  H.contains(H.messages_matching('claimlens'), 'Claimlens log')
  H.ok(#H.extmarks(buf) > 0, 'the last marks stay')
  -- the log has the story
  H.contains(require('claimlens.log').lines(), 'giving up')
  -- :Claimlens restart starts over
  vim.cmd('Claimlens restart')
  H.wait(H.core_ready, 'restart')
  H.wait_current(buf)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test(':Claimlens restart keeps buffers annotated', function()
  local pid = H.core_pid()
  vim.cmd('Claimlens restart')
  H.wait(function()
    return H.core_ready() and H.core_pid() ~= pid
  end, 'new core')
  require('claimlens.buffer').analyse(buf, true)
  H.wait_current(buf)
  H.ok(H.find(buf, 'anonymous', 'Four unnamed sources'))
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.finish()
