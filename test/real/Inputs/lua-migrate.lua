-- A Lua script for test/real/lua-migrate.test: the interpreter's run is stopped at
-- several poll points and restored (x86-64 and AArch64); the output must be
-- the uninterrupted run's. Errors caught by pcall longjmp through
-- luaD_rawrunprotected's buffer, armed before the stop and re-armed by the
-- restore.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end

local t = {}
for i = 1, 2000 do t[i] = (i * 7919) % 1000 end
table.sort(t)
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print("sorted sum", sum, t[1], t[#t])

local words = {}
for w in string.gmatch("the quick brown fox jumps over the lazy dog", "%a+") do
  words[#words + 1] = w:upper()
end
print(table.concat(words, ","))

local caught = 0
for i = 1, 60 do
  local ok, err = pcall(function()
    local acc = 0
    for k = 1, 200 do acc = acc + k * i end
    if i % 3 == 0 then error("boom " .. i) end
    return acc
  end)
  if not ok then caught = caught + 1 end
  if i % 10 == 0 then print("pcall", i, ok, ok and err or err:match("boom %d+")) end
end
print("caught", caught)

local co = coroutine.wrap(function()
  for i = 1, 5 do coroutine.yield(fib(10 + i)) end
end)
for i = 1, 5 do print("co", i, co()) end

local s = 0
for i = 1, 20000 do s = (s + i * i) % 1000003 end
print("loop", s, string.format("%.3f", math.sqrt(s)))
print("fib", fib(20))
