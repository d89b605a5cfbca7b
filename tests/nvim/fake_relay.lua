-- The relay modes of fake_core.lua (split, lose, swap): the real core does
-- the analysis; the relay only cuts its results into parts, loses or swaps
-- one part on demand, and keeps what the editor sent for the specs to read.
local uv = vim.uv or vim.loop

local PARTS = 5 -- a result is cut into at most this many parts
-- or, with $CLAIMLENS_RELAY_PART, into parts of that many annotations (to
-- try part sizes with bench/latency.lua)
local PART_SIZE = tonumber(os.getenv('CLAIMLENS_RELAY_PART') or '')
local PAUSE = 15 -- ms between two parts (none with CLAIMLENS_RELAY_PART)

return function(mode)
  local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
  local bin = os.getenv('CLAIMLENS_BIN')
  if not bin or bin == '' then
    bin = here .. '/../../build/claimlens'
  end
  local ed_in, ed_out = uv.new_pipe(false), uv.new_pipe(false)
  ed_in:open(0)
  ed_out:open(1)
  local c_in, c_out = uv.new_pipe(false), uv.new_pipe(false)
  local done = false
  local proc = uv.spawn(bin, { args = { 'rpc' }, stdio = { c_in, c_out, 2 } }, function()
    done = true
  end)
  if not proc then
    io.stderr:write('fake relay: cannot start ' .. bin .. '\n')
    return
  end

  local state = { texts = {}, opens = {}, edits = {}, analyse = {}, hello = {} }
  local faulted = false -- lose/swap happen once

  -- Editor-bound messages go out in order; a part may wait PAUSE ms first.
  local outq, busy = {}, false
  local function pump()
    if busy or #outq == 0 then
      return
    end
    local item = table.remove(outq, 1)
    local function send()
      ed_out:write(item.bytes)
      busy = false
      pump()
    end
    busy = true
    if item.pause then
      local t = uv.new_timer()
      t:start(item.pause, 0, function()
        t:close()
        send()
      end)
    else
      send()
    end
  end
  local function out(bytes, pause)
    outq[#outq + 1] = { bytes = bytes, pause = pause }
    pump()
  end

  local function push_bytes(payload)
    return vim.mpack.encode({
      2,
      'nvim_exec_lua',
      { "return require('claimlens.core')._on_push(...)", { 'result', payload } },
    })
  end

  -- A range cut in up to PARTS ranges of whole lines, by the line where
  -- each annotation starts (a range owns the marks starting on its lines).
  local function cut(r)
    local anns = type(r.annotations) == 'table' and r.annotations or {}
    local size = PART_SIZE or math.max(1, math.ceil(#anns / PARTS))
    local out, i = {}, 1
    local first = r.first
    while i <= #anns do
      local j = math.min(i + size - 1, #anns)
      while j < #anns and anns[j + 1].lnum == anns[j].lnum do
        j = j + 1
      end
      local last = j < #anns and anns[j + 1].lnum or r.last
      out[#out + 1] = { first = first, last = last, annotations = { unpack(anns, i, j) } }
      first, i = last, j + 1
    end
    if #out == 0 then
      out[1] = r
    end
    return out
  end

  local function split(res)
    local ranges = {}
    for _, r in ipairs(type(res.ranges) == 'table' and res.ranges or {}) do
      vim.list_extend(ranges, cut(r))
    end
    local size = PART_SIZE and 1 or math.max(1, math.ceil(#ranges / PARTS))
    local parts = {}
    for i = 1, math.max(#ranges, 1), size do
      parts[#parts + 1] = { unpack(ranges, i, math.min(i + size - 1, #ranges)) }
    end
    local msgs = {}
    for i, rs in ipairs(parts) do
      msgs[i] = {
        buf = res.buf,
        tick = res.tick,
        full = i == 1 and res.full or false,
        ranges = rs,
        part = i,
        more = i < #parts or nil,
      }
    end
    if not faulted and #msgs >= 3 and mode ~= 'split' then
      faulted = true
      if mode == 'lose' then
        table.remove(msgs, 2)
      else
        msgs[2], msgs[3] = msgs[3], msgs[2]
      end
    end
    for i, m in ipairs(msgs) do
      out(push_bytes(m), i > 1 and not PART_SIZE and PAUSE or nil)
    end
  end

  local function track(method, params)
    if method == 'open' then
      state.opens[params[1]] = (state.opens[params[1]] or 0) + 1
      state.texts[params[1]] = { unpack(params[3]) }
    elseif method == 'edit' then
      state.edits[params[1]] = (state.edits[params[1]] or 0) + 1
      local old, new = state.texts[params[1]] or {}, {}
      local first, last = params[3], params[4]
      for i = 1, first do
        new[#new + 1] = old[i]
      end
      for _, l in ipairs(params[5]) do
        new[#new + 1] = l
      end
      for i = last + 1, #old do
        new[#new + 1] = old[i]
      end
      state.texts[params[1]] = new
    elseif method == 'close' then
      state.texts[params[1]] = nil
    elseif method == 'analyse' then
      state.analyse[#state.analyse + 1] = params
    elseif method == 'hello' then
      state.hello[#state.hello + 1] = params[1]
    end
  end

  -- Calls on_msg(msg, raw bytes) for each whole message in a byte stream.
  local function reader(on_msg)
    local unpacker, partial = vim.mpack.Unpacker(), ''
    return function(data)
      local pos = 1
      while pos <= #data do
        local msg, nxt = unpacker(data, pos)
        partial = partial .. data:sub(pos, nxt - 1)
        pos = nxt
        if msg == nil then
          break -- the rest comes with the next read
        end
        local raw = partial
        partial = ''
        on_msg(msg, raw)
      end
    end
  end

  -- editor -> core: watched, passed on as they are (hello without `parts`)
  local from_ed = reader(function(msg, raw)
    local kind = msg[1]
    local method = kind == 2 and msg[2] or msg[3]
    local params = kind == 2 and msg[3] or msg[4]
    if kind == 0 and method == 'fake_state' then
      ed_out:write(vim.mpack.encode({
        1,
        msg[2],
        vim.NIL,
        {
          lines = state.texts[params[1]] or {},
          opens = state.opens[params[1]] or 0,
          edits = state.edits[params[1]] or 0,
          analyse = state.analyse,
          hello = state.hello,
        },
      }))
      return
    end
    track(method, params)
    if method == 'hello' and type(params[1]) == 'table' and params[1].parts ~= nil then
      local opts = {}
      for k, v in pairs(params[1]) do
        opts[k] = v
      end
      opts.parts = nil
      raw = vim.mpack.encode({ msg[1], msg[2], { opts } })
    end
    c_in:write(raw)
  end)
  ed_in:read_start(function(err, data)
    if err or not data then
      c_in:close()
      done = true
      return
    end
    from_ed(data)
  end)

  -- core -> editor: results cut into parts, the rest as it is
  local from_core = reader(function(msg, raw)
    local args = msg[1] == 2 and msg[2] == 'nvim_exec_lua' and type(msg[3]) == 'table' and msg[3][2]
    if type(args) == 'table' and args[1] == 'result' and type(args[2]) == 'table' then
      split(args[2])
    else
      out(raw)
    end
  end)
  c_out:read_start(function(err, data)
    if err or not data then
      done = true
      return
    end
    from_core(data)
  end)

  while not done do
    vim.wait(50, function()
      return done
    end)
  end
  if not proc:is_closing() then
    proc:kill('sigterm')
  end
end
