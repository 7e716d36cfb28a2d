-- Table sort with a Lua comparison function, on pseudo-random numbers.
local seed = 12345
local function rand()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local sum = 0
for round = 1, 4 do
  local t = {}
  for i = 1, 100000 do t[i] = rand() end
  table.sort(t, function(a, b) return a > b end)
  sum = sum + t[1] % 1000 + t[#t] % 1000
end
print("sort", sum)
