-- latency.lua -- editor latency of the real plugin and core, in headless Neovim.
--
--   BENCH_ROOT=. BENCH_FILE=f.md BENCH_OUT=out.json [BENCH_EDITS=200] [BENCH_DEBOUNCE=50] \
--     nvim --headless -u NONE -i NONE -n -c 'luafile bench/latency.lua'
--
-- Opens the file as markdown with claimlens attached and measures:
--   first_ms     :edit to the first claimlens extmark in the buffer
--   full_ms      :edit to the whole first result applied (User ClaimlensUpdate)
--   edits        one-character edits at random places (insertions and
--                deletions in turn), each timed from nvim_buf_set_text to the
--                ClaimlensUpdate for its changedtick (the plugin fires it once
--                every extmark of that result is in place)
--   block_*_ms   the longest gap between ticks of a 1 ms uv timer: how long
--                the main loop was held, while attaching and while editing;
--                block_*_cpu_ms: the most CPU time Neovim used between two
--                ticks (the same, without the waits for a CPU on a busy host)
--   core_hwm_kb  VmHWM of the core process (its peak RSS) at the end
-- and writes them as JSON to BENCH_OUT.  Everything is driven by timers and
-- the plugin's events from Neovim's normal main loop: inside vim.wait() a
-- chain of vim.schedule() callbacks runs without the loop ever polling, which
-- would hide exactly the blocking we want to see.
local env = vim.env
local root, file, out = env.BENCH_ROOT, env.BENCH_FILE, env.BENCH_OUT
local n_edits = tonumber(env.BENCH_EDITS or '200')
local debounce = tonumber(env.BENCH_DEBOUNCE or '50')
local api, uv = vim.api, vim.uv or vim.loop

vim.opt.rtp:prepend(root)
vim.opt.swapfile = false
vim.cmd.runtime('plugin/claimlens.lua')
require('claimlens').setup({
  debounce = debounce,
  max_bytes = 256 * 1024 * 1024, -- the default leaves a 10 MB buffer alone
  filetypes = { 'markdown' },
  binary = env.CLAIMLENS_BIN, -- another build of the core, to compare
})
local ns = api.nvim_create_namespace('claimlens') -- the plugin's (highlight.lua)
local res = { file = file, debounce_ms = debounce, edits = {}, missed = 0 }

local function ms(a, b)
  return (b - a) / 1e6
end

local function finish(note)
  res.note = res.note or note
  local st = require('claimlens.core').status()
  local f = st.pid and io.open('/proc/' .. st.pid .. '/status')
  if f then
    local s = f:read('*a')
    f:close()
    res.core_hwm_kb = tonumber(s:match('VmHWM:%s*(%d+)'))
    res.core_rss_kb = tonumber(s:match('VmRSS:%s*(%d+)'))
  end
  res.prof = rawget(_G, 'PROF') -- optional timings injected with --cmd (debugging)
  f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(res))
  f:close()
  vim.cmd('qall!')
end

-- The loop-block probe: a 1 ms repeating timer, the longest gap between ticks.
-- Beside the wall-clock gap, the CPU time Neovim spent between two ticks
-- (os.clock): on a busy machine the wall gap also counts time the process
-- waited for a CPU, the CPU gap only the work that held the loop.
local probe = { last = uv.hrtime(), cpu = os.clock(), max = 0, over8 = 0, cpu_max = 0 }
uv.new_timer():start(1, 1, function()
  local now, cpu = uv.hrtime(), os.clock()
  local gap = ms(probe.last, now)
  probe.cpu_max = math.max(probe.cpu_max, (cpu - probe.cpu) * 1000)
  probe.last, probe.cpu = now, cpu
  probe.max = math.max(probe.max, gap)
  if gap > 8 then
    probe.over8 = probe.over8 + 1
  end
end)
local function probe_take()
  local m, n, c = probe.max, probe.over8, probe.cpu_max
  probe.max, probe.over8, probe.cpu_max = 0, 0, 0
  return m, n, c
end

-- A one-shot timer that calls fn on the main loop; returns a cancel function.
local function after(delay, fn)
  local t = uv.new_timer()
  t:start(delay, 0, vim.schedule_wrap(function()
    if not t:is_closing() then
      t:close()
      fn()
    end
  end))
  return function()
    if not t:is_closing() then
      t:stop()
      t:close()
    end
  end
end

local buf, rows, waiting -- waiting = {tick, t0, cancel, on_done}
api.nvim_create_autocmd('User', {
  pattern = 'ClaimlensUpdate',
  callback = function(ev)
    local w = waiting
    if w and ev.data and ev.data.tick == w.tick then
      waiting = nil
      w.cancel()
      w.on_done(ms(w.t0, uv.hrtime()))
    end
  end,
})
-- Waits for the result of the buffer's current tick; on_done(ms) or on_done(nil).
local function await(t0, limit, on_done)
  local w = { tick = api.nvim_buf_get_changedtick(buf), t0 = t0, on_done = on_done }
  w.cancel = after(limit, function()
    if waiting == w then
      waiting = nil
      on_done(nil)
    end
  end)
  waiting = w
end

-- A random byte column in a paragraph row between two ASCII bytes (never
-- inside a multibyte character); `letter` also wants a letter at that column.
local function spot(letter)
  while true do
    local row = rows[math.random(#rows)]
    local line = api.nvim_buf_get_lines(buf, row, row + 1, false)[1]
    local col = math.random(1, #line - 1)
    local a, b = line:byte(col), line:byte(col + 1) -- bytes col-1 and col, 0-based
    if a < 128 and b < 128 and (not letter or string.char(b):match('%a')) then
      return row, col
    end
  end
end

local t_edits, streak = nil, 0
local function edit(i)
  if i > n_edits then
    res.block_edit_ms, res.block_edit_over8, res.block_edit_cpu_ms = probe_take()
    return finish()
  end
  if streak >= 3 or ms(t_edits, uv.hrtime()) > 120000 then
    res.block_edit_ms, res.block_edit_over8, res.block_edit_cpu_ms = probe_take()
    return finish(('stopped after %d edits: too slow'):format(i - 1))
  end
  local row, col = spot(i % 2 == 0)
  local t0 = uv.hrtime()
  if i % 2 == 1 then
    api.nvim_buf_set_text(buf, row, col, row, col, { string.char(math.random(97, 122)) })
  else
    api.nvim_buf_set_text(buf, row, col, row, col + 1, { '' })
  end
  await(t0, 5000, function(took)
    if took then
      res.edits[#res.edits + 1] = took
      streak = 0
    else
      res.missed, streak = res.missed + 1, streak + 1
    end
    after(10, function() -- a short pause, as between keystrokes
      edit(i + 1)
    end)
  end)
end

local function start_edits()
  rows = {}
  for i, l in ipairs(api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if #l > 40 and l:sub(1, 1) ~= '#' then
      rows[#rows + 1] = i - 1
    end
  end
  math.randomseed(20240611)
  -- Reading every line of a 10 MB buffer above is the driver's own work:
  -- start counting once the loop has ticked after it.
  after(20, function()
    probe_take()
    t_edits = uv.hrtime()
    edit(1)
  end)
end

-- Open: the file is read (Neovim's own work, not timed as blocking), then the
-- buffer attaches on FileType and the core starts.  first_ms and full_ms are
-- counted from the start of :edit, leaving out the pause between the two.
after(50, function()
  local t_open = uv.hrtime()
  vim.cmd.edit(vim.fn.fnameescape(file))
  res.read_ms = ms(t_open, uv.hrtime())
  buf = api.nvim_get_current_buf()
  after(20, function()
    probe_take()
    local t_ft = uv.hrtime()
    vim.bo[buf].filetype = 'markdown'
    res.attach_ms = ms(t_ft, uv.hrtime())
    res.bytes = api.nvim_buf_get_offset(buf, api.nvim_buf_line_count(buf))
    -- the first mark, polled every millisecond
    local poll = uv.new_timer()
    poll:start(1, 1, vim.schedule_wrap(function()
      if not poll:is_closing() and #api.nvim_buf_get_extmarks(buf, ns, 0, -1, { limit = 1 }) > 0 then
        res.first_ms = res.read_ms + ms(t_ft, uv.hrtime())
        poll:stop()
        poll:close()
      end
    end))
    await(t_ft, 60000, function(took)
      res.full_ms = took and res.read_ms + took
      local _
      res.block_open_ms, _, res.block_open_cpu_ms = probe_take()
      res.marks = #api.nvim_buf_get_extmarks(buf, ns, 0, -1, {})
      if not took then
        return finish('first result not applied within 60 s')
      end
      after(200, start_edits)
    end)
  end)
end)
