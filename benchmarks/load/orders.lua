-- wrk script for benchmarks/run.sh. MODE picks the request; DATA is the directory with tokens.txt (line n is user n's
-- token), admin.txt, products.txt and orders.txt ("user id number" per line). Each request comes from a random user.
local mode = os.getenv("MODE") or "mixed"
local data = os.getenv("DATA")
local threads = 0
local tokens, admin, products, owners, orders = {}, nil, {}, {}, {}
local words = { "lamp", "chair", "desk", "mug", "cable", "sofa", "shelf", "clock", "rug", "fan" }

local function read(name)
  local lines = {}
  for line in io.lines(data .. "/" .. name) do lines[#lines + 1] = line end
  return lines
end

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
  tokens = read("tokens.txt")
  admin = read("admin.txt")[1]
  products = read("products.txt")
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
  return wrk.format("POST", "/api/orders", bearer(tokens[math.random(#tokens)]), body)
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

local modes = {
  ["post"] = place,
  ["get-id"] = function() return one(1) end,
  ["get-number"] = function() return one(2) end,
  ["list"] = list,
  ["admin"] = search,
}
local all = { place, modes["get-id"], modes["get-number"], list, search }

function request()
  if mode == "mixed" then return all[math.random(#all)]() end
  return modes[mode]()
end
