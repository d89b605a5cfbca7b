-- Editor-side faults against the real core: SIGKILL in a burst of edits,
-- many buffers at once, undo/redo storms; and a broken installation (a core
-- that dies at once, is missing, or is of another version or protocol).
--
-- The last group starts tests/nvim/fake_core.lua instead of build/claimlens:
-- it is not a mock of the analysis (nothing here checks annotations from
-- it), only a process that misbehaves as a broken build does, which the real
-- core cannot be made to do on demand. Every annotation check in this file
-- is against the real core, through H.same_as_core (the `check` request).
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local cl = require('claimlens')
local core = require('claimlens.core')

local EXTRA = 'Three unnamed officials said the port would reopen on Friday.'

H.test('SIGKILL during a burst of edits: one message, back-off, buffers re-sent, marks back', function()
  local buf = H.open_fixture()
  local buf2 = H.open_fixture()
  local expected = H.fixture_lines()
  H.wait_current(buf)
  H.wait_current(buf2)
  vim.cmd('buffer ' .. buf)
  H.messages = {}
  require('claimlens.log').clear()
  local pid = H.core_pid()
  -- 60 edits over ~0.6 s; the core is killed after the 20th, so edits go
  -- on while it is dead, while it restarts (100 ms back-off) and after.
  for i = 1, 60 do
    local line = EXTRA:gsub('Friday', 'day ' .. i)
    if i % 3 == 0 then
      api.nvim_buf_set_lines(buf, #expected - 1, #expected, true, { line })
      expected[#expected] = line
    else
      api.nvim_buf_set_lines(buf, -1, -1, true, { line })
      expected[#expected + 1] = line
    end
    if i == 20 then
      H.kill_core('sigkill')
    end
    H.settle(10)
  end
  H.wait(function()
    return H.core_ready() and H.core_pid() ~= pid
  end, 'a new core')
  H.same_as_core(buf, 'edited buffer re-sent and analysed by the new core')
  H.same_as_core(buf2, 'the other buffer re-sent too')
  local msgs = H.messages_matching('claimlens')
  H.eq(1, #msgs, 'exactly one message: ' .. vim.inspect(msgs))
  H.ok(msgs[1]:find('restarting'), msgs[1])
  local log = require('claimlens.log').lines()
  H.contains(log, 'exited unexpectedly')
  H.contains(log, 'restarting the core in 100 ms')
  local starts = #vim.tbl_filter(function(l)
    return l:find('core started') ~= nil
  end, log)
  H.eq(1, starts, 'one restart, after the back-off: ' .. vim.inspect(log))
  H.eq(expected, H.text(buf), 'buffer text')
  H.eq(H.fixture_lines(), H.text(buf2), 'buffer 2 text')
  vim.cmd('bwipeout! ' .. buf2)
  vim.cmd('bwipeout! ' .. buf)
end)

H.test('50 buffers opened at once all get their marks', function()
  local bufs = {}
  for i = 1, 50 do
    bufs[i] = H.open_fixture()
  end
  local want
  for _, b in ipairs(bufs) do
    H.wait_current(b, 'buffer ' .. b)
    want = want or H.core_keys(b)
    H.eq(want, H.placed_keys(b), 'buffer ' .. b)
  end
  H.ok(#want > 0)
  H.eq(50, #vim.tbl_filter(function(b)
    return H.state(b) ~= nil
  end, bufs))
  for _, b in ipairs(bufs) do
    H.eq(H.fixture_lines(), H.text(b), 'buffer ' .. b .. ' text')
  end
  H.eq({}, H.messages, 'no messages')
  for _, b in ipairs(bufs) do
    vim.cmd('bwipeout! ' .. b)
  end
end)

H.test('undo/redo storm: 200 steps, final marks = a fresh analysis', function()
  local buf = H.open_fixture()
  H.wait_current(buf)
  -- 20 undo steps, each its own change; remember the text after each
  local states = { H.text(buf) }
  for i = 1, 20 do
    vim.o.undolevels = vim.o.undolevels -- close the undo block
    if i % 4 == 0 then
      api.nvim_buf_set_lines(buf, 2, 3, true, {}) -- a line added by i % 4 == 1
    elseif i % 4 == 1 then
      api.nvim_buf_set_lines(buf, 1, 1, true, { '', (EXTRA:gsub('Friday', 'day ' .. i)) })
    elseif i % 4 == 2 then
      local row = H.pos_of(buf, 'Mayor Lena Ortiz')
      api.nvim_buf_set_text(buf, row, 0, row, 0, { 'Update ' .. i .. ': ' })
    else
      api.nvim_buf_set_lines(buf, -1, -1, true, { 'The ministry has claimed that the port is open.' })
    end
    states[#states + 1] = H.text(buf)
  end
  local at = #states -- index of the current state
  -- 200 steps: down 13, up 9, down 11, ... never past either end
  local steps, dir, run = 0, -1, 13
  while steps < 200 do
    for _ = 1, run do
      if steps >= 200 then
        break
      end
      if dir < 0 and at > 1 then
        vim.cmd('silent undo')
        at = at - 1
      elseif dir > 0 and at < #states then
        vim.cmd('silent redo')
        at = at + 1
      end
      steps = steps + 1
      if steps % 25 == 0 then
        H.settle(5) -- let some results arrive mid-storm
      end
    end
    dir = -dir
    run = dir < 0 and 11 or 9
  end
  H.eq(states[at], H.text(buf), 'text after the storm (state ' .. at .. ')')
  H.same_as_core(buf, 'marks after the storm')
  -- and all the way back: the fixture and its marks
  vim.cmd('silent undo 0')
  H.eq(H.fixture_lines(), H.text(buf), 'all undone')
  H.same_as_core(buf, 'marks after undo 0')
  vim.cmd('bwipeout! ' .. buf)
end)

-- ---------------------------------------------------------------------------
-- A broken installation (fake_core.lua; see the top of this file).

local function health()
  vim.cmd('checkhealth claimlens')
  local lines = api.nvim_buf_get_lines(0, 0, -1, true)
  vim.cmd('bwipeout!')
  return lines
end

local function errors_in(lines)
  return vim.tbl_filter(function(l)
    return l:find('ERROR') ~= nil
  end, lines)
end

--- Opens n fixture copies and edits each (what could set off a storm).
local function open_and_edit(n)
  local bufs = {}
  for i = 1, n do
    bufs[i] = H.open_fixture()
    api.nvim_buf_set_lines(bufs[i], -1, -1, true, { EXTRA })
  end
  H.settle(400)
  for _, b in ipairs(bufs) do
    H.eq(0, #H.extmarks(b), 'no marks from a broken core')
    local want = H.fixture_lines()
    want[#want + 1] = EXTRA
    H.eq(want, H.text(b), 'buffer text')
  end
  return bufs
end

local function wipe(bufs)
  for _, b in ipairs(bufs) do
    vim.cmd('bwipeout! ' .. b)
  end
end

local function use_binary(path)
  core.stop()
  cl.setup({ binary = path })
  H.messages = {}
  require('claimlens.log').clear()
end

H.test('a core that dies at once: back-off, then gives up pointing to :Claimlens log', function()
  use_binary(H.fake_core('exit'))
  local t0 = vim.uv.hrtime()
  cl.restart()
  local bufs = open_and_edit(3)
  H.wait(function()
    return core.status().gave_up
  end, 'giving up')
  local ms = (vim.uv.hrtime() - t0) / 1e6
  -- restart_max 3: crashes 1..3 restart after 100, 200, 400 ms; the 4th gives up
  H.ok(ms >= 700, ('back-off honoured (%d ms)'):format(ms))
  local log = require('claimlens.log').lines()
  H.eq(4, #vim.tbl_filter(function(l)
    return l:find('core started') ~= nil
  end, log), 'four starts: ' .. vim.inspect(log))
  H.contains(log, 'giving up')
  H.settle(300)
  local msgs = H.messages_matching('claimlens')
  H.eq(2, #msgs, 'one "restarting", one "giving up": ' .. vim.inspect(msgs))
  H.ok(msgs[1]:find('restarting'), msgs[1])
  H.ok(msgs[2]:find(':Claimlens log', 1, true), msgs[2])
  -- no more starts however much is edited
  for _, b in ipairs(bufs) do
    api.nvim_buf_set_lines(b, -1, -1, true, { 'More text.' })
    cl.refresh(b)
  end
  H.settle(300)
  H.eq(4, #vim.tbl_filter(function(l)
    return l:find('core started') ~= nil
  end, require('claimlens.log').lines()), 'still four starts')
  H.eq(2, #H.messages_matching('claimlens'), 'still two messages')
  local errs = errors_in(health())
  H.ok(#errs >= 1, 'health error')
  H.contains(errs, 'crashed 4 times')
  wipe(bufs)
end)

H.test('the binary missing: one message, a health error, no storm', function()
  use_binary('/nonexistent/claimlens')
  local bufs = open_and_edit(3)
  local msgs = H.messages_matching('claimlens')
  H.eq(1, #msgs, vim.inspect(msgs))
  H.ok(msgs[1]:find('not found at /nonexistent/claimlens', 1, true), msgs[1])
  H.contains(errors_in(health()), 'not found or not executable: /nonexistent/claimlens')
  H.eq(1, #H.messages_matching('claimlens'), 'still one message')
  wipe(bufs)
end)

H.test('a core of another version: one message, a health error, no storm', function()
  use_binary(H.fake_core('version'))
  cl.restart()
  local bufs = open_and_edit(3)
  H.wait(H.core_ready, 'the fake answers hello')
  local msgs = H.messages_matching('claimlens')
  H.eq(1, #msgs, vim.inspect(msgs))
  H.ok(msgs[1]:find('core version 9.9.9, plugin ' .. cl.version, 1, true), msgs[1])
  local errs = errors_in(health())
  H.contains(errs, 'core version 9%.9%.9, Lua side')
  H.eq(1, #H.messages_matching('claimlens'), 'still one message')
  H.eq(1, #vim.tbl_filter(function(l)
    return l:find('core started') ~= nil
  end, require('claimlens.log').lines()), 'started once')
  wipe(bufs)
end)

for _, mode in ipairs({ 'protocol', 'refuse' }) do
  H.test(('a core of another protocol (%s): one message, a health error, no restarts'):format(mode), function()
    use_binary(H.fake_core(mode))
    cl.restart()
    local bufs = open_and_edit(3)
    H.wait(function()
      return core.state == 'failed'
    end, 'the plugin to give up on it')
    H.settle(300)
    local msgs = H.messages_matching('claimlens')
    H.eq(1, #msgs, vim.inspect(msgs))
    H.ok(msgs[1]:find('protocol', 1, true) and msgs[1]:find('make', 1, true), msgs[1])
    H.contains(errors_in(health()), 'protocol')
    H.eq(1, #vim.tbl_filter(function(l)
      return l:find('core started') ~= nil
    end, require('claimlens.log').lines()), 'started once, never restarted')
    H.eq(1, #H.messages_matching('claimlens'), 'still one message')
    wipe(bufs)
  end)
end

H.test('back to the real core: :Claimlens restart recovers', function()
  use_binary(nil)
  cl.setup({})
  vim.cmd('Claimlens restart')
  H.wait(H.core_ready, 'the real core')
  local buf = H.open_fixture()
  H.same_as_core(buf)
  H.eq(H.fixture_lines(), H.text(buf), 'buffer text')
end)

H.finish()
