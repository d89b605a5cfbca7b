-- claimlens.buffer: per-buffer state, attach/detach, edits to the core,
-- debounced analyse requests and result application.
--
-- Nothing here waits on the core: `open`, `edit`, `analyse` and `close` are
-- notifications; results arrive as pushes (core.lua) and are applied only if
-- their tick is the buffer's current changedtick.
local config = require('claimlens.config')
local core = require('claimlens.core')
local highlight = require('claimlens.highlight')
local log = require('claimlens.log')

local M = {}

local api = vim.api
local uv = vim.uv or vim.loop

---@type table<integer, table>
M.states = {}
--- Buffers the user disabled explicitly (not re-attached on FileType).
M.user_disabled = {}

local gen_counter = 0

function M.get(buf)
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  return M.states[buf], buf
end

local function buf_bytes(buf)
  local ok, n = pcall(api.nvim_buf_get_offset, buf, api.nvim_buf_line_count(buf))
  return ok and n or 0
end

local function fire_update(buf, st)
  pcall(api.nvim_exec_autocmds, 'User', {
    pattern = 'ClaimlensUpdate',
    modeline = false,
    data = { buf = buf, tick = st.applied_tick },
  })
end

local function stop_timer(st)
  if st.timer then
    st.timer:stop()
    if not st.timer:is_closing() then
      st.timer:close()
    end
    st.timer = nil
  end
end

--- Cancels an application in progress, removing the marks it placed.
local function cancel_apply(buf, st)
  local job = st.applying
  if not job then
    return
  end
  st.applying = nil
  job.cancelled = true
  for _, id in ipairs(job.placed) do
    highlight.remove(buf, st, id)
  end
end

--- Sends `analyse` for the buffer's current tick.
function M.analyse(buf, full)
  local st = M.states[buf]
  if not st or not api.nvim_buf_is_valid(buf) then
    return false
  end
  if buf_bytes(buf) > config.options.max_bytes then
    M.too_large(buf)
    return false
  end
  if full then
    st.applied_tick = -1
  end
  local tick = api.nvim_buf_get_changedtick(buf)
  st.requested_tick = tick
  st.requests = st.requests + 1
  if not core.notify('analyse', buf, tick, st.applied_tick) then
    core.start()
    return false
  end
  return true
end

--- (Re)starts the debounce timer; analyse when it fires.
function M.schedule(buf)
  local st = M.states[buf]
  if not st then
    return
  end
  local ms = config.options.debounce
  if not st.timer or st.timer:is_closing() then
    st.timer = uv.new_timer()
  end
  local gen = st.gen
  st.timer:stop()
  st.timer:start(
    ms,
    0,
    vim.schedule_wrap(function()
      local cur = M.states[buf]
      if cur and cur.gen == gen then
        M.analyse(buf)
      end
    end)
  )
end

local function send_open(buf, st)
  local tick = api.nvim_buf_get_changedtick(buf)
  local lines = api.nvim_buf_get_lines(buf, 0, -1, false)
  st.tick_sent = tick
  return core.notify('open', buf, tick, lines)
end

function M.too_large(buf)
  local n = buf_bytes(buf)
  log.warn(('buffer %d is %d bytes, over max_bytes %d: not annotated'):format(buf, n, config.options.max_bytes))
  core._notify_once(
    'toolarge:' .. buf,
    ('claimlens: buffer %d is too large (%d bytes > max_bytes %d); annotations off'):format(
      buf,
      n,
      config.options.max_bytes
    ),
    vim.log.levels.WARN
  )
  M.detach(buf)
end

--- Attaches to a buffer: sends its text and analyses it (unless mode is
--- 'manual'). Returns true if attached.
function M.attach(buf)
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  if M.states[buf] then
    return true
  end
  if not api.nvim_buf_is_valid(buf) or not api.nvim_buf_is_loaded(buf) then
    return false
  end
  if buf_bytes(buf) > config.options.max_bytes then
    M.too_large(buf)
    return false
  end
  if not core.start() then
    return false
  end
  gen_counter = gen_counter + 1
  local gen = gen_counter
  local st = {
    buf = buf,
    gen = gen,
    applied_tick = -1,
    tick_sent = -1,
    requested_tick = -1,
    entries = {},
    owner = {},
    results = 0,
    stale = 0,
    requests = 0,
    edits = 0,
  }
  M.states[buf] = st
  M.user_disabled[buf] = nil

  local function live()
    local cur = M.states[buf]
    return cur and cur.gen == gen and cur or nil
  end

  local ok = api.nvim_buf_attach(buf, false, {
    on_lines = function(_, b, tick, first, last_old, last_new)
      local cur = live()
      if not cur then
        return true
      end
      local lines = api.nvim_buf_get_lines(b, first, last_new, false)
      cur.tick_sent = tick
      cur.edits = cur.edits + 1
      local sw = cur.sweep
      if sw and sw.hi >= first then
        -- an earlier swept range below this edit moves with it
        sw.hi = math.max(sw.hi + last_new - last_old, first)
      end
      if last_old > first then
        -- lines replaced or deleted: marks over them may be invalid now,
        -- and all of them sit on the lines the edit left
        sw = sw or { lo = first, hi = last_new }
        sw.lo = math.min(sw.lo, first)
        sw.hi = math.max(sw.hi, last_new)
        cur.sweep = sw
      end
      core.notify('edit', b, tick, first, last_old, lines)
      if config.options.mode == 'live' then
        M.schedule(b)
      end
    end,
    on_changedtick = function(_, b)
      local cur = live()
      if not cur then
        return true
      end
      -- No text changed but the tick did (e.g. on write). `analyse` with
      -- the new tick moves the core's tick on; the result is cheap.
      if config.options.mode ~= 'manual' then
        M.schedule(b)
      end
    end,
    on_reload = function(_, b)
      local cur = live()
      if not cur then
        return true
      end
      vim.schedule(function()
        if live() then
          core.notify('close', b)
          send_open(b, cur)
          cur.applied_tick = -1
          if config.options.mode ~= 'manual' then
            M.analyse(b)
          end
        end
      end)
    end,
    on_detach = function(_, b)
      local cur = live()
      if cur then
        M._forget(b, cur)
      end
    end,
  })
  if not ok then
    M.states[buf] = nil
    return false
  end

  st.augroup = api.nvim_create_augroup('claimlens_buf_' .. buf, { clear = true })
  api.nvim_create_autocmd('BufWritePost', {
    group = st.augroup,
    buffer = buf,
    callback = function()
      local cur = live()
      if not cur then
        return
      end
      if config.options.mode == 'save' then
        M.analyse(buf)
      elseif config.options.mode == 'live' and cur.applied_tick ~= api.nvim_buf_get_changedtick(buf) then
        -- writing moves the tick without a text change
        M.schedule(buf)
      end
    end,
  })
  local key = config.options.hover_key
  if key and key ~= '' then
    vim.keymap.set('n', key, function()
      require('claimlens.hover').open()
    end, { buffer = buf, desc = 'claimlens: explain the span under the cursor' })
    st.hover_key = key
  end

  send_open(buf, st)
  log.info(('attached buffer %d (%s)'):format(buf, api.nvim_buf_get_name(buf)))
  if config.options.mode ~= 'manual' then
    -- After the current command: attaching on FileType happens while the
    -- file is still being read, and the tick moves once more after it.
    vim.schedule(function()
      if live() then
        M.analyse(buf)
      end
    end)
  end
  return true
end

-- Drops the state of a buffer (detached, wiped or disabled).
function M._forget(buf, st)
  st = st or M.states[buf]
  if not st then
    return
  end
  stop_timer(st)
  if st.applying then
    st.applying.cancelled = true
    st.applying = nil
  end
  M.states[buf] = nil
  pcall(api.nvim_del_augroup_by_id, st.augroup)
  if st.hover_key and api.nvim_buf_is_valid(buf) then
    pcall(vim.keymap.del, 'n', st.hover_key, { buffer = buf })
  end
  core.notify('close', buf)
  log.info(('detached buffer %d'):format(buf))
end

--- Detaches from a buffer and removes its marks.
function M.detach(buf)
  if buf == nil or buf == 0 then
    buf = api.nvim_get_current_buf()
  end
  local st = M.states[buf]
  if not st then
    return false
  end
  cancel_apply(buf, st)
  M._forget(buf, st)
  highlight.clear(buf, st)
  if st.diagnostics then
    require('claimlens.diagnostic').clear(buf)
  end
  fire_update(buf, st)
  return true
end

--- Applies one slice of a result; schedules the next one.
local function step(buf, st, job)
  if job.cancelled or st.applying ~= job or M.states[buf] ~= st then
    return
  end
  if not api.nvim_buf_is_valid(buf) then
    return
  end
  if api.nvim_buf_get_changedtick(buf) ~= job.tick then
    -- The buffer changed while we were placing marks: these positions are
    -- stale. Roll back; applied_tick stays, so the next result is full.
    cancel_apply(buf, st)
    st.stale = st.stale + 1
    log.info(('buffer %d: result %d went stale while applying'):format(buf, job.tick))
    if config.options.mode == 'live' then
      M.schedule(buf)
    end
    return
  end
  local budget_n = config.options.slice
  local budget_ns = config.options.slice_ms * 1e6
  local t0 = uv.hrtime()
  local n = 0
  local q = job.queue
  while job.next <= #q do
    local entry, marks = highlight.place(buf, st, q[job.next])
    job.next = job.next + 1
    if entry then
      job.placed[#job.placed + 1] = entry.id
    end
    n = n + marks
    if n >= budget_n or (uv.hrtime() - t0) >= budget_ns then
      break
    end
  end
  if job.next <= #q then
    vim.schedule(function()
      step(buf, st, job)
    end)
    return
  end
  -- All new marks are in place: now drop the old ones (no flicker).
  for _, id in ipairs(job.delete) do
    highlight.remove(buf, st, id)
  end
  local lost = false
  if st.sweep and not job.full then
    -- Marks made invalid by an edit (their whole text was replaced or
    -- deleted) that no range of this result replaced. Either the core
    -- dropped the annotation with its paragraph, or the paragraph came back
    -- with the same text (a whole-buffer replacement, a formatter, `:s`
    -- that changes nothing) and the core, which only re-sends what changed,
    -- will not send it again. We cannot tell which: drop them and ask for
    -- a full result (cheap: the core's cache is warm).
    -- Only the lines edits touched: looking up every mark of a 10 MB
    -- buffer after each keystroke would hold the loop for a second.
    local marks = api.nvim_buf_get_extmarks(buf, highlight.ns, { st.sweep.lo, 0 },
      { st.sweep.hi, -1 }, { details = true })
    for _, m in ipairs(marks) do
      local owner = st.owner[m[1]]
      if m[4] and m[4].invalid and owner and st.entries[owner] then
        highlight.remove(buf, st, owner)
        lost = true
      end
    end
  end
  st.sweep = nil
  st.applying = nil
  st.results = st.results + 1
  if lost then
    log.info(('buffer %d: marks lost to an edit; asking for a full result'):format(buf))
    M.analyse(buf, true)
    return
  end
  st.applied_tick = job.tick
  if config.options.diagnostics then
    st.diagnostics = true
    require('claimlens.diagnostic').update(buf, st)
  end
  fire_update(buf, st)
end

--- Handles a pushed `result`.
function M.on_result(res)
  if type(res) ~= 'table' or type(res.buf) ~= 'number' then
    return
  end
  local buf = res.buf
  local st = M.states[buf]
  if not st or not api.nvim_buf_is_valid(buf) then
    return
  end
  local tick = api.nvim_buf_get_changedtick(buf)
  if res.tick ~= tick then
    st.stale = st.stale + 1
    -- Ask again unless a request for the current tick is on its way (the
    -- tick may have moved without a text change, or an edit raced it).
    if st.requested_tick ~= tick then
      M.schedule(buf)
    end
    return
  end
  cancel_apply(buf, st)
  local job = { tick = res.tick, full = res.full == true, queue = {}, next = 1, placed = {}, delete = {} }
  local seen = {}
  if res.full then
    for id in pairs(st.entries) do
      job.delete[#job.delete + 1] = id
    end
  end
  local ranges = type(res.ranges) == 'table' and res.ranges or {}
  for _, r in ipairs(ranges) do
    if type(r) == 'table' then
      if not res.full and type(r.first) == 'number' and type(r.last) == 'number' then
        for _, id in ipairs(highlight.starting_in(buf, st, r.first, r.last)) do
          if not seen[id] then
            seen[id] = true
            job.delete[#job.delete + 1] = id
          end
        end
      end
      if type(r.annotations) == 'table' then
        for _, a in ipairs(r.annotations) do
          job.queue[#job.queue + 1] = a
        end
      end
    end
  end
  st.applying = job
  step(buf, st, job)
end

--- Called after the core was (re)started: send every attached buffer again.
function M.on_restart()
  for buf, st in pairs(M.states) do
    if api.nvim_buf_is_valid(buf) and api.nvim_buf_is_loaded(buf) then
      cancel_apply(buf, st)
      st.applied_tick = -1
      send_open(buf, st)
      if config.options.mode ~= 'manual' or st.results > 0 then
        M.analyse(buf)
      end
    else
      M._forget(buf, st)
    end
  end
end

--- Counts of the current annotations by kind.
function M.counts(buf)
  local st = M.states[buf]
  local c = { claim = 0, anonymous = 0, contested = 0, demand = 0, weak = 0 }
  if not st then
    return c
  end
  for _, e in pairs(st.entries) do
    local k = e.ann.weak == true and 'weak' or e.ann.kind
    c[k] = (c[k] or 0) + 1
  end
  return c
end

core.on('result', M.on_result)
core.on('restart', M.on_restart)

return M
