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
local packed = require('claimlens.packed')
local slice = require('claimlens.slice')

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

--- Abandons the application in progress. Its marks stay where they are (no
--- flicker, and removing a large half-applied result at once would hold the
--- loop): the marks it placed are removed by the next result, and when it had
--- changed anything the next request asks for a full result.
local function abandon(st)
  local job = st.applying
  if not job then
    return
  end
  st.applying = nil
  job.cancelled = true
  if #job.placed > 0 then
    local o = st.orphans or {}
    for _, id in ipairs(job.placed) do
      o[#o + 1] = id
    end
    st.orphans = o
  end
  if #job.placed > 0 or job.del_next > 1 then
    st.applied_tick = -1
  end
end

-- The lines the user sees, with a screen of margin above and below: the
-- current window if it shows buf, else the top-most window of the tab page
-- that does (floating windows aside). 0-based, end exclusive; nil if no
-- window shows the buffer.
local function focus(buf)
  local win = api.nvim_get_current_win()
  if api.nvim_win_get_buf(win) ~= buf then
    win = nil
    for _, w in ipairs(api.nvim_tabpage_list_wins(0)) do
      if api.nvim_win_get_buf(w) == buf and api.nvim_win_get_config(w).relative == '' then
        win = w
        break
      end
    end
  end
  if not win then
    return nil
  end
  local top = vim.fn.line('w0', win) - 1
  local bot = vim.fn.line('w$', win)
  local margin = math.max(bot - top, 10)
  return { math.max(top - margin, 0), math.min(bot + margin, api.nvim_buf_line_count(buf)) }
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
  if st.opening then
    -- the text is still travelling to the core: analyse once it is there
    st.opening.analyse = true
    return true
  end
  local tick = api.nvim_buf_get_changedtick(buf)
  st.requested_tick = tick
  st.requests = st.requests + 1
  local f = focus(buf)
  local sent
  if f then
    sent = core.notify('analyse', buf, tick, st.applied_tick, f)
  else
    sent = core.notify('analyse', buf, tick, st.applied_tick)
  end
  if not sent then
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

-- Sends the rest of the buffer's text after `open`, in slices appended with
-- `edit`, each step for at most slice_ms: reading and packing 10 MB of lines
-- at once holds the loop for tens of milliseconds.
local function open_step(buf, st, op)
  if st.opening ~= op or M.states[buf] ~= st or not api.nvim_buf_is_valid(buf) then
    return
  end
  if core.state == 'starting' then
    -- read the text when it can travel, not into the queue
    core.when_ready(function()
      open_step(buf, st, op)
    end)
    return
  end
  local t0 = uv.hrtime()
  local budget = config.options.slice_ms * 1e6
  local total = api.nvim_buf_line_count(buf)
  local took = 0
  -- one slice at least, then more while the next one fits in the budget
  while op.next < total and (took == 0 or uv.hrtime() - t0 + took < budget) do
    local t = uv.hrtime()
    local last = math.min(op.next + op.n, total)
    local tick = api.nvim_buf_get_changedtick(buf)
    core.notify('edit', buf, tick, op.next, op.next, api.nvim_buf_get_lines(buf, op.next, last, false))
    st.tick_sent = tick
    op.next = last
    took = math.max(uv.hrtime() - t, 1e4)
    op.n = slice.next_size(op.n, took, budget, 8)
  end
  if op.next < total then
    vim.schedule(function()
      open_step(buf, st, op)
    end)
    return
  end
  st.opening = nil
  if op.analyse then
    -- this request covers the edits made meanwhile: no second one for the
    -- same tick from their debounce timer
    stop_timer(st)
    M.analyse(buf)
  end
end

-- Sends the buffer's text: `open` with the first lines now, the rest in
-- later steps (open_step). Edits made meanwhile travel as usual for the
-- lines already sent (on_lines); analyse requests wait for the end.
local function send_open(buf, st)
  local tick = api.nvim_buf_get_changedtick(buf)
  local total = api.nvim_buf_line_count(buf)
  local op = { next = math.min(total, M.OPEN_SLICE), n = M.OPEN_SLICE }
  local ok = core.notify('open', buf, tick, api.nvim_buf_get_lines(buf, 0, op.next, false))
  st.tick_sent = tick
  if op.next < total then
    if st.opening and st.opening.analyse then
      op.analyse = true
    end
    st.opening = op
    vim.schedule(function()
      open_step(buf, st, op)
    end)
  else
    st.opening = nil
  end
  return ok
end
--- Lines sent with `open` (the first slice); the rest follows in slices.
M.OPEN_SLICE = 256

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
    entries = highlight.new_store(),
    owner = {},
    nmarks = 0, -- marks placed and not removed (highlight.lua)
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
      cur.edits = cur.edits + 1
      local op = cur.opening
      if op then
        -- The core has only lines [0, op.next) so far.
        if first >= op.next then
          -- not sent yet: a later slice reads the new text
          if config.options.mode == 'live' then
            M.schedule(b)
          end
          return
        end
        local upto = math.min(last_old, op.next)
        op.next = last_old <= op.next and op.next + last_new - last_old or last_new
        last_old = upto
      end
      local lines = api.nvim_buf_get_lines(b, first, last_new, false)
      cur.tick_sent = tick
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
  st.opening = nil
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
  abandon(st)
  M._forget(buf, st)
  highlight.clear(buf, st)
  st.orphans = nil
  if st.diagnostics then
    require('claimlens.diagnostic').clear(buf, st)
  end
  fire_update(buf, st)
  return true
end

-- Finishes a result whose marks are all placed, old marks removed and
-- invalid ones swept.
local function finish(buf, st, job)
  local lost = job.lost
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

-- A packed range (doc/protocol.md): its annotations as msgpack maps one
-- after another in one string, read one at a time as they are placed, so
-- that receiving a part costs Neovim one string, not thousands of tables
-- made (and then collected) while the loop waits. Placing reads only
-- positions and flags (packed.lua); the entries keep the string, and the
-- texts are decoded when something asks for them.
local Packed = {}

-- The next annotation of a packed range and where it starts, or nil when it
-- has no more.
local function unpack_next(p)
  local at = p.pos
  if at > #p.bytes then
    return nil
  end
  local ok, ann, nxt = pcall(packed.read, p.bytes, at)
  if not ok then
    -- what packed.read leaves to vim.mpack (floats), or garbage
    ann, nxt = packed.decode(p.bytes, at)
  end
  if ann == nil then
    -- garbage or cut short: drop the rest
    log.error(('a packed range does not decode at byte %d: %s'):format(p.pos, tostring(nxt)))
    p.pos = #p.bytes + 1
    return nil
  end
  p.pos = nxt
  return ann, at
end

-- Hands a new entry kept as a table (an annotation that came as one) to the
-- collector now. LuaJIT (and Lua 5.1) mark what a table already marked in
-- the current cycle gains (an entries bucket gains every placed entry) only
-- in the cycle's atomic phase, all of it in one go: with a result of 100 000
-- annotations arriving while a cycle is marking 200 MB, that was tens of
-- thousands of tables at once, the longest hold of the loop while attaching
-- (20-30 ms). An object stored in a closed upvalue is marked at once instead
-- (a forward barrier), so the entry, its annotation and its id lists are
-- marked a few at a time as the cycle goes. Packed entries hold no table.
local to_collector = (function()
  local last
  return function(x)
    last = x
  end
end)()

--- Applies one slice of a result: places new marks, then (once the last part
--- is in) removes the old ones, at most slice_ms per main-loop step.
local function step(buf, st, job)
  if job.cancelled or st.applying ~= job or M.states[buf] ~= st then
    return
  end
  if not api.nvim_buf_is_valid(buf) then
    return
  end
  if api.nvim_buf_get_changedtick(buf) ~= job.tick then
    -- The buffer changed while we were placing marks: these positions are
    -- stale. What is placed stays until the next result replaces it.
    abandon(st)
    st.stale = st.stale + 1
    log.info(('buffer %d: result %d went stale while applying'):format(buf, job.tick))
    if config.options.mode == 'live' then
      M.schedule(buf)
    end
    return
  end
  local cap = config.options.slice
  local budget = config.options.slice_ms * 1e6
  local t0 = uv.hrtime()
  local n = 0
  local q = job.queue
  while job.next <= #q do
    local item = q[job.next]
    local ann, at = item, nil
    if getmetatable(item) == Packed then
      ann, at = unpack_next(item) -- nil once it has no more
    end
    if ann == item or ann == nil then
      q[job.next] = false -- let the collector have it
      job.next = job.next + 1
    end
    local id, marks, entry = nil, 0, nil
    if ann ~= nil then
      id, marks, entry = highlight.place(buf, st, ann, at and item.bytes, at)
    end
    if id then
      job.placed[#job.placed + 1] = id
    end
    if entry then
      to_collector(entry)
    end
    n = n + marks
    local limit = budget
    if slice.near_rehash(st.nmarks) then
      limit = math.min(budget, 1e6) -- a short step: see slice.near_rehash
    end
    if (cap > 0 and n >= cap) or uv.hrtime() - t0 >= limit then
      break
    end
  end
  if job.next <= #q then
    vim.schedule(function()
      step(buf, st, job)
    end)
    return
  end
  if not job.complete then
    job.idle = true -- until the next part
    return
  end
  -- All new marks are in place: now drop the old ones (no flicker).
  local del = job.delete
  while job.del_next <= #del do
    if uv.hrtime() - t0 >= budget then
      vim.schedule(function()
        step(buf, st, job)
      end)
      return
    end
    local last = math.min(job.del_next + 63, #del)
    for i = job.del_next, last do
      highlight.remove(buf, st, del[i])
    end
    job.del_next = last + 1
  end
  local sw = st.sweep
  if sw and not job.full then
    -- Marks made invalid by an edit (their whole text was replaced or
    -- deleted) that no range of this result replaced. Either the core
    -- dropped the annotation with its paragraph, or the paragraph came back
    -- with the same text (a whole-buffer replacement, a formatter, `:s`
    -- that changes nothing) and the core, which only re-sends what changed,
    -- will not send it again. We cannot tell which: drop them and ask for
    -- a full result (cheap: the core's cache is warm).
    -- Only the lines edits touched, a slice of lines per step: looking up
    -- every mark of a 10 MB buffer at once holds the loop for 100 ms.
    job.sweep_row = job.sweep_row or sw.lo
    job.sweep_n = job.sweep_n or 256
    while job.sweep_row <= sw.hi do
      if uv.hrtime() - t0 >= budget then
        vim.schedule(function()
          step(buf, st, job)
        end)
        return
      end
      local t = uv.hrtime()
      local last = math.min(job.sweep_row + job.sweep_n - 1, sw.hi)
      local marks =
        api.nvim_buf_get_extmarks(buf, highlight.ns, { job.sweep_row, 0 }, { last, -1 }, { details = true })
      for _, m in ipairs(marks) do
        local owner = m[4] and m[4].invalid and highlight.owner(st, m[1])
        if owner then
          highlight.remove(buf, st, owner)
          job.lost = true
        end
      end
      job.sweep_row = last + 1
      job.sweep_n = slice.next_size(job.sweep_n, uv.hrtime() - t, budget, 4)
    end
  end
  finish(buf, st, job)
end

-- Adds one part (or a whole result) to a job: old marks of its ranges to
-- remove at the end, its annotations to place.
local function add_part(buf, st, job, res)
  local ranges = type(res.ranges) == 'table' and res.ranges or {}
  for _, r in ipairs(ranges) do
    if type(r) == 'table' then
      if not job.full and type(r.first) == 'number' and type(r.last) == 'number' then
        for _, id in ipairs(highlight.starting_in(buf, st, r.first, r.last)) do
          if not job.seen[id] then
            job.seen[id] = true
            job.delete[#job.delete + 1] = id
          end
        end
      end
      if type(r.annotations) == 'table' then
        local q = job.queue
        for _, a in ipairs(r.annotations) do
          q[#q + 1] = a
        end
      elseif type(r.packed) == 'string' and #r.packed > 0 then
        job.queue[#job.queue + 1] = setmetatable({ bytes = r.packed, pos = 1 }, Packed)
      end
    end
  end
  if res.more ~= true then
    job.complete = true
  end
end

-- Starts applying a result (or its first part).
local function start(buf, st, res, part)
  abandon(st)
  st.dropping = nil
  local job = {
    tick = res.tick,
    full = res.full == true,
    part = part, -- the last part received (nil: a core that sends no parts)
    queue = {},
    next = 1,
    placed = {},
    delete = {},
    del_next = 1,
    seen = {},
  }
  if job.full then
    job.delete = highlight.ids(st)
  else
    -- marks of an abandoned application that this result does not know of
    for _, id in ipairs(st.orphans or {}) do
      if not job.seen[id] then
        job.seen[id] = true
        job.delete[#job.delete + 1] = id
      end
    end
  end
  st.orphans = nil
  add_part(buf, st, job, res)
  st.applying = job
  step(buf, st, job)
end

--- Handles a pushed `result` or one part of it (doc/protocol.md).
function M.on_result(res)
  if type(res) ~= 'table' or type(res.buf) ~= 'number' then
    return
  end
  local buf = res.buf
  local st = M.states[buf]
  if not st or not api.nvim_buf_is_valid(buf) then
    return
  end
  local part = type(res.part) == 'number' and res.part or nil
  local tick = api.nvim_buf_get_changedtick(buf)
  if res.tick ~= tick then
    st.stale = st.stale + 1
    if st.applying and st.applying.tick ~= tick then
      abandon(st)
    end
    -- Ask again unless a request for the current tick is on its way (the
    -- tick may have moved without a text change, or an edit raced it).
    -- Once per result, not per part.
    if (part or 1) == 1 and st.requested_tick ~= tick then
      M.schedule(buf)
    end
    return
  end
  if part == nil or part <= 1 then
    start(buf, st, res, part)
    return
  end
  if st.dropping == res.tick then
    return -- the rest of a result we gave up on
  end
  local job = st.applying
  if not job or job.tick ~= res.tick or job.part == nil or job.complete or part ~= job.part + 1 then
    -- A part went missing: drop the rest, ask for everything again.
    st.dropping = res.tick
    abandon(st)
    log.info(('buffer %d: part %d of result %d out of order; asking for a full result'):format(buf, part, res.tick))
    M.analyse(buf, true)
    return
  end
  -- Queued behind the marks still being placed; never restarts them.
  job.part = part
  add_part(buf, st, job, res)
  if job.idle then
    -- in a step of its own: decoding this part already took its time
    job.idle = false
    vim.schedule(function()
      step(buf, st, job)
    end)
  end
end

--- Called after the core was (re)started: send every attached buffer again.
function M.on_restart()
  for buf, st in pairs(M.states) do
    if api.nvim_buf_is_valid(buf) and api.nvim_buf_is_loaded(buf) then
      abandon(st)
      st.dropping = nil
      st.orphans = nil -- the next result is full
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
  highlight.each(st, function(_, kind, weak)
    local k = weak and 'weak' or kind
    c[k] = (c[k] or 0) + 1
  end)
  return c
end

core.on('result', M.on_result)
core.on('restart', M.on_restart)

return M
