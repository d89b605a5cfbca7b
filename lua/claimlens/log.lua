-- claimlens.log: a ring buffer of the core's stderr and the plugin's events,
-- shown by `:Claimlens log`.
local M = {}

local lines = {}
local first = 1 -- index of the oldest line
local count = 0

local function cap()
  local ok, config = pcall(require, 'claimlens.config')
  return ok and config.options.log_size or 1000
end

--- Adds one line (or several, split on newlines).
---@param level string 'info'|'warn'|'error'|'core'
---@param msg string
function M.add(level, msg)
  local size = cap()
  local stamp = os.date('%H:%M:%S')
  for line in (tostring(msg) .. '\n'):gmatch('(.-)\r?\n') do
    if line ~= '' then
      local entry = ('%s %-5s %s'):format(stamp, level, line)
      if count < size then
        count = count + 1
        lines[(first + count - 2) % size + 1] = entry
      else
        lines[first] = entry
        first = first % size + 1
      end
    end
  end
end

function M.info(msg)
  M.add('info', msg)
end
function M.warn(msg)
  M.add('warn', msg)
end
function M.error(msg)
  M.add('error', msg)
end

--- The kept lines, oldest first.
---@return string[]
function M.lines()
  local size = cap()
  local out = {}
  for i = 0, count - 1 do
    out[#out + 1] = lines[(first - 1 + i) % size + 1]
  end
  return out
end

function M.clear()
  lines, first, count = {}, 1, 0
end

--- Opens the log in a scratch split.
function M.open()
  local content = M.lines()
  if #content == 0 then
    content = { '(claimlens log is empty)' }
  end
  vim.cmd('botright new')
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].buftype = 'nofile'
  vim.bo[buf].bufhidden = 'wipe'
  vim.bo[buf].swapfile = false
  pcall(vim.api.nvim_buf_set_name, buf, 'claimlens://log')
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, content)
  vim.bo[buf].modifiable = false
  vim.bo[buf].filetype = 'claimlenslog'
  vim.cmd('normal! G')
  return buf
end

return M
