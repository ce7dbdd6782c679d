-- wrk script: POST an answer to one of the journeys in the JOURNEYS variable (space-separated
-- paths), with the CSRF cookie and token in COOKIE and TOKEN. Each wrk thread answers its own
-- share of the journeys in turn, so no two requests in flight change the same journey.
local journeys = {}
for path in string.gmatch(os.getenv("JOURNEYS"), "%S+") do journeys[#journeys + 1] = path end
local values = { "echanger", "mutualiser", "structurer", "fusionner" }
local threads, counter, id = 0, 0, 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = os.getenv("COOKIE")
end

function request()
  local share = math.floor(#journeys / 2)
  local journey = journeys[id * share + (counter % share) + 1]
  counter = counter + 1
  local body = "_csrf=" .. os.getenv("TOKEN") .. "&integration=" .. values[(counter % #values) + 1]
  return wrk.format(nil, journey .. "/questions/integration", nil, body)
end
