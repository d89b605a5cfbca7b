-- Work split into main-loop steps of at most `slice_ms`: how big the next
-- slice of lines (or marks) should be, from how long the last one took.
local M = {}

--- The size of the next slice after `n` items took `took` ns: it doubles
--- while slices are cheap and is cut so one slice takes about 1/`share` of
--- the step's `budget` (ns), whatever the line lengths; never under 16.
function M.next_size(n, took, budget, share)
  took = math.max(took, 1e4)
  return math.max(16, math.min(n * 2, math.floor(n * budget / share / took)))
end

-- Neovim indexes a buffer's marks in a hash table that doubles when it is
-- 77% full, rehashing every mark at once: the placement that crosses
-- 201 852 marks holds the loop 4-6 ms by itself (50 463: 1 ms, 100 926:
-- 2 ms, 403 704: ~10 ms). Marks of other plugins move the crossing, so this
-- looks at a window below each one.
local REHASH_FILL = 0.77
local REHASH_BELOW, REHASH_ABOVE = 3000, 500

--- Whether a buffer holding `n` marks is close to such a rehash (from
--- 100 000 marks up; the smaller ones cost under 2 ms). Steps are kept
--- short there, so that the rehash does not land at the end of a full one.
function M.near_rehash(n)
  local size = 2 ^ 17
  while size * REHASH_FILL < n - REHASH_ABOVE do
    size = size * 2
  end
  local at = size * REHASH_FILL
  return n >= at - REHASH_BELOW and n <= at + REHASH_ABOVE
end

return M
