-- claimlens.commands: `:Claimlens {subcommand}` and its completion.
local M = {}

local api = vim.api

local function cl()
  return require('claimlens')
end

local function status()
  local core = require('claimlens.core')
  local buffer = require('claimlens.buffer')
  local config = require('claimlens.config')
  local s = core.status()
  local lines = {}
  local function add(l)
    lines[#lines + 1] = l
  end
  add(('core: %s%s'):format(s.state, s.pid and (' (pid ' .. s.pid .. ')') or ''))
  add('  binary: ' .. config.binary())
  if s.info then
    add(('  %s %s, protocol %s'):format(tostring(s.info.name), tostring(s.info.version), tostring(s.info.protocol)))
    if type(s.info.packs) == 'table' then
      add('  rule packs: ' .. table.concat(vim.tbl_map(tostring, s.info.packs), ', '))
    end
    for _, e in ipairs(core.hello_errors or {}) do
      add('  error: ' .. tostring(e))
    end
  end
  if s.crashes > 0 then
    add(('  crashes: %d%s'):format(s.crashes, s.gave_up and ' (gave up; :Claimlens restart)' or ''))
  end
  add(('mode: %s, debounce %d ms, filetypes: %s%s'):format(
    config.options.mode,
    config.options.debounce,
    table.concat(config.options.filetypes, ','),
    config.options.enabled and '' or ' (automatic attach off)'
  ))
  local buf = api.nvim_get_current_buf()
  local st = buffer.states[buf]
  if not st then
    add(('buffer %d: not enabled'):format(buf))
  else
    local c = buffer.counts(buf)
    add(
      ('buffer %d: tick %d, applied %d, results %d, stale dropped %d'):format(
        buf,
        api.nvim_buf_get_changedtick(buf),
        st.applied_tick,
        st.results,
        st.stale
      )
    )
    add(
      ('  claims %d, anonymous %d, contested %d, demands %d, weak %d'):format(
        c.claim,
        c.anonymous,
        c.contested,
        c.demand,
        c.weak
      )
    )
  end
  local n = vim.tbl_count(buffer.states)
  add(('attached buffers: %d'):format(n))
  api.nvim_echo({ { table.concat(lines, '\n') } }, true, {})
  return lines
end

M.subcommands = {
  enable = function(o)
    cl().enable(0, o.bang)
  end,
  disable = function(o)
    cl().disable(0, o.bang)
  end,
  toggle = function(o)
    cl().toggle(0, o.bang)
  end,
  refresh = function()
    cl().refresh(0)
  end,
  sources = function()
    require('claimlens.sources').show(0)
  end,
  restart = function()
    cl().restart()
  end,
  log = function()
    require('claimlens.log').open()
  end,
  demands = function(o)
    require('claimlens.demands').open(o.bang, o.fargs[2])
  end,
  hover = function()
    cl().hover()
  end,
  status = function()
    status()
  end,
}

M.names = { 'enable', 'disable', 'toggle', 'refresh', 'sources', 'restart', 'log', 'demands', 'hover', 'status' }

function M.run(o)
  local sub = o.fargs[1] or 'status'
  -- `:Claimlens demands!` (bang on the subcommand) = `:Claimlens! demands`
  if sub:sub(-1) == '!' then
    sub = sub:sub(1, -2)
    o = vim.tbl_extend('force', o, { bang = true })
  end
  local fn = M.subcommands[sub]
  if not fn then
    vim.notify(
      ('claimlens: unknown subcommand %q (one of: %s)'):format(sub, table.concat(M.names, ', ')),
      vim.log.levels.ERROR
    )
    return
  end
  require('claimlens')._init()
  fn(o)
end

function M.complete(arglead, cmdline, _)
  local words = vim.split(cmdline:gsub('^%s*%S+!?%s*', ''), '%s+', { trimempty = false })
  if #words <= 1 then
    return vim.tbl_filter(function(n)
      return n:find(arglead, 1, true) == 1
    end, M.names)
  end
  if words[1] == 'demands' and #words == 2 then
    return vim.tbl_filter(function(n)
      return n:find(arglead, 1, true) == 1
    end, { 'list', 'select' })
  end
  return {}
end

return M
