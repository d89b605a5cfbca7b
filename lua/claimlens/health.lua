-- :checkhealth claimlens
local M = {}

local health = vim.health

function M.check()
  local claimlens = require('claimlens')
  local config = require('claimlens.config')
  local core = require('claimlens.core')
  claimlens._init()

  health.start('claimlens: Neovim')
  local v = vim.version()
  local vs = ('%d.%d.%d'):format(v.major, v.minor, v.patch)
  if vim.fn.has('nvim-0.10') == 1 then
    health.ok('Neovim ' .. vs)
  else
    health.error('Neovim ' .. vs .. ' is too old; claimlens needs 0.10 or newer')
  end

  health.start('claimlens: core binary')
  local bin = config.binary()
  if vim.fn.executable(bin) ~= 1 then
    health.error('core not found or not executable: ' .. bin, {
      'Run `make` in ' .. config.root(),
      'or set `binary` in require("claimlens").setup()',
    })
    return
  end
  health.ok('found ' .. bin)
  local res = vim.system({ bin, '--version' }, { text = true }):wait(5000)
  local out = vim.trim((res.stdout or '') .. '')
  if res.code ~= 0 or out == '' then
    health.error(('`%s --version` failed (exit %s): %s'):format(bin, tostring(res.code), vim.trim(res.stderr or '')))
  else
    local bver = out:match('(%d+%.%d+%.%d+)') or out
    if bver == claimlens.version then
      health.ok(('version %s matches the Lua side'):format(bver))
    else
      health.error(('core version %s, Lua side %s'):format(bver, claimlens.version), {
        'Rebuild the core (`make`) or update the plugin so both match',
      })
    end
  end

  health.start('claimlens: core process')
  if core.state ~= 'ready' then
    core.start()
    vim.wait(5000, function()
      return core.state == 'ready' or core.state == 'failed' or core.state == 'stopped'
    end, 20)
  end
  if core.state ~= 'ready' then
    local st = core.status()
    if st.fail_reason then
      health.error(st.fail_reason .. (st.gave_up and ' (gave up)' or ''), {
        'See :Claimlens log',
        'Fix the cause (e.g. `make`), then :Claimlens restart',
      })
    else
      health.error('the core did not answer hello (state: ' .. core.state .. ')', { 'See :Claimlens log' })
    end
    return
  end
  local info = core.info or {}
  if info.protocol == core.PROTOCOL then
    health.ok(('hello: %s %s, protocol %s'):format(tostring(info.name), tostring(info.version), tostring(info.protocol)))
  else
    health.error(('protocol %s, the plugin speaks %d'):format(tostring(info.protocol), core.PROTOCOL))
  end
  if info.version ~= nil and tostring(info.version) ~= claimlens.version then
    health.error(('running core reports version %s, Lua side %s'):format(tostring(info.version), claimlens.version), {
      'Rebuild the core (`make`) so that both match',
    })
  end
  local pong, err = core.request('ping')
  if pong == 'pong' then
    health.ok('core answers ping')
  else
    health.error('core does not answer ping: ' .. tostring(err or pong))
  end

  health.start('claimlens: rule packs and notes')
  local packs, notes = config.hello_paths()
  if type(info.packs) == 'table' and #info.packs > 0 then
    health.ok('rule packs loaded: ' .. table.concat(vim.tbl_map(tostring, info.packs), ', '))
  else
    health.info('no rule pack names reported')
  end
  for _, p in ipairs(packs) do
    health.info('extra pack: ' .. p)
  end
  for _, p in ipairs(notes) do
    health.info('notes file: ' .. p)
  end
  local errors = core.hello_errors or {}
  if #errors == 0 then
    health.ok('no errors in rule packs or notes files')
  else
    for _, e in ipairs(errors) do
      health.error(tostring(e))
    end
  end

  health.start('claimlens: pattern cache')
  local dir = config.cache_dir()
  if not dir then
    health.info('off: the core compiles its rule patterns at every start')
  elseif vim.fn.filewritable(dir) == 2 then
    health.ok('compiled rule patterns kept in ' .. dir)
  elseif vim.fn.isdirectory(dir) == 1 then
    health.warn(dir .. ' is not writable: the core compiles its rule patterns at every start')
  else
    health.info(dir .. ' does not exist yet (the core makes it)')
  end

  health.start('claimlens: buffers')
  local buffer = require('claimlens.buffer')
  local n = 0
  for b, st in pairs(buffer.states) do
    n = n + 1
    health.info(('buffer %d %s: applied tick %d, %d results, %d stale dropped'):format(
      b,
      vim.api.nvim_buf_get_name(b),
      st.applied_tick,
      st.results,
      st.stale
    ))
  end
  if n == 0 then
    health.info('no buffer attached (filetypes: ' .. table.concat(config.options.filetypes, ', ') .. ')')
  end
end

return M
