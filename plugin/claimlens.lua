-- claimlens: registers :Claimlens, <Plug> mappings and the FileType hook.
-- Everything else loads lazily on first use.
if vim.g.loaded_claimlens then
  return
end
vim.g.loaded_claimlens = true

if vim.fn.has('nvim-0.10') ~= 1 then
  vim.api.nvim_create_user_command('Claimlens', function()
    vim.notify('claimlens needs Neovim 0.10 or newer', vim.log.levels.ERROR)
  end, { nargs = '*', bang = true })
  return
end

vim.api.nvim_create_user_command('Claimlens', function(o)
  require('claimlens.commands').run(o)
end, {
  nargs = '*',
  bang = true,
  desc = 'claimlens: enable|disable|toggle|refresh|sources|restart|log|demands|hover|status',
  complete = function(...)
    return require('claimlens.commands').complete(...)
  end,
})

vim.keymap.set('n', '<Plug>(claimlens-hover)', function()
  require('claimlens').hover()
end, { desc = 'claimlens: explain the span under the cursor' })
vim.keymap.set('n', '<Plug>(claimlens-demands)', function()
  require('claimlens.commands').run({ fargs = { 'demands' }, bang = false })
end, { desc = 'claimlens: demands of this buffer in the location list' })

-- Filetypes attached before setup() is called (setup() may change them).
local defaults = { markdown = true, text = true, mail = true }

local function maybe(buf)
  if package.loaded['claimlens'] or defaults[vim.bo[buf].filetype] then
    require('claimlens')._on_filetype(buf)
  end
end

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('claimlens_plugin', { clear = true }),
  callback = function(ev)
    maybe(ev.buf)
  end,
})

-- Buffers opened before this file was sourced (e.g. a lazy-loaded plugin).
for _, b in ipairs(vim.api.nvim_list_bufs()) do
  if vim.api.nvim_buf_is_loaded(b) and vim.bo[b].filetype ~= '' then
    maybe(b)
  end
end
