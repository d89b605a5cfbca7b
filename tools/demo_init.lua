-- A minimal config for `make demo`: this checkout on the runtimepath, the
-- plugin set up with its defaults and the hover bound to K for this session.
local root = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h')
vim.opt.rtp:prepend(root)
vim.opt.termguicolors = true
vim.opt.wrap = true
vim.opt.linebreak = true
vim.opt.number = true
require('claimlens').setup({ hover_key = 'K' })
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.notify('claimlens demo: K explains the span under the cursor, '
      .. ':Claimlens demands lists the demands, :Claimlens sources the sourcing.')
  end,
})
