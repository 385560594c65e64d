-- wrk script for benchmarks/run.sh. MODE picks the request; DATA is the directory with tokens.txt (line n is user n's
-- token), admin.txt, products.txt and orders.txt ("user id number" per line). Each request comes from a random user;
-- CUSTOMERS=n places every order from the first n users only (CUSTOMERS=1: one busy customer).
-- The after-sale modes (ship, refund, edit) take one prepared order per request from ready.txt, paid.txt or
-- pending.txt, thread t taking lines start+t, start+t+THREADS, ...; the next run starts after the lines this one took
-- (DATA/cursor-MODE), so that no order is shipped twice across runs.
local mode = os.getenv("MODE") or "mixed"
local data = os.getenv("DATA")
local customers = tonumber(os.getenv("CUSTOMERS") or "0")
local stride = tonumber(os.getenv("THREADS") or "2")
local pools = { ship = "ready.txt", refund = "paid.txt", edit = "pending.txt" }
local threads, started = 0, {}
local tokens, admin, products, owners, orders, pool = {}, nil, {}, {}, {}, {}
local start = 0
taken = 0   -- a global: done() reads it from each thread with thread:get, which sees globals only
local words = { "lamp", "chair", "desk", "mug", "cable", "sofa", "shelf", "clock", "rug", "fan" }

local function read(name)
  local lines = {}
  for line in io.lines(data .. "/" .. name) do lines[#lines + 1] = line end
  return lines
end

local function cursor()
  local file = io.open(data .. "/cursor-" .. mode)
  if not file then return 0 end
  local value = tonumber(file:read("*l")) or 0
  file:close()
  return value
end

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
  started[#started + 1] = thread
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
  tokens = read("tokens.txt")
  admin = read("admin.txt")[1]
  products = read("products.txt")
  if customers <= 0 or customers > #tokens then customers = #tokens end
  if pools[mode] then
    pool = read(pools[mode])
    start = cursor()
  end
  for _, line in ipairs(read("orders.txt")) do
    local user, id, number = line:match("^(%d+) (%S+) (%S+)$")
    user = tonumber(user)
    if not orders[user] then orders[user] = {}; owners[#owners + 1] = user end
    table.insert(orders[user], { id, number })
  end
end

local function bearer(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

local function place()
  local first = math.random(#products)
  local second = (first + math.random(#products - 1) - 1) % #products + 1
  local body = string.format('{"items":[{"productId":"%s","quantity":%d},{"productId":"%s","quantity":%d}],' ..
    '"shippingAddress":{"fullName":"Load Test","street":"1 Main St","city":"Springfield","postalCode":"12345","country":"US"}}',
    products[first], math.random(3), products[second], math.random(3))
  return wrk.format("POST", "/api/orders", bearer(tokens[math.random(customers)]), body)
end

local function one(field)
  local user = owners[math.random(#owners)]
  local mine = orders[user]
  return wrk.format("GET", "/api/orders/" .. mine[math.random(#mine)][field], bearer(tokens[user]))
end

local function list()
  return wrk.format("GET", "/api/orders?limit=10", bearer(tokens[math.random(#tokens)]))
end

-- A 30-day window somewhere in the seeded year, and a product word that a few percent of the lines carry.
local function search()
  local to = os.time() - math.random(0, 330) * 86400
  local path = string.format("/api/admin/orders?q=%s&dateFrom=%s&dateTo=%s&limit=10", words[math.random(#words)],
    os.date("!%Y-%m-%d", to - 30 * 86400), os.date("!%Y-%m-%d", to))
  return wrk.format("GET", path, bearer(admin))
end

-- The next prepared order for this thread, as its fields; past the end of the pool the run has to stop (run.sh sizes it).
local function next_order()
  local index = start + seed + taken * stride
  taken = taken + 1
  local line = pool[index]
  if not line then error("MODE=" .. mode .. ": the pool of prepared orders is used up; seed more orders (ORDERS)") end
  local fields = {}
  for field in line:gmatch("%S+") do fields[#fields + 1] = field end
  return fields
end

local function admin_headers(extra)
  local headers = bearer(admin)
  for name, value in pairs(extra or {}) do headers[name] = value end
  return headers
end

-- A shipment of every unit not yet shipped of a ready order (API.md "Shipments").
local function ship()
  local order = next_order()
  return wrk.format("POST", "/api/orders/" .. order[1] .. "/shipments", admin_headers(),
    '{"carrier":"UPS","trackingNumber":"1Z' .. order[1] .. '"}')
end

-- A goodwill refund of 1.00 on a paid order, with the Idempotency-Key refunds require (API.md "Refunds").
local function refund()
  local order = next_order()
  return wrk.format("POST", "/api/orders/" .. order[1] .. "/refunds",
    admin_headers({ ["Idempotency-Key"] = "load-" .. order[1] }), '{"amount":1.00,"reason":"load"}')
end

-- One more unit of an unpaid order's first line, at its current version (API.md "Edits": If-Match required).
local function edit()
  local order = next_order()
  return wrk.format("POST", "/api/orders/" .. order[1] .. "/edits?dryRun=false",
    admin_headers({ ["If-Match"] = '"' .. order[2] .. '"' }),
    string.format('{"changes":[{"orderLineId":"%s","quantity":%d}],"reason":"load","notifyCustomer":false}',
      order[3], tonumber(order[4]) + 1))
end

local modes = {
  ["post"] = place,
  ["get-id"] = function() return one(1) end,
  ["get-number"] = function() return one(2) end,
  ["list"] = list,
  ["admin"] = search,
  ["ship"] = ship,
  ["refund"] = refund,
  ["edit"] = edit,
}
local all = { place, modes["get-id"], modes["get-number"], list, search }

function request()
  if mode == "mixed" then return all[math.random(#all)]() end
  return modes[mode]()
end

-- After an after-sale run: the next one starts past every line a thread may have taken.
function done(summary, latency, requests)
  if not pools[mode] then return end
  local most = 0
  for _, thread in ipairs(started) do most = math.max(most, thread:get("taken") or 0) end
  local next = cursor() + most * stride + stride   -- read before the file is opened for writing, which empties it
  local file = io.open(data .. "/cursor-" .. mode, "w")
  file:write(tostring(next), "\n")
  file:close()
end
