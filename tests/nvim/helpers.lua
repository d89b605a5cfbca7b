-- A tiny test harness for the editor specs. Each spec runs in its own
-- headless Neovim (tests/nvim/run.sh):
--
--   nvim --headless -u NONE -i NONE --cmd 'set rtp^=REPO' -l tests/nvim/X_spec.lua
--
-- and drives the real core (build/claimlens) over the real RPC channel.
-- Output: one "ok - name" / "not ok - name" line per test, then
-- "# passed N failed M"; the exit code is 1 when anything failed.
local H = {}

local api = vim.api
local uv = vim.uv or vim.loop

H.dir = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:gsub('^@', ''), ':p:h')
H.repo = vim.fn.fnamemodify(H.dir, ':h:h')
H.fixture = H.dir .. '/fixtures/article.txt'
H.passed, H.failed = 0, 0
H.TIMEOUT = tonumber(vim.env.CLAIMLENS_TEST_TIMEOUT or '') or 20000

vim.opt.rtp:prepend(H.repo)
vim.o.swapfile = false
vim.o.shadafile = 'NONE'
vim.o.more = false
-- (no columns/lines change: headless 0.12.4 segfaulted with it)
vim.cmd('filetype on')
-- CLAIMLENS_BIN: test another core than build/claimlens.
if vim.env.CLAIMLENS_BIN and vim.env.CLAIMLENS_BIN ~= '' then
  vim.g.claimlens_binary = vim.env.CLAIMLENS_BIN
end

-- Record notifications instead of printing them.
H.messages = {}
vim.notify = function(msg, level)
  table.insert(H.messages, { msg = tostring(msg), level = level })
end

function H.messages_matching(pat)
  local out = {}
  for _, m in ipairs(H.messages) do
    if m.msg:find(pat) then
      out[#out + 1] = m.msg
    end
  end
  return out
end

local function fmt(v)
  return vim.inspect(v)
end

function H.eq(expected, actual, what)
  if not vim.deep_equal(expected, actual) then
    error(('%sexpected %s, got %s'):format(what and (what .. ': ') or '', fmt(expected), fmt(actual)), 2)
  end
end

function H.ok(cond, what)
  if not cond then
    error('assertion failed' .. (what and (': ' .. what) or ''), 2)
  end
  return cond
end

function H.contains(list, pat, what)
  for _, l in ipairs(list) do
    if tostring(l):find(pat) then
      return l
    end
  end
  error(('%sno line matches %q in %s'):format(what and (what .. ': ') or '', pat, fmt(list)), 2)
end

--- Waits (processing events) until cond() is true; error on timeout. Never a
--- timing assertion: the timeout is only a guard against hanging.
function H.wait(cond, what, timeout)
  local ok = vim.wait(timeout or H.TIMEOUT, function()
    local r, v = pcall(cond)
    return r and v
  end, 10)
  if not ok then
    error('timed out waiting for ' .. (what or 'a condition'), 2)
  end
end

--- Lets the loop run for a while (for "nothing happens" checks).
function H.settle(ms)
  vim.wait(ms or 300, function()
    return false
  end, 10)
end

-- Result lines also go to $CLAIMLENS_TEST_OUT (what run.sh counts), since
-- Neovim's own messages may share stdout without a newline.
local outfile = vim.env.CLAIMLENS_TEST_OUT
local function emit(line)
  print(line)
  io.stdout:flush()
  if outfile and outfile ~= '' then
    local f = io.open(outfile, 'a')
    if f then
      f:write(line, '\n')
      f:close()
    end
  end
end

function H.test(name, fn)
  H.messages = {}
  local ok, err = xpcall(fn, debug.traceback)
  if ok then
    H.passed = H.passed + 1
    emit('ok - ' .. name)
  else
    H.failed = H.failed + 1
    emit('not ok - ' .. name)
    for line in tostring(err):gmatch('[^\n]+') do
      emit('    ' .. line)
    end
  end
  io.stdout:flush()
end

function H.finish()
  emit(('# passed %d failed %d'):format(H.passed, H.failed))
  pcall(function()
    require('claimlens.core').stop()
  end)
  vim.cmd((H.failed > 0 or H.passed == 0) and 'cquit 1' or 'qall!')
end

--- Loads the plugin the way Neovim does at startup.
function H.load_plugin()
  vim.cmd('runtime! plugin/claimlens.lua')
end

function H.text(buf)
  return api.nvim_buf_get_lines(buf, 0, -1, true)
end

--- Opens a copy of the fixture (so :w never touches the original).
function H.open_fixture(name)
  local src = name and (H.dir .. '/fixtures/' .. name) or H.fixture
  local tmp = vim.fn.tempname() .. '-' .. vim.fn.fnamemodify(src, ':t')
  vim.fn.writefile(vim.fn.readfile(src, 'b'), tmp, 'b')
  vim.cmd('edit ' .. vim.fn.fnameescape(tmp))
  return api.nvim_get_current_buf(), tmp
end

function H.fixture_lines(name)
  return vim.fn.readfile(name and (H.dir .. '/fixtures/' .. name) or H.fixture)
end

function H.state(buf)
  return require('claimlens.buffer').states[buf]
end

--- True when the buffer's marks are those of a result for its current tick.
function H.is_current(buf)
  local st = H.state(buf)
  return st ~= nil and st.applying == nil and st.applied_tick == api.nvim_buf_get_changedtick(buf)
end

function H.wait_current(buf, what)
  H.wait(function()
    return H.is_current(buf)
  end, what or ('a result for buffer ' .. buf))
end

--- The annotations placed in a buffer, each with the buffer text under its
--- mark: list of {kind, text, lnum, col, end_lnum, end_col, marked, ann, id}.
function H.annotations(buf)
  local hl = require('claimlens.highlight')
  local st = H.state(buf)
  local out = {}
  if not st then
    return out
  end
  for _, x in ipairs(hl.all(buf, st)) do
    local p = x.pos
    local ok, text = pcall(api.nvim_buf_get_text, buf, p.lnum, p.col, p.end_lnum, p.end_col, {})
    local marked = ok and table.concat(text, '\n') or ('<bad position: ' .. tostring(text) .. '>')
    out[#out + 1] = {
      invalid = p.invalid,
      kind = x.entry.ann.kind,
      text = x.entry.ann.text,
      weak = x.entry.ann.weak == true,
      lnum = p.lnum,
      col = p.col,
      end_lnum = p.end_lnum,
      end_col = p.end_col,
      marked = marked,
      ann = x.entry.ann,
      id = x.id,
    }
  end
  return out
end

function H.find(buf, kind, pat)
  for _, a in ipairs(H.annotations(buf)) do
    if a.kind == kind and (pat == nil or (a.text or ''):find(pat)) then
      return a
    end
  end
  return nil
end

function H.count(buf, kind)
  local n = 0
  for _, a in ipairs(H.annotations(buf)) do
    if kind == nil or a.kind == kind then
      n = n + 1
    end
  end
  return n
end

--- Every mark in the claimlens namespace (raw).
function H.extmarks(buf)
  local ns = require('claimlens.highlight').ns
  return api.nvim_buf_get_extmarks(buf, ns, 0, -1, { details = true })
end

--- 0-based position of the first occurrence of `needle` (plain) in buf.
function H.pos_of(buf, needle)
  for i, l in ipairs(H.text(buf)) do
    local s = l:find(needle, 1, true)
    if s then
      return i - 1, s - 1
    end
  end
  error('not in buffer: ' .. needle, 2)
end

-- ---------------------------------------------------------------------------
-- The core's own answer for the same text.
--
-- The specs test the plugin, not the analysis: where a test needs to know
-- what the core finds (an actor's exact span, the content of a claim), it
-- asks the running core with the `check` request (same rules, same notes) for
-- the buffer's current text and compares what the plugin placed or shows
-- with that, instead of hard-coding analysis output.

--- The core's annotations for `buf`'s current text, with every span
--- (the whole annotation and its parts) given 0-based lnum/col/end_lnum/
--- end_col as well as the byte offsets start/end.
function H.core_check(buf)
  local lines = H.text(buf)
  local starts, off = {}, 0
  for i, l in ipairs(lines) do
    starts[i] = off
    off = off + #l + 1
  end
  local res, err = require('claimlens.core').request('check', table.concat(lines, '\n') .. '\n')
  assert(type(res) == 'table', 'check failed: ' .. tostring(err))
  local function pos(o)
    local lo, hi = 1, #starts
    while lo < hi do
      local mid = math.floor((lo + hi + 1) / 2)
      if starts[mid] <= o then
        lo = mid
      else
        hi = mid - 1
      end
    end
    return lo - 1, o - starts[lo]
  end
  local function conv(t)
    if type(t) ~= 'table' then
      return t
    end
    if type(t.start) == 'number' and type(t['end']) == 'number' then
      t.lnum, t.col = pos(t.start)
      t.end_lnum, t.end_col = pos(t['end'])
    end
    for _, v in pairs(t) do
      conv(v)
    end
    return t
  end
  local out = {}
  for _, a in ipairs(res.annotations or {}) do
    out[#out + 1] = conv(a)
  end
  return out
end

--- The core's annotation of `kind` whose whole span covers (row, col).
function H.core_at(buf, kind, row, col, list)
  local function le(r1, c1, r2, c2)
    return r1 < r2 or (r1 == r2 and c1 <= c2)
  end
  for _, a in ipairs(list or H.core_check(buf)) do
    if a.kind == kind and le(a.lnum, a.col, row, col) and not le(a.end_lnum, a.end_col, row, col) then
      return a
    end
  end
  return nil
end

local function key(a)
  return table.concat({ a.kind, a.weak == true and 'weak' or '', a.lnum, a.col, a.end_lnum, a.end_col, a.text or '' }, '|')
end

--- Sorted keys (kind, weak, position, text) of what the plugin placed.
function H.placed_keys(buf)
  local out = {}
  for _, a in ipairs(H.annotations(buf)) do
    H.eq(a.text, a.marked, 'mark sits on its text (' .. a.kind .. ')')
    out[#out + 1] = key(a)
  end
  table.sort(out)
  return out
end

--- Sorted keys of the core's annotations for the same text.
function H.core_keys(buf, list)
  local out = {}
  for _, a in ipairs(list or H.core_check(buf)) do
    out[#out + 1] = key(a)
  end
  table.sort(out)
  return out
end

--- The marks of `buf` are exactly a fresh analysis of its current text:
--- every annotation the core finds is placed where it belongs, nothing else.
function H.same_as_core(buf, what)
  H.wait_current(buf)
  local want = H.core_keys(buf)
  H.ok(#want > 0, 'the core found something in buffer ' .. buf)
  H.eq(want, H.placed_keys(buf), what or 'marks = a fresh analysis')
end

--- A stand-in executable for the fault specs (tests/nvim/fake_core.lua):
--- not a mock of the analysis, only a process that dies, or answers the
--- handshake with another version or protocol.
function H.fake_core(mode)
  local path = vim.fn.tempname() .. '-fake-claimlens-' .. mode
  vim.fn.writefile({
    '#!/bin/sh',
    ('exec %s --clean --headless -l %s %s "$@"'):format(
      vim.fn.shellescape(vim.v.progpath),
      vim.fn.shellescape(H.dir .. '/fake_core.lua'),
      mode
    ),
  }, path)
  vim.fn.setfperm(path, 'rwx------')
  return path
end

function H.core_pid()
  local core = require('claimlens.core')
  return core.chan and vim.fn.jobpid(core.chan) or nil
end

function H.kill_core(sig)
  local pid = H.core_pid()
  assert(pid, 'core not running')
  uv.kill(pid, sig or 'sigkill')
  return pid
end

function H.core_ready()
  return require('claimlens.core').state == 'ready'
end

return H
