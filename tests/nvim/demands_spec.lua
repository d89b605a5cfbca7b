-- :Claimlens demands (location list), demands! (quickfix), the Lua API.
local H = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h') .. '/helpers.lua')
local api = vim.api

H.load_plugin()
local buf = H.open_fixture()
local expected = H.fixture_lines()
H.wait_current(buf)

H.test('require("claimlens").demands(buf): one table per item', function()
  local list = require('claimlens').demands(buf)
  H.ok(#list >= 2, vim.inspect(list))
  local a, b = list[1], list[2]
  H.ok(a.item:find('written guarantee'), a.item)
  H.ok(b.item:find('impounded fishing boats'), b.item)
  -- the list is what the core returned: one entry per item of each demand,
  -- with the core's actor (its exact span is the analysis' business)
  local want = {}
  for _, d in ipairs(H.core_check(buf)) do
    if d.kind == 'demand' then
      for _, it in ipairs(d.items) do
        want[#want + 1] = {
          actor = d.actor and d.actor.text,
          canonical = d.canonical or (d.actor and d.actor.text),
          item = it.text,
          lnum = it.lnum,
          col = it.col,
        }
      end
    end
  end
  local got = {}
  for _, d in ipairs(list) do
    got[#got + 1] = { actor = d.actor, canonical = d.canonical, item = d.item, lnum = d.lnum, col = d.col }
  end
  H.eq(want, got, 'demands = the core\'s items')
  H.ok(a.actor and a.actor:find('Eastport'), 'actor: ' .. tostring(a.actor))
  H.ok(a.canonical, 'canonical')
  for _, d in ipairs(list) do
    for _, k in ipairs({ 'lnum', 'col', 'end_lnum', 'end_col' }) do
      H.eq('number', type(d[k]), k)
    end
    local got = table.concat(api.nvim_buf_get_text(buf, d.lnum, d.col, d.end_lnum, d.end_col, {}), '\n')
    H.eq(d.item, got, 'item position')
  end
  -- via the Northern Herald, citing two unnamed officials
  H.ok(a.source and a.source:find('Northern Herald'), 'source chain: ' .. tostring(a.source))
  H.ok(a.source:find('←'), 'chain shown')
  H.ok(a.source:find('2 anonymous'), 'anonymous count shown: ' .. a.source)
  H.eq(true, a.anonymous, 'innermost source anonymous')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test(':Claimlens demands fills and opens the location list', function()
  local win = api.nvim_get_current_win()
  vim.cmd('Claimlens demands')
  local info = vim.fn.getloclist(win, { title = 1, items = 1, winid = 1 })
  H.eq('claimlens demands', info.title)
  local list = require('claimlens').demands(buf)
  H.eq(#list, #info.items)
  for i, it in ipairs(info.items) do
    H.eq(buf, it.bufnr)
    H.eq(list[i].lnum + 1, it.lnum)
    H.eq(list[i].col + 1, it.col)
    H.ok(it.text:find('^' .. vim.pesc(list[i].canonical) .. ': '), it.text)
    H.ok(it.text:find(list[i].item, 1, true), it.text)
    H.ok(it.text:find('  [via ', 1, true), it.text)
  end
  H.ok(info.winid ~= 0, 'location list window open')
  H.eq('qf', vim.bo[api.nvim_win_get_buf(info.winid)].filetype)
  -- :ll jumps to the item
  vim.cmd('lclose')
  api.nvim_set_current_win(win)
  vim.cmd('silent ll 2')
  local cur = api.nvim_win_get_cursor(0)
  H.eq({ list[2].lnum + 1, list[2].col }, cur)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test('positions follow edits', function()
  api.nvim_buf_set_lines(buf, 0, 0, true, { 'Breaking:', '' })
  table.insert(expected, 1, '')
  table.insert(expected, 1, 'Breaking:')
  local list = require('claimlens').demands(buf)
  local row = H.pos_of(buf, 'written guarantee')
  H.eq(row, list[1].lnum, 'moved with the text before any result')
  H.wait_current(buf)
  list = require('claimlens').demands(buf)
  H.eq(row, list[1].lnum)
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.test(':Claimlens demands! puts every enabled buffer into quickfix', function()
  local buf2 = H.open_fixture()
  H.wait_current(buf2)
  vim.cmd('Claimlens demands!')
  local info = vim.fn.getqflist({ title = 1, items = 1 })
  H.eq('claimlens demands', info.title)
  local bufs = {}
  for _, it in ipairs(info.items) do
    bufs[it.bufnr] = (bufs[it.bufnr] or 0) + 1
  end
  H.ok(bufs[buf] and bufs[buf] >= 2, 'first buffer')
  H.ok(bufs[buf2] and bufs[buf2] >= 2, 'second buffer')
  vim.cmd('cclose')
  H.eq(H.fixture_lines(), H.text(buf2), 'buffer 2 text')
  H.eq(expected, H.text(buf), 'buffer text')
  vim.cmd('buffer ' .. buf)
end)

H.test('vim.ui.select presentation', function()
  local seen
  local orig = vim.ui.select
  vim.ui.select = function(items, opts, cb)
    seen = { items = items, opts = opts }
    cb(items[2])
  end
  vim.cmd('Claimlens demands select')
  vim.ui.select = orig
  H.ok(seen, 'vim.ui.select called')
  H.eq('claimlens demands', seen.opts.prompt)
  H.ok(seen.opts.format_item(seen.items[1]):find('written guarantee'), 'formatted')
  local cur = api.nvim_win_get_cursor(0)
  H.eq({ seen.items[2].lnum + 1, seen.items[2].col }, cur, 'jumped to the choice')
  H.eq(expected, H.text(buf), 'buffer text')
end)

H.finish()
