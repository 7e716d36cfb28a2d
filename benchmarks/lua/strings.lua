-- String building: concatenation, string.format, table.concat, gsub.
local total = 0
for round = 1, 10 do
  local parts = {}
  for i = 1, 20000 do
    parts[#parts + 1] = string.format("%d:%s", i, tostring(i * round))
  end
  local s = table.concat(parts, ",")
  local t = s:gsub("1", "one")
  local acc = ""
  for i = 1, 300 do acc = acc .. (i % 10) end
  total = total + #s + #t + #acc
end
print("strings", total)
