-- claimlens: annotate news text (claims, anonymous sources, contested
-- narratives, demands) with a C core speaking msgpack-RPC. See :help claimlens.
local config = require('claimlens.config')

local M = {}

--- The plugin's version; `:checkhealth claimlens` compares it with the core's.
M.version = '0.1.0'

local api = vim.api
local did_init = false

local function init()
  if did_init then
    return
  end
  did_init = true
  local highlight = require('claimlens.highlight')
  highlight.define_groups()
  local group = api.nvim_create_augroup('claimlens', { clear = true })
  api.nvim_create_autocmd('ColorScheme', {
    group = group,
    callback = function()
      highlight.define_groups()
    end,
  })
  api.nvim_create_autocmd('VimLeavePre', {
    group = group,
    callback = function()
      require('claimlens.core').stop()
    end,
  })
  api.nvim_create_autocmd('DirChanged', {
    group = group,
    callback = function()
      -- .claimlens/notes.json is looked up from the current directory.
      if config.project_notes_file() ~= config.sent_project_notes then
        M._reload()
      end
    end,
  })
  api.nvim_create_autocmd('BufWipeout', {
    group = group,
    callback = function(ev)
      local buffer = require('claimlens.buffer')
      buffer.user_disabled[ev.buf] = nil
      if buffer.states[ev.buf] then
        buffer._forget(ev.buf)
      end
    end,
  })
  -- Push handlers register themselves when their modules load.
  require('claimlens.buffer')
end
M._init = init

--- Sends the current packs and notes to the core and analyses every
--- attached buffer again (the core forgets its findings on reload; the marks
--- stay until the new results replace them).
function M._reload()
  local core = require('claimlens.core')
  local buffer = require('claimlens.buffer')
  if not core.reload() then
    return false
  end
  for b in pairs(buffer.states) do
    buffer.analyse(b, true)
  end
  return true
end

local function bufnr(buf)
  if buf == nil or buf == 0 then
    return api.nvim_get_current_buf()
  end
  return buf
end

local function wants(buf)
  if not api.nvim_buf_is_valid(buf) or not api.nvim_buf_is_loaded(buf) then
    return false
  end
  local bt = vim.bo[buf].buftype
  if bt ~= '' and bt ~= 'acwrite' then
    return false
  end
  return vim.tbl_contains(config.options.filetypes, vim.bo[buf].filetype)
end

--- FileType autocommand (plugin/claimlens.lua): attach buffers of the
--- configured filetypes; detach automatic attachments whose filetype changed.
function M._on_filetype(buf)
  init()
  local buffer = require('claimlens.buffer')
  buf = bufnr(buf)
  local st = buffer.states[buf]
  if wants(buf) then
    if not st and config.options.enabled and not buffer.user_disabled[buf] then
      if buffer.attach(buf) then
        buffer.states[buf].auto = true
      end
    end
  elseif st and st.auto then
    buffer.detach(buf)
  end
end

--- Attaches to already loaded buffers of enabled filetypes (buffers opened
--- before the plugin loaded).
function M.attach_existing()
  for _, b in ipairs(api.nvim_list_bufs()) do
    if api.nvim_buf_is_loaded(b) then
      M._on_filetype(b)
    end
  end
end

--- Optional: configure. Works with the defaults without it.
---@param opts table|nil see |claimlens-options|
function M.setup(opts)
  local old = config.options
  config.set(opts)
  init()
  local core = require('claimlens.core')
  local new = config.options
  local buffer = require('claimlens.buffer')
  if old.binary ~= new.binary and (core.state ~= 'stopped' or core.status().gave_up) then
    -- another core: start over with it (also after giving up on the old one)
    core.restart()
  end
  if not vim.deep_equal(old.packs, new.packs) or not vim.deep_equal(old.notes, new.notes) or old.project_notes ~= new.project_notes then
    M._reload()
  end
  if not new.enabled then
    for b, st in pairs(buffer.states) do
      if st.auto then
        buffer.detach(b)
      end
    end
  end
  if
    not vim.deep_equal(old.kinds, new.kinds)
    or old.priority ~= new.priority
    or old.diagnostics ~= new.diagnostics
  then
    for b, st in pairs(buffer.states) do
      if not new.diagnostics and st.diagnostics then
        st.diagnostics = false
        require('claimlens.diagnostic').clear(b, st)
      end
      buffer.analyse(b, true)
    end
  end
  M.attach_existing()
end

--- Enables claimlens in a buffer (any filetype). With `global`, turns
--- automatic attachment back on and attaches every matching buffer.
function M.enable(buf, global)
  init()
  local buffer = require('claimlens.buffer')
  if global then
    config.options.enabled = true
    for b in pairs(buffer.user_disabled) do
      buffer.user_disabled[b] = nil
    end
    M.attach_existing()
    return true
  end
  buf = bufnr(buf)
  buffer.user_disabled[buf] = nil
  return buffer.attach(buf)
end

--- Disables claimlens in a buffer (removes its marks). With `global`, in
--- every buffer, and stops attaching automatically.
function M.disable(buf, global)
  init()
  local buffer = require('claimlens.buffer')
  if global then
    config.options.enabled = false
    for b in pairs(buffer.states) do
      buffer.detach(b)
    end
    return true
  end
  buf = bufnr(buf)
  buffer.user_disabled[buf] = true
  return buffer.detach(buf)
end

function M.is_enabled(buf)
  return require('claimlens.buffer').states[bufnr(buf)] ~= nil
end

function M.toggle(buf, global)
  if global then
    if config.options.enabled then
      return M.disable(nil, true)
    end
    return M.enable(nil, true)
  end
  if M.is_enabled(buf) then
    M.disable(buf)
    return false
  end
  return M.enable(buf)
end

--- Asks the core for a full analysis now (any mode).
function M.refresh(buf)
  buf = bufnr(buf)
  local buffer = require('claimlens.buffer')
  if not buffer.states[buf] then
    return M.enable(buf)
  end
  return buffer.analyse(buf, true)
end

--- Restarts the core (forgets earlier crashes).
function M.restart()
  init()
  return require('claimlens.core').restart()
end

--- The demands of a buffer, one table per item:
--- {actor, canonical, item, lnum, col, end_lnum, end_col, source, anonymous,
---  condition, response} (0-based positions, end exclusive).
function M.demands(buf)
  return require('claimlens.demands').list(buf)
end

--- The lines the hover float shows for (row, col), 0-based.
function M.notes_at(buf, row, col)
  return require('claimlens.hover').lines_at(buf, row, col)
end

--- Opens the hover float at the cursor.
function M.hover()
  init()
  return require('claimlens.hover').open()
end

--- Every source in the buffer with its claim counts.
function M.sources(buf)
  return require('claimlens.sources').list(buf)
end

--- Annotation counts by kind for a buffer.
function M.counts(buf)
  return require('claimlens.buffer').counts(bufnr(buf))
end

--- Statusline component: "C:3 A:2 X:1 D:1" (claims, anonymous, contested,
--- demands); a trailing "~" while an analysis is pending; "" when off.
function M.status(buf)
  buf = bufnr(buf)
  local buffer = package.loaded['claimlens.buffer']
  local st = buffer and buffer.states[buf]
  if not st then
    return ''
  end
  local c = buffer.counts(buf)
  local s = ('C:%d A:%d X:%d D:%d'):format(c.claim, c.anonymous, c.contested, c.demand)
  if st.applied_tick ~= api.nvim_buf_get_changedtick(buf) or st.applying then
    s = s .. ' ~'
  end
  return s
end

return M
