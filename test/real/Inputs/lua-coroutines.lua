-- test/real/lua-coroutines.test: samples/lua/life.lua with its generations
-- produced by a coroutine.wrap generator (README "Known wrong" until the
-- restore kept heap blocks' page offsets).
local W, H = 40, 16
local function newgrid()
  local g = {}
  for y = 1, H do g[y] = {} for x = 1, W do g[y][x] = 0 end end
  return g
end
local grid = newgrid()
-- a glider, an R-pentomino and a blinker
for _, p in ipairs({{2,1},{3,2},{1,3},{2,3},{3,3}, {21,7},{22,7},{20,8},{21,8},{21,9}, {34,12},{35,12},{36,12}}) do
  grid[p[2]][p[1]] = 1
end
local function step(g)
  local n = newgrid()
  for y = 1, H do
    for x = 1, W do
      local c = 0
      for dy = -1, 1 do
        for dx = -1, 1 do
          if dx ~= 0 or dy ~= 0 then
            c = c + g[(y + dy - 1) % H + 1][(x + dx - 1) % W + 1]
          end
        end
      end
      n[y][x] = (c == 3 or (c == 2 and g[y][x] == 1)) and 1 or 0
    end
  end
  return n
end
-- a fresh generator per call: coroutines die and their upvalues close
local function cells(g)
  return coroutine.wrap(function()
    for y = 1, H do for x = 1, W do coroutine.yield(g[y][x]) end end
  end)
end
local function population(g)
  local s = 0
  for c in cells(g) do s = s + c end
  return s
end
local gcur, gno = grid, 0
-- generations come from a coroutine.wrap generator: stops land inside
-- lua_resume, with open and closed upvalues in the coroutine's state
local generations = coroutine.wrap(function()
  while true do gno = gno + 1; gcur = step(gcur); coroutine.yield(gno, gcur) end
end)
local errors = 0
for _ = 1, 120 do
  local gen, g = generations()
  local ok = pcall(function() if population(g) % 7 == 0 then error("sevens") end end)
  if not ok then errors = errors + 1 end
  if gen % 10 == 0 then
    print(string.format("generation %3d: population %3d, multiples of 7 so far %d", gen, population(g), errors))
  end
  if gen == 120 then
    for y = 1, H do
      local row = {}
      for x = 1, W do row[x] = g[y][x] == 1 and "#" or "." end
      print(table.concat(row))
    end
  end
end
local text = [[It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief]]
local count, words = {}, {}
for w in text:gmatch("%a+") do
  w = w:lower()
  if not count[w] then count[w] = 0; words[#words + 1] = w end
  count[w] = count[w] + 1
end
table.sort(words, function(a, b) return count[a] > count[b] or (count[a] == count[b] and a < b) end)
for i = 1, 5 do print(string.format("%-8s %d", words[i], count[words[i]])) end
