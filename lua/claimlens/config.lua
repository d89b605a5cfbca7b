-- claimlens.config: defaults, validation and the current options.
local M = {}

local KINDS = { 'claim', 'anonymous', 'contested', 'demand', 'weak' }
M.KINDS = KINDS

--- The defaults. Every key is documented in |claimlens-options|.
M.defaults = {
  -- Attach automatically to buffers of `filetypes`.
  enabled = true,
  filetypes = { 'markdown', 'text', 'mail' },
  -- 'live': analyse while typing (debounced); 'save': on write; 'manual': on
  -- `:Claimlens refresh` only. Edits always travel to the core.
  mode = 'live',
  debounce = 150, -- ms between the last change and the analyse request
  max_bytes = 64 * 1024 * 1024, -- buffers larger than this are not annotated
  kinds = { claim = true, anonymous = true, contested = true, demand = true, weak = true },
  priority = 200, -- base extmark priority; kinds use priority + 0..5
  diagnostics = false, -- mirror annotations into vim.diagnostic
  packs = {}, -- extra rule pack paths, sent in hello
  notes = {}, -- context notes files, sent in hello
  project_notes = true, -- also send .claimlens/notes.json found upward from cwd
  binary = nil, -- path of the core; default <plugin root>/build/claimlens
  cache = true, -- the core keeps its compiled rule patterns in cache_dir()
  hover_key = nil, -- buffer-local normal-mode key for hover; nil = none
  demands_ui = 'list', -- 'list' (location/quickfix list) or 'select' (vim.ui.select)
  slice = 0, -- at most this many extmarks per main-loop step (0: no limit)
  slice_ms = 4, -- ms of work per main-loop step on large buffers and results
  log_size = 1000, -- lines kept by `:Claimlens log`
  restart_max = 3, -- crashes within restart_window before giving up
  restart_window = 60000, -- ms
}

M.options = vim.deepcopy(M.defaults)

local has011 = vim.fn.has('nvim-0.11') == 1

-- vim.validate changed signature in 0.11 (the table form is deprecated).
local function validate(name, value, validator, optional, msg)
  if has011 then
    if msg then
      vim.validate(name, value, validator, optional, msg)
    else
      vim.validate(name, value, validator, optional)
    end
  else
    vim.validate({ [name] = { value, validator, optional or msg } })
  end
end
M.validate = validate

local function list_of_strings(v)
  if type(v) ~= 'table' then
    return false
  end
  for k, s in pairs(v) do
    if type(k) ~= 'number' or type(s) ~= 'string' then
      return false
    end
  end
  return true
end

local TYPES = {
  enabled = 'boolean',
  filetypes = { list_of_strings, 'list of filetype names' },
  mode = {
    function(v)
      return v == 'live' or v == 'save' or v == 'manual'
    end,
    "'live', 'save' or 'manual'",
  },
  debounce = {
    function(v)
      return type(v) == 'number' and v >= 0
    end,
    'number >= 0 (ms)',
  },
  max_bytes = {
    function(v)
      return type(v) == 'number' and v > 0
    end,
    'number > 0',
  },
  kinds = 'table',
  priority = 'number',
  diagnostics = 'boolean',
  packs = { list_of_strings, 'list of paths' },
  notes = { list_of_strings, 'list of paths' },
  project_notes = 'boolean',
  binary = 'string',
  cache = 'boolean',
  hover_key = 'string',
  demands_ui = {
    function(v)
      return v == 'list' or v == 'select'
    end,
    "'list' or 'select'",
  },
  slice = {
    function(v)
      return type(v) == 'number' and v >= 0
    end,
    'number >= 0',
  },
  slice_ms = 'number',
  log_size = 'number',
  restart_max = 'number',
  restart_window = 'number',
}

local NULLABLE = { binary = true, hover_key = true }

--- Checks `opts` and returns the merged options; raises an error with a clear
--- message for unknown keys or values of the wrong type.
---@param opts table|nil
---@return table
function M.check(opts)
  if opts == nil then
    return vim.deepcopy(M.defaults)
  end
  if type(opts) ~= 'table' then
    error('claimlens.setup: expected a table of options, got ' .. type(opts), 0)
  end
  local known = vim.tbl_keys(TYPES)
  table.sort(known)
  for k, v in pairs(opts) do
    if TYPES[k] == nil then
      error(
        ('claimlens.setup: unknown option %q (known: %s)'):format(tostring(k), table.concat(known, ', ')),
        0
      )
    end
    local t = TYPES[k]
    local ok, err
    if type(t) == 'table' then
      ok, err = pcall(validate, 'claimlens.setup: ' .. k, v, t[1], NULLABLE[k] or false, t[2])
    else
      ok, err = pcall(validate, 'claimlens.setup: ' .. k, v, t, NULLABLE[k] or false)
    end
    if not ok then
      error((tostring(err):gsub('^.-claimlens%.setup', 'claimlens.setup')), 0)
    end
  end
  if opts.kinds ~= nil then
    for k, v in pairs(opts.kinds) do
      if not vim.tbl_contains(KINDS, k) then
        error(
          ('claimlens.setup: unknown kind %q in kinds (known: %s)'):format(tostring(k), table.concat(KINDS, ', ')),
          0
        )
      end
      if type(v) ~= 'boolean' then
        error(('claimlens.setup: kinds.%s: expected boolean, got %s'):format(k, type(v)), 0)
      end
    end
  end
  local merged = vim.deepcopy(M.defaults)
  for k, v in pairs(opts) do
    if k == 'kinds' then
      merged.kinds = vim.tbl_extend('force', merged.kinds, v)
    else
      merged[k] = vim.deepcopy(v)
    end
  end
  return merged
end

--- Validates and installs `opts`.
function M.set(opts)
  M.options = M.check(opts)
  return M.options
end

function M.get()
  return M.options
end

--- The plugin's root directory, found from this file's own path.
function M.root()
  local src = debug.getinfo(1, 'S').source:gsub('^@', '')
  return vim.fn.fnamemodify(src, ':p:h:h:h')
end

--- The core binary to start.
function M.binary()
  local b = M.options.binary
  if (b == nil or b == '') and type(vim.g.claimlens_binary) == 'string' then
    b = vim.g.claimlens_binary
  end
  if b and b ~= '' then
    return vim.fn.expand(b)
  end
  return M.root() .. '/build/claimlens'
end

--- Where the core keeps its compiled rule patterns (as core/patcache.c
--- finds it), or nil when the cache is off.
function M.cache_dir()
  local off = (vim.env.CLAIMLENS_CACHE or ''):lower()
  if M.options.cache == false or off == '0' or off == 'off' or off == 'no' or off == 'false' then
    return nil
  end
  local xdg = vim.env.XDG_CACHE_HOME
  if xdg and xdg:sub(1, 1) == '/' then
    return xdg .. '/claimlens'
  end
  return vim.env.HOME and vim.env.HOME ~= '' and (vim.env.HOME .. '/.cache/claimlens') or nil
end

--- Per-project notes file: .claimlens/notes.json in cwd or a parent. Its
--- format is the core's (core/notes.h, doc/protocol.md):
---   {"notes": [{"term": "NATO", "aliases": ["the alliance"], "text": "..."}]}
function M.project_notes_file()
  if not M.options.project_notes then
    return nil
  end
  local dir = vim.fn.getcwd()
  local uv = vim.uv or vim.loop
  while dir and dir ~= '' do
    local f = dir .. '/.claimlens/notes.json'
    if uv.fs_stat(f) then
      return f
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

--- packs and notes paths as sent in hello / reload.
function M.hello_paths()
  local packs, notes = {}, {}
  for _, p in ipairs(M.options.packs) do
    packs[#packs + 1] = vim.fn.fnamemodify(vim.fn.expand(p), ':p')
  end
  for _, p in ipairs(M.options.notes) do
    notes[#notes + 1] = vim.fn.fnamemodify(vim.fn.expand(p), ':p')
  end
  local pn = M.project_notes_file()
  M.sent_project_notes = pn
  if pn and not vim.tbl_contains(notes, pn) then
    notes[#notes + 1] = pn
  end
  return packs, notes
end

return M
