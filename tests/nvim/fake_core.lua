-- A stand-in for build/claimlens, for faults_spec.lua only:
--
--   nvim --clean --headless -l fake_core.lua MODE (rpc | --version)
--
-- It does no analysis (it answers `ping` and refuses every other request):
-- it is not a mock of the core
-- (every other spec, and every annotation check, uses the real core). It is
-- a *process that misbehaves the way a broken installation does*, which the
-- real core cannot be made to do on demand:
--
--   exit      dies at once (exit 3): a core that crashes on start
--   version   claims to be claimlens 9.9.9, protocol 1 (a stale build)
--   protocol  answers hello with protocol 2 (a core of another protocol)
--   refuse    refuses the hello with an `error` push, as core/methods.c
--             m_hello does for a protocol it does not speak
--
-- and, for parts_spec.lua, a *relay* in front of the real core
-- ($CLAIMLENS_BIN or build/claimlens), which does all the analysis:
--
--   split     cuts every result of the real core into parts (doc/protocol.md),
--             sent in order with a pause between them
--   lose      the same, but part 2 of the first result in three or more parts
--             never arrives
--   swap      the same, but parts 2 and 3 of that result arrive swapped
--
-- The relay strips `parts` from hello (so the core sends whole results
-- whatever its version), and answers the request `fake_state` [buf] itself:
-- {lines = the buffer's text as rebuilt from open and edit, its opens and edits,
-- analyse = every analyse params list, hello = every hello params map}.
--
-- Pushes are framed as doc/protocol.md says for client "nvim": the
-- notification nvim_exec_lua with the plugin's push entry point.
local mode, cmd = _G.arg[1], _G.arg[2]

if cmd == '--version' then
  io.stdout:write(mode == 'exit' and '' or 'claimlens 9.9.9\n')
  os.exit(mode == 'exit' and 3 or 0)
end
if mode == 'exit' then
  io.stderr:write('fake core: exiting at once\n')
  os.exit(3)
end

if mode == 'split' or mode == 'lose' or mode == 'swap' then
  dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/fake_relay.lua')(mode)
  os.exit(0)
end

local function push(method, payload)
  io.stdout:write(vim.mpack.encode({
    2,
    'nvim_exec_lua',
    { "return require('claimlens.core')._on_push(...)", { method, payload } },
  }))
  io.stdout:flush()
end

local version = '9.9.9'
if mode == 'version' then
  push('hello', { name = 'claimlens', version = version, protocol = 1, packs = { 'fake' }, errors = {} })
elseif mode == 'protocol' then
  push('hello', { name = 'claimlens', version = version, protocol = 2, packs = { 'fake' }, errors = {} })
elseif mode == 'refuse' then
  push('error', { message = 'protocol 1 not supported: this core speaks 2' })
end
io.stderr:write('fake core (' .. tostring(mode) .. '): up\n')
-- Requests get an answer (ping: "pong"; anything else: an error), so that
-- :checkhealth never waits on it; notifications are ignored. Until the
-- editor closes the channel.
local unpacker = vim.mpack.Unpacker()
while true do
  local byte = io.stdin:read(1)
  if not byte then
    break
  end
  local msg = unpacker(byte, 1)
  if type(msg) == 'table' and msg[1] == 0 then
    if msg[3] == 'ping' then
      io.stdout:write(vim.mpack.encode({ 1, msg[2], vim.NIL, 'pong' }))
    else
      io.stdout:write(vim.mpack.encode({ 1, msg[2], 'fake core: ' .. tostring(msg[3]) .. ' not served', vim.NIL }))
    end
    io.stdout:flush()
  end
end
os.exit(0)
