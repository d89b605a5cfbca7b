-- claimlens.core: the job channel to the C core (`claimlens rpc`).
--
-- The core is started lazily with jobstart({bin, 'rpc'}, {rpc = true}).
-- Everything on the edit path is a notification; answers are *pushed* by the
-- core through nvim_exec_lua -> M._on_push(method, payload) (doc/protocol.md).
-- hello is sent as a notification too; messages queued before its reply are
-- flushed once the protocol version is confirmed.
local log = require('claimlens.log')
local config = require('claimlens.config')

local M = {}

M.PROTOCOL = 1

local uv = vim.uv or vim.loop

---@type integer|nil
M.chan = nil
--- 'stopped' | 'starting' | 'ready' | 'failed'
M.state = 'stopped'
---@type table|nil hello reply
M.info = nil
M.hello_errors = {}

local queue = {} -- {method, args} sent before the hello reply
local stopping = {} -- chan -> true when we stopped it on purpose
local crashes = {} -- hrtime (ms) of recent crashes
local restart_timer = nil
local gave_up = false
local hello_timer = nil
local handlers = {} -- method -> list of functions(payload)
local ready_waiters = {}
local notified = {} -- message -> true (say things once)

local function now_ms()
  return uv.hrtime() / 1e6
end

local function notify_once(key, msg, level)
  if notified[key] then
    return
  end
  notified[key] = true
  vim.schedule(function()
    vim.notify(msg, level or vim.log.levels.WARN, { title = 'claimlens' })
  end)
end
M._notify_once = notify_once

--- Registers a push handler (used by buffer.lua for 'result' and 'error').
function M.on(method, fn)
  handlers[method] = handlers[method] or {}
  table.insert(handlers[method], fn)
end

local function emit(method, payload)
  for _, fn in ipairs(handlers[method] or {}) do
    local ok, err = pcall(fn, payload)
    if not ok then
      log.error(('handler for %s failed: %s'):format(method, err))
    end
  end
end

local function send_now(method, args)
  if not M.chan then
    return false
  end
  local ok, err = pcall(vim.rpcnotify, M.chan, method, unpack(args, 1, args.n or #args))
  if not ok then
    log.error(('sending %s failed: %s'):format(method, err))
  end
  return ok
end

--- Sends a notification; queued until the hello reply confirmed the protocol.
--- Returns false when the core is not running (and could not be started).
function M.notify(method, ...)
  local args = { n = select('#', ...), ... }
  if M.state == 'ready' then
    return send_now(method, args)
  elseif M.state == 'starting' then
    queue[#queue + 1] = { method, args }
    return true
  end
  return false
end

--- A blocking request. Never used on an edit path (health check, tests).
function M.request(method, ...)
  if not M.chan or M.state ~= 'ready' then
    return nil, 'core not running'
  end
  local ok, res = pcall(vim.rpcrequest, M.chan, method, ...)
  if not ok then
    return nil, res
  end
  return res
end

local function hello_params()
  local packs, notes = config.hello_paths()
  -- parts: results may come in several pushes; packed: a range's
  -- annotations as one msgpack string, decoded as they are placed
  -- (doc/protocol.md)
  return { protocol = M.PROTOCOL, client = 'nvim', packs = packs, notes = notes, parts = true, packed = true }
end

local function on_stderr(_, data)
  if type(data) ~= 'table' then
    return
  end
  for _, line in ipairs(data) do
    if line ~= '' then
      log.add('core', line)
    end
  end
end

local schedule_restart

local function on_exit(chan, code, _)
  if hello_timer then
    hello_timer:stop()
    hello_timer:close()
    hello_timer = nil
  end
  if stopping[chan] then
    stopping[chan] = nil
    log.info(('core stopped (exit %d)'):format(code))
    return
  end
  if chan ~= M.chan then
    return
  end
  M.chan = nil
  M.state = 'stopped'
  queue = {}
  log.error(('core exited unexpectedly (exit %d)'):format(code))
  emit('exit', { code = code })
  schedule_restart(code)
end

--- Starts the core if it is not running. Returns true when it is running or
--- starting.
function M.start()
  if M.state == 'ready' or M.state == 'starting' then
    return true
  end
  if gave_up then
    return false
  end
  if restart_timer then
    -- A restart is scheduled (back-off after a crash): it re-sends every
    -- attached buffer. Starting now would defeat the back-off.
    return true
  end
  local bin = config.binary()
  if vim.fn.executable(bin) ~= 1 then
    if not notified['nobin:' .. bin] then
      log.error('core binary not found or not executable: ' .. bin)
    end
    M.fail_reason = 'core binary not found or not executable: ' .. bin
    notify_once(
      'nobin:' .. bin,
      ('claimlens: core not found at %s (run `make` in the plugin directory, or set `binary`)'):format(bin),
      vim.log.levels.ERROR
    )
    M.state = 'stopped'
    return false
  end
  local ok, chan = pcall(vim.fn.jobstart, { bin, 'rpc' }, {
    rpc = true,
    -- `cache = false`: the core compiles its patterns afresh, writes nothing
    env = config.options.cache == false and { CLAIMLENS_CACHE = '0' } or nil,
    on_stderr = on_stderr,
    on_exit = on_exit,
  })
  if not ok or type(chan) ~= 'number' or chan <= 0 then
    log.error(('could not start %s: %s'):format(bin, tostring(chan)))
    notify_once('nostart', 'claimlens: could not start the core; see :Claimlens log', vim.log.levels.ERROR)
    return false
  end
  M.chan = chan
  M.state = 'starting'
  M.info = nil
  M.hello_errors = {}
  M.fail_reason = nil
  M.started_at = now_ms()
  M.runs = (M.runs or 0) + 1
  log.info(('core started: %s rpc (channel %d, pid %s)'):format(bin, chan, tostring(vim.fn.jobpid(chan))))
  send_now('hello', { hello_params(), n = 1 })
  if M.runs > 1 then
    -- A new process knows no buffer: buffer.lua sends them all again (they
    -- are queued until the hello reply).
    emit('restart', {})
  end
  hello_timer = uv.new_timer()
  hello_timer:start(
    10000,
    0,
    vim.schedule_wrap(function()
      if hello_timer then
        hello_timer:close()
        hello_timer = nil
      end
      if M.chan == chan and M.state == 'starting' then
        log.error('core did not answer hello within 10 s')
        notify_once('nohello', 'claimlens: the core does not answer; see :Claimlens log', vim.log.levels.ERROR)
      end
    end)
  )
  return true
end

--- Stops the core on purpose (no restart).
function M.stop()
  if restart_timer then
    restart_timer:stop()
    restart_timer:close()
    restart_timer = nil
  end
  local chan = M.chan
  M.chan = nil
  M.state = 'stopped'
  M.info = nil
  queue = {}
  if chan then
    stopping[chan] = true
    pcall(vim.fn.jobstop, chan)
  end
end

--- `:Claimlens restart`: stop, forget past crashes, start, re-open buffers.
function M.restart()
  M.stop()
  gave_up = false
  crashes = {}
  notified = {}
  M.fail_reason = nil
  return M.start()
end

schedule_restart = function(code)
  local t = now_ms()
  local window = config.options.restart_window
  local recent = {}
  for _, c in ipairs(crashes) do
    if t - c < window then
      recent[#recent + 1] = c
    end
  end
  recent[#recent + 1] = t
  crashes = recent
  if #crashes > config.options.restart_max then
    gave_up = true
    M.state = 'failed'
    M.fail_reason = ('the core crashed %d times in %d s (last exit %d)'):format(
      #crashes,
      math.floor(window / 1000),
      code
    )
    log.error(('core crashed %d times in %d s; giving up'):format(#crashes, math.floor(window / 1000)))
    vim.schedule(function()
      vim.notify(
        'claimlens: the core keeps crashing; annotations are off. See :Claimlens log, then :Claimlens restart',
        vim.log.levels.ERROR,
        { title = 'claimlens' }
      )
    end)
    return
  end
  local delay = 100 * 2 ^ (#crashes - 1)
  log.info(('restarting the core in %d ms'):format(delay))
  if #crashes == 1 then
    -- Say so once per crash episode.
    vim.schedule(function()
      vim.notify(
        ('claimlens: the core stopped (exit %d); restarting it. See :Claimlens log'):format(code),
        vim.log.levels.WARN,
        { title = 'claimlens' }
      )
    end)
  end
  if restart_timer then
    restart_timer:stop()
    restart_timer:close()
  end
  restart_timer = uv.new_timer()
  restart_timer:start(
    delay,
    0,
    vim.schedule_wrap(function()
      if restart_timer then
        restart_timer:close()
        restart_timer = nil
      end
      if M.state == 'stopped' and not gave_up then
        M.start()
      end
    end)
  )
end

--- Calls fn once the core is ready (now, if it is).
function M.when_ready(fn)
  if M.state == 'ready' then
    fn()
  else
    ready_waiters[#ready_waiters + 1] = fn
  end
end

--- The core speaks another protocol: one message, stop it, no restarts.
local function protocol_mismatch(what)
  local reason = ('%s; this plugin speaks protocol %d'):format(what, M.PROTOCOL)
  log.error(reason)
  notify_once(
    'protocol',
    ('claimlens: %s: rebuild the core (`make`); annotations are off. See :Claimlens log'):format(reason),
    vim.log.levels.ERROR
  )
  M.stop()
  M.state = 'failed'
  M.fail_reason = reason
  gave_up = true
end

local function on_hello(info)
  if type(info) ~= 'table' then
    log.error('bad hello reply: ' .. vim.inspect(info))
    return
  end
  if info.protocol ~= M.PROTOCOL then
    protocol_mismatch(('the core speaks protocol %s'):format(tostring(info.protocol)))
    return
  end
  M.info = info
  local lua_version = require('claimlens').version
  if info.version ~= nil and tostring(info.version) ~= lua_version then
    log.warn(('core version %s differs from the plugin version %s'):format(tostring(info.version), lua_version))
    notify_once(
      'version',
      ('claimlens: core version %s, plugin %s; rebuild the core (`make`)'):format(tostring(info.version), lua_version),
      vim.log.levels.WARN
    )
  end
  M.hello_errors = type(info.errors) == 'table' and info.errors or {}
  log.info(
    ('core ready: %s %s, protocol %d, packs: %s'):format(
      tostring(info.name),
      tostring(info.version),
      info.protocol,
      type(info.packs) == 'table' and table.concat(vim.tbl_map(tostring, info.packs), ', ') or '-'
    )
  )
  for _, e in ipairs(M.hello_errors) do
    log.error('hello: ' .. tostring(e))
    notify_once('hello:' .. tostring(e), 'claimlens: ' .. tostring(e), vim.log.levels.WARN)
  end
  if M.state == 'starting' then
    M.state = 'ready'
    local q = queue
    queue = {}
    for _, m in ipairs(q) do
      send_now(m[1], m[2])
    end
    local w = ready_waiters
    ready_waiters = {}
    for _, fn in ipairs(w) do
      local ok, err = pcall(fn)
      if not ok then
        log.error('ready callback: ' .. tostring(err))
      end
    end
  end
end

--- Sends `reload` with the current packs and notes (after setup()).
--- Returns true when it was sent (or queued); false when no core runs (the
--- next start sends the paths in hello).
function M.reload()
  if M.state ~= 'ready' and M.state ~= 'starting' then
    return false
  end
  -- A `hello` notification with packs and notes reloads them exactly as
  -- `reload` does and always pushes the answer (rule pack and notes errors)
  -- as `hello`; the core currently drops the answer of a `reload` sent as a
  -- notification, so errors in a pack added by setup() would go unseen.
  return M.notify('hello', hello_params())
end

--- Entry point of every push: the core sends the notification nvim_exec_lua
--- with `return require('claimlens.core')._on_push(...)`.
function M._on_push(method, payload)
  if payload == vim.NIL then
    payload = nil
  end
  local ok, err = pcall(function()
    if method == 'hello' or method == 'reload' then
      on_hello(payload)
    elseif method == 'error' then
      local msg = type(payload) == 'table' and tostring(payload.message) or tostring(payload)
      local buf = type(payload) == 'table' and payload.buf or nil
      log.error('core: ' .. msg .. (buf and (' (buffer ' .. tostring(buf) .. ')') or ''))
      if M.state == 'starting' and buf == nil and msg:find('protocol', 1, true) then
        -- the core refused our hello (doc/protocol.md: an error push)
        protocol_mismatch('the core refused the handshake (' .. msg .. ')')
        return
      end
      emit('error', payload)
    else
      emit(method, payload)
    end
  end)
  if not ok then
    log.error(('push %s: %s'):format(tostring(method), tostring(err)))
  end
  return nil
end

function M.status()
  return {
    state = M.state,
    chan = M.chan,
    pid = M.chan and vim.fn.jobpid(M.chan) or nil,
    info = M.info,
    crashes = #crashes,
    gave_up = gave_up,
    fail_reason = M.fail_reason,
  }
end

return M
