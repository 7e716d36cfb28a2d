-- A small Lua script for test/real/lua.test: tables, closures, strings,
-- string.pack (lstrlib's nativeendian), integer/float arithmetic (lparser's
-- priority table), coroutines and a caught error (setjmp/longjmp).
local t = {}
for i = 1, 20 do t[i] = i * i end
local sum = 0
for _, v in ipairs(t) do sum = sum + v end
print("sum", sum, #t)
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter(); c(); c()
print("closure", c())
print("prio", 2 + 3 * 4 ^ 2 / 8 - 1, 7 // 2, 7 % 3, 1 << 4 | 3)
print("pack", #string.pack("i4i8", 1, 2), string.unpack("<i4", string.pack("<i4", 258)))
print("fmt", string.format("%5.2f|%d|%s", math.pi, 42, ("x"):rep(3)))
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
print("co", co(), co(), co())
print("pcall", pcall(function() error("boom", 0) end))
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
table.sort(words)
print("sort", table.concat(words, ","))
