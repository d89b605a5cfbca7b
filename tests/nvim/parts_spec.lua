-- Results in parts (doc/protocol.md): parts are applied in order behind the
-- marks still being placed, the tick counts as applied after the last one,
-- parts of a stale tick are dropped, a missing part brings a full result;
-- and the text reaches the core in slices, exactly.
--
-- The core here is the real one behind the relay of fake_core.lua (modes
-- split, lose, swap): the relay only cuts the core's results into parts and
-- reports what the editor sent. Every annotation check is against the real
-- core's `check` (H.same_as_core).
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local cl = require('claimlens')
local core = require('claimlens.core')
local buffer = require('claimlens.buffer')

local function use(mode, opts)
  core.stop()
  cl.setup(vim.tbl_extend('force', { binary = H.fake_core(mode), debounce = 20 }, opts or {}))
  require('claimlens.log').clear()
  cl.restart()
  H.wait(H.core_ready, 'the relay and the core behind it')
end

local function relay(buf)
  local r, err = core.request('fake_state', buf)
  assert(type(r) == 'table', 'fake_state: ' .. tostring(err))
  return r
end

-- What arrived, per tick: parts in order, and ClaimlensUpdate counts (also
-- the count seen when each part was handled).
local seen = { parts = {}, updates = {} }
core.on('result', function(res)
  local t = res.buf .. ':' .. res.tick
  seen.parts[t] = seen.parts[t] or {}
  table.insert(seen.parts[t], { part = res.part, more = res.more, updates = seen.updates[t] or 0 })
  if seen.on_part then
    seen.on_part(res)
  end
end)
api.nvim_create_autocmd('User', {
  pattern = 'ClaimlensUpdate',
  callback = function(ev)
    local t = ev.data and ev.data.tick and (ev.data.buf .. ':' .. ev.data.tick)
    if t then
      seen.updates[t] = (seen.updates[t] or 0) + 1
    end
  end,
})

local function open_copies(n, tag)
  local lines = {}
  for _ = 1, n do
    vim.list_extend(lines, H.fixture_lines())
    lines[#lines + 1] = ''
  end
  local path = vim.fn.tempname() .. '-' .. tag .. '.txt'
  vim.fn.writefile(lines, path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  return api.nvim_get_current_buf(), lines
end

H.test('parts in order: the marks of a fresh analysis, one ClaimlensUpdate after the last part', function()
  use('split', { slice = 3 }) -- slow application: parts queue behind it
  local buf, lines = open_copies(8, 'split')
  H.same_as_core(buf, 'marks from parts = a fresh analysis')
  local tick = buf .. ':' .. api.nvim_buf_get_changedtick(buf)
  local parts = seen.parts[tick]
  H.ok(parts and #parts >= 3, 'several parts: ' .. vim.inspect(parts))
  for i, p in ipairs(parts) do
    H.eq(i, p.part, 'in order')
    if p.more then
      H.eq(0, p.updates, 'no ClaimlensUpdate before the last part')
    end
  end
  H.eq(nil, parts[#parts].more, 'the last part')
  H.eq(1, seen.updates[tick], 'one ClaimlensUpdate for the tick')
  local r = relay(buf)
  H.eq(true, r.hello[#r.hello].parts, 'hello says parts = true')
  local f = r.analyse[#r.analyse][4]
  H.ok(type(f) == 'table' and f[1] >= 0 and f[1] < f[2] and f[2] <= #lines + 1, 'focus: ' .. vim.inspect(f))
  H.ok(f[1] == 0, 'the top of the window is in focus: ' .. vim.inspect(f))
  H.eq(lines, H.text(buf), 'buffer text')
end)

H.test('an edit between parts: the rest of the stale result is dropped', function()
  local buf = api.nvim_get_current_buf()
  local st = H.state(buf)
  local expected = H.text(buf)
  local stale0 = st.stale
  local edited_tick
  local key = buf .. ':' .. api.nvim_buf_get_changedtick(buf)
  local updates = seen.updates[key]
  seen.on_part = function(res)
    if res.part == 1 and res.more then
      seen.on_part = nil
      edited_tick = res.tick
      vim.schedule(function()
        api.nvim_buf_set_lines(buf, 0, 0, true, { 'Updated at noon.' })
      end)
    end
  end
  cl.refresh(buf) -- a full result, in parts
  H.wait(function()
    return edited_tick ~= nil and api.nvim_buf_get_changedtick(buf) > edited_tick
  end, 'an edit after part 1')
  table.insert(expected, 1, 'Updated at noon.')
  H.same_as_core(buf, 'marks = a fresh analysis of the edited text')
  H.ok(st.stale > stale0, 'later parts of the old tick dropped')
  H.eq(updates, seen.updates[buf .. ':' .. edited_tick], 'no ClaimlensUpdate for the abandoned result')
  H.eq(expected, H.text(buf), 'buffer text')
end)

for _, mode in ipairs({ 'lose', 'swap' }) do
  H.test(('a part out of order (%s): the rest dropped, a full result asked for'):format(mode), function()
    use(mode, { slice = 3 })
    local buf = open_copies(6, mode)
    H.same_as_core(buf, 'marks = a fresh analysis')
    H.contains(require('claimlens.log').lines(), 'out of order', 'logged')
    local r = relay(buf)
    H.ok(#r.analyse >= 2, 'asked again: ' .. vim.inspect(r.analyse))
    H.eq(-1, r.analyse[#r.analyse][3], 'the second request is for a full result')
    H.eq(1, seen.updates[buf .. ':' .. api.nvim_buf_get_changedtick(buf)], 'one ClaimlensUpdate')
  end)
end

H.test('attach in slices: the core gets exactly the buffer text, edits during the slices too', function()
  use('split', { slice_ms = 0.01 }) -- one slice per main-loop step
  local slice = buffer.OPEN_SLICE
  buffer.OPEN_SLICE = 5
  local lines = {}
  for i = 1, 3000 do
    lines[i] = ('Line %d. The minister said the port would reopen.'):format(i)
  end
  local path = vim.fn.tempname() .. '-slices.txt'
  vim.fn.writefile(lines, path)
  -- Edit between two slices: a chain of scheduled steps runs to its end
  -- inside vim.wait(), so step in from vim.schedule itself.
  local orig, edited = vim.schedule, nil
  local buf
  vim.schedule = function(fn)
    return orig(function()
      local st = buf and H.state(buf)
      if not edited and st and st.opening and st.opening.next > 60 then
        edited = st.opening.next
        vim.schedule = orig
        -- inside the part sent, beyond it, and across the edge
        api.nvim_buf_set_lines(buf, 10, 10, true, { 'Inserted early.', 'And another.' })
        api.nvim_buf_set_lines(buf, edited + 200, edited + 201, true, { 'Replaced late.' })
        local edge = st.opening.next
        api.nvim_buf_set_lines(buf, edge - 3, edge + 3, true, { 'Across the edge.' })
        api.nvim_buf_set_text(buf, 20, 0, 20, 4, { 'LINE' })
        api.nvim_buf_set_lines(buf, -1, -1, true, { 'Appended.' })
      end
      fn()
    end)
  end
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  buf = api.nvim_get_current_buf()
  buffer.OPEN_SLICE = slice
  local st = H.state(buf)
  H.wait(function()
    return edited ~= nil
  end, 'edits while the text is sent')
  vim.schedule = orig
  H.wait(function()
    return st.opening == nil
  end, 'the whole text sent')
  H.wait_current(buf)
  local r = relay(buf)
  H.eq(1, r.opens, 'one open')
  H.ok(r.edits > 20, 'the text went in slices: ' .. r.edits .. ' edits')
  H.eq(H.text(buf), r.lines, 'the core has the buffer text')
  H.same_as_core(buf, 'marks = a fresh analysis')
end)

H.test('the real core: parts come packed and are decoded as they are placed', function()
  core.stop()
  cl.setup({ binary = '', debounce = 20 }) -- build/claimlens, or CLAIMLENS_BIN
  cl.restart()
  H.wait(H.core_ready, 'the core')
  local packed, maps = 0, 0
  seen.on_part = function(res)
    for _, r in ipairs(res.ranges or {}) do
      if type(r.packed) == 'string' then
        packed = packed + 1
      elseif r.annotations ~= nil then
        maps = maps + 1
      end
    end
  end
  local buf = open_copies(60, 'packed') -- over 2000 annotations: several parts
  H.same_as_core(buf, 'marks from packed parts = a fresh analysis')
  seen.on_part = nil
  local parts = seen.parts[buf .. ':' .. api.nvim_buf_get_changedtick(buf)]
  H.ok(parts and #parts >= 2, 'several parts: ' .. #(parts or {}))
  H.ok(packed > 0, 'packed ranges: ' .. packed)
  H.eq(0, maps, 'no range as a list of maps')
  -- an edit: a partial result, packed too
  api.nvim_buf_set_lines(buf, 2, 3, true, { 'The minister said the port would reopen on Monday.' })
  H.same_as_core(buf, 'marks after an edit = a fresh analysis')
end)

H.finish()
