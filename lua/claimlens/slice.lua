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

return M
