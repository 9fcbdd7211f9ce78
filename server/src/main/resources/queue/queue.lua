-- The queue engine of one office. Every command runs as one atomic script, so two counters calling
-- at the same moment can never take the same ticket. KEYS[1] is the office's "loaded" key: it routes
-- the call to the office's slot ({officeId} hash tag) and every other key shares that tag.
-- ARGV[1] names the command, ARGV[2] is its JSON arguments; the answer is JSON: {error=...} or a result
-- with the event it published (Java reads and writes both only in ScriptWire, as the records of
-- ScriptCommand and ScriptReply), and always the office's epoch (decision record 0008): the server records
-- a command in PostgreSQL only while that epoch is still the record's, so a rebuild can never be
-- undercut by a command it did not see.
--
-- A ticket's states and the commands that move it (every other command/state pair is refused):
--   command      from                      to        where the ticket goes
--   issue        -                         WAITING   its area's queue (priority or normal), by queue time
--   callNext     WAITING                   CALLED    the counter's current ticket; its own queue first, then
--                                                    the oldest priority ticket of its areas unless it has
--                                                    called priorityRun in a row while a normal one waits
--   callTicket   WAITING (served here)     CALLED    the counter's current ticket
--   recall       CALLED                    CALLED    called again (calls + 1, calledAt moves)
--   start        CALLED                    SERVING
--   finish       SERVING                   DONE      the counter is free; the duration joins the estimate
--   noShow       CALLED                    NO_SHOW   the counter is free
--   transfer     CALLED, SERVING           WAITING   another area's queue or one counter's, by issue time
--   park         CALLED, SERVING           PARKED    the counter's parked set; the counter is free
--   unpark       PARKED (here)             CALLED    the counter's current ticket
--   reactivate   NO_SHOW                   WAITING   its area's queue, at the back (queue time = now)
--   cancel       WAITING                   CANCELLED
-- Counter commands need a free, unpaused counter to take a ticket (COUNTER_BUSY, COUNTER_PAUSED).
local LOADED = KEYS[1]
local PREFIX = string.sub(LOADED, 1, #LOADED - 6)
local command = ARGV[1]
local args = cjson.decode(ARGV[2])
local now = args.now
local TTL = 172800
local CALLS_KEPT = 20
local DURATIONS_KEPT = 30

local function fail(code, extra)
  local r = extra or {}
  r.error = code
  return r
end

local function ticketKey(id) return PREFIX .. 't:' .. id end
local function areaQueueKey(area, priority) if priority then return PREFIX .. 'w:' .. area .. ':p' end return PREFIX .. 'w:' .. area .. ':n' end
local function counterKey(counter) return PREFIX .. 'c:' .. counter end
local function counterQueueKey(counter) return PREFIX .. 'wc:' .. counter end
local function parkedKey(counter) return PREFIX .. 'pk:' .. counter end
local function numberKey(day, area) return PREFIX .. 'n:' .. day .. ':' .. area end
local function durationsKey(area) return PREFIX .. 'd:' .. area end
local CALLS = PREFIX .. 'calls'
local SEQ = PREFIX .. 'seq'
local EPOCH = PREFIX .. 'epoch'
-- commands applied here and not yet confirmed recorded in PostgreSQL: seq -> time. One left behind (its
-- server died, or could not reach either store to undo it) makes the watchdog rebuild from the record.
local PENDING = PREFIX .. 'pending'
-- today's Idempotency-Keys: key -> the ticket the command acted on ('' for none)
local KEYS_OF_DAY = PREFIX .. 'k:' .. tostring(args.day)
local CHANNEL = args.channel

local function ticket(id)
  local flat = redis.call('HGETALL', ticketKey(id))
  if #flat == 0 then return nil end
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end

-- Writes the ticket as given: the load command restores what PostgreSQL recorded, version included.
local function restore(t)
  local fields = {}
  for k, v in pairs(t) do
    fields[#fields + 1] = k
    fields[#fields + 1] = tostring(v)
  end
  redis.call('HSET', ticketKey(t.id), unpack(fields))
  redis.call('EXPIRE', ticketKey(t.id), TTL)
end

-- Every change of a ticket gets the next version, so PostgreSQL keeps the newest state whatever the
-- order in which the requests' writes arrive.
local function save(t)
  t.version = (tonumber(t.version) or 0) + 1
  restore(t)
end

local function isPriority(t) return t.priority ~= '' end

local function enqueue(t)
  if t.targetCounter ~= '' then
    redis.call('ZADD', counterQueueKey(t.targetCounter), t.queuedAt, t.id)
  else
    redis.call('ZADD', areaQueueKey(t.area, isPriority(t)), t.queuedAt, t.id)
  end
end

local function dequeue(t)
  redis.call('ZREM', areaQueueKey(t.area, isPriority(t)), t.id)
  if t.targetCounter ~= '' then redis.call('ZREM', counterQueueKey(t.targetCounter), t.id) end
end

local function waiting(area)
  return redis.call('ZCARD', areaQueueKey(area, true)) + redis.call('ZCARD', areaQueueKey(area, false))
end

local function emit(kind, t, counter, reason, areas)
  local seq = redis.call('INCR', SEQ)
  local counts = {}
  for _, area in ipairs(areas or {}) do counts[tostring(area)] = waiting(area) end
  local e = { type = kind, seq = seq, at = now, ticket = t, counter = counter, reason = reason, waiting = counts }
  -- a counter's command names its clerk, who is on duty there from now on
  if counter and args.clerk then e.clerk = args.clerk end
  local json = cjson.encode(e)
  redis.call('PUBLISH', CHANNEL, json)
  return e
end

local function ok(e, extra)
  local r = extra or {}
  r.event = e
  return r
end

local function counterState(counter)
  local flat = redis.call('HGETALL', counterKey(counter))
  local c = {}
  for i = 1, #flat, 2 do c[flat[i]] = flat[i + 1] end
  return c
end

local function oldest(key)
  local r = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  if #r == 0 then return nil, nil end
  return r[1], tonumber(r[2])
end

-- The clerk on duty at a counter is whoever gave its latest command (the rebuild reads the same from
-- ticket_event and counter_pause); resuming names nobody new.
local function onDuty(counter)
  redis.call('HSET', counterKey(counter), 'clerk', args.clerk)
end

-- A counter may take a new ticket only when it is open, not paused and holds no ticket.
local function requireFree(counter)
  local c = counterState(counter)
  if c.paused and c.paused ~= '' then return nil, fail('COUNTER_PAUSED', { reason = c.paused }) end
  if c.current and c.current ~= '' then return nil, fail('COUNTER_BUSY', { ticket = c.current }) end
  return c, nil
end

local function requireCurrent(counter, allowed)
  local c = counterState(counter)
  if not c.current or c.current == '' then return nil, fail('NO_CURRENT_TICKET') end
  local t = ticket(c.current)
  if not t then return nil, fail('NO_CURRENT_TICKET') end
  if not allowed[t.status] then return nil, fail('WRONG_STATE', { status = t.status }) end
  return t, nil
end

local function callTicket(t, counter, kind)
  t.status = 'CALLED'
  t.counter = counter
  t.clerk = args.clerk
  t.calls = tonumber(t.calls) + 1
  t.calledAt = now
  if t.firstCalledAt == '' then t.firstCalledAt = now end
  t.targetCounter = ''
  save(t)
  redis.call('HSET', counterKey(counter), 'current', t.id)
  onDuty(counter)
  redis.call('LPUSH', CALLS, cjson.encode({ ticketId = t.id, code = t.code, counter = counter, area = t.area, at = now }))
  redis.call('LTRIM', CALLS, 0, CALLS_KEPT - 1)
  return emit(kind, t, counter, nil, { t.area })
end

-- The one count of the people before a waiting ticket, for the kiosk, the slip and the public page alike:
-- at a counter's own queue its rank there; a priority ticket after the earlier priority tickets of its
-- area; a normal ticket after every priority ticket of its area and the earlier normal ones.
local function ahead(t)
  if t.status ~= 'WAITING' then return 0 end
  if t.targetCounter ~= '' then return redis.call('ZRANK', counterQueueKey(t.targetCounter), t.id) or 0 end
  if isPriority(t) then return redis.call('ZRANK', areaQueueKey(t.area, true), t.id) or 0 end
  return redis.call('ZCARD', areaQueueKey(t.area, true)) + (redis.call('ZRANK', areaQueueKey(t.area, false), t.id) or 0)
end

-- The mean of the area's recent service durations in seconds (0 when none yet).
local function avgService(area)
  local durations = redis.call('LRANGE', durationsKey(area), 0, -1)
  if #durations == 0 then return 0 end
  local total = 0
  for _, d in ipairs(durations) do total = total + tonumber(d) end
  return total / #durations
end

local commands = {}

function commands.issue()
  local used = tonumber(redis.call('GET', numberKey(args.day, args.area)) or '0')
  if args.limit and used >= args.limit then return fail('DAILY_LIMIT', { limit = args.limit }) end
  local n = redis.call('INCR', numberKey(args.day, args.area))
  redis.call('EXPIRE', numberKey(args.day, args.area), TTL)
  local t = {
    id = args.id, area = args.area, issueArea = args.area, number = n, code = args.prefix .. string.format('%03d', n),
    day = args.day, priority = args.priority or '', appointment = args.appointment or '', status = 'WAITING',
    counter = '', targetCounter = '', clerk = '',
    calls = 0, issuedAt = now, queuedAt = now, calledAt = '', firstCalledAt = '', startedAt = '', finishedAt = '',
    version = 0
  }
  save(t)
  enqueue(t)
  return ok(emit('ISSUED', t, nil, nil, { args.area }), { ahead = ahead(t), avgServiceSeconds = avgService(t.area) })
end

function commands.callNext()
  local c, err = requireFree(args.counter)
  if err then return err end
  local id, from = oldest(counterQueueKey(args.counter)), nil
  if id then
    from = counterQueueKey(args.counter)
  else
    local bestP, scoreP, bestN, scoreN, areaP, areaN
    for _, area in ipairs(args.areas) do
      local i, s = oldest(areaQueueKey(area, true))
      if i and (not scoreP or s < scoreP) then bestP, scoreP, areaP = i, s, area end
      i, s = oldest(areaQueueKey(area, false))
      if i and (not scoreN or s < scoreN) then bestN, scoreN, areaN = i, s, area end
    end
    local streak = tonumber(c.streak or '0')
    if bestP and (not bestN or streak < args.priorityRun) then
      id, from = bestP, areaQueueKey(areaP, true)
      redis.call('HSET', counterKey(args.counter), 'streak', streak + 1)
    elseif bestN then
      id, from = bestN, areaQueueKey(areaN, false)
      redis.call('HSET', counterKey(args.counter), 'streak', 0)
    end
  end
  if not id then return fail('QUEUE_EMPTY') end
  redis.call('ZREM', from, id)
  local t = ticket(id)
  return ok(callTicket(t, args.counter, 'CALLED'))
end

function commands.callTicket()
  local _, err = requireFree(args.counter)
  if err then return err end
  local t = ticket(args.ticket)
  if not t then return fail('NOT_FOUND') end
  if t.status ~= 'WAITING' then return fail('WRONG_STATE', { status = t.status }) end
  local served = (t.targetCounter == tostring(args.counter))
  for _, area in ipairs(args.areas) do
    if tostring(area) == t.area and t.targetCounter == '' then served = true end
  end
  if not served then return fail('NOT_SERVED_HERE') end
  dequeue(t)
  return ok(callTicket(t, args.counter, 'CALLED'))
end

function commands.recall()
  local t, err = requireCurrent(args.counter, { CALLED = true })
  if err then return err end
  onDuty(args.counter)
  t.calls = tonumber(t.calls) + 1
  t.calledAt = now
  save(t)
  redis.call('LPUSH', CALLS, cjson.encode({ ticketId = t.id, code = t.code, counter = args.counter, area = t.area, at = now }))
  redis.call('LTRIM', CALLS, 0, CALLS_KEPT - 1)
  return ok(emit('RECALLED', t, args.counter, nil, {}))
end

function commands.start()
  local t, err = requireCurrent(args.counter, { CALLED = true })
  if err then return err end
  onDuty(args.counter)
  t.status = 'SERVING'
  t.startedAt = now
  save(t)
  return ok(emit('STARTED', t, args.counter, nil, {}))
end

function commands.finish()
  local t, err = requireCurrent(args.counter, { SERVING = true })
  if err then return err end
  onDuty(args.counter)
  t.status = 'DONE'
  t.finishedAt = now
  save(t)
  redis.call('HSET', counterKey(args.counter), 'current', '')
  redis.call('LPUSH', durationsKey(t.area), math.floor((now - tonumber(t.startedAt)) / 1000))
  redis.call('LTRIM', durationsKey(t.area), 0, DURATIONS_KEPT - 1)
  return ok(emit('FINISHED', t, args.counter, nil, {}))
end

function commands.noShow()
  local t, err = requireCurrent(args.counter, { CALLED = true })
  if err then return err end
  onDuty(args.counter)
  t.status = 'NO_SHOW'
  save(t)
  redis.call('HSET', counterKey(args.counter), 'current', '')
  return ok(emit('NO_SHOW', t, args.counter, nil, {}))
end

function commands.transfer()
  local t, err = requireCurrent(args.counter, { CALLED = true, SERVING = true })
  if err then return err end
  onDuty(args.counter)
  local oldArea = t.area
  t.status = 'WAITING'
  t.counter = ''
  t.startedAt = ''
  t.queuedAt = t.issuedAt
  if args.toCounter then
    t.targetCounter = args.toCounter
  else
    t.area = args.toArea
    t.targetCounter = ''
  end
  save(t)
  enqueue(t)
  redis.call('HSET', counterKey(args.counter), 'current', '')
  return ok(emit('TRANSFERRED', t, args.counter, nil, { oldArea, t.area }))
end

function commands.park()
  local t, err = requireCurrent(args.counter, { CALLED = true, SERVING = true })
  if err then return err end
  onDuty(args.counter)
  t.status = 'PARKED'
  save(t)
  redis.call('SADD', parkedKey(args.counter), t.id)
  redis.call('HSET', counterKey(args.counter), 'current', '')
  return ok(emit('PARKED', t, args.counter, nil, {}))
end

function commands.unpark()
  local _, err = requireFree(args.counter)
  if err then return err end
  if redis.call('SREM', parkedKey(args.counter), args.ticket) == 0 then return fail('NOT_PARKED_HERE') end
  local t = ticket(args.ticket)
  return ok(callTicket(t, args.counter, 'UNPARKED'))
end

function commands.reactivate()
  local t = ticket(args.ticket)
  if not t then return fail('NOT_FOUND') end
  if t.status ~= 'NO_SHOW' then return fail('WRONG_STATE', { status = t.status }) end
  t.status = 'WAITING'
  t.counter = ''
  t.queuedAt = now
  save(t)
  enqueue(t)
  return ok(emit('REACTIVATED', t, nil, nil, { t.area }))
end

function commands.cancel()
  local t = ticket(args.ticket)
  if not t then return fail('NOT_FOUND') end
  if t.status ~= 'WAITING' then return fail('WRONG_STATE', { status = t.status }) end
  dequeue(t)
  t.status = 'CANCELLED'
  save(t)
  return ok(emit('CANCELLED', t, nil, args.reason, { t.area }))
end

function commands.pause()
  local c = counterState(args.counter)
  if c.paused and c.paused ~= '' then return fail('COUNTER_PAUSED', { reason = c.paused }) end
  if c.current and c.current ~= '' then return fail('COUNTER_BUSY', { ticket = c.current }) end
  redis.call('HSET', counterKey(args.counter), 'paused', args.reason)
  onDuty(args.counter)
  return ok(emit('COUNTER_PAUSED', nil, args.counter, args.reason, {}))
end

function commands.resume()
  local c = counterState(args.counter)
  if not c.paused or c.paused == '' then return fail('NOT_PAUSED') end
  redis.call('HSET', counterKey(args.counter), 'paused', '')
  return ok(emit('COUNTER_RESUMED', nil, args.counter, nil, {}))
end

function commands.ticket()
  local t = ticket(args.ticket)
  if not t then return fail('NOT_FOUND') end
  return { ticket = t }
end

function commands.position()
  local t = ticket(args.ticket)
  if not t then return fail('NOT_FOUND') end
  return { ticket = t, ahead = ahead(t), avgServiceSeconds = avgService(t.area) }
end

local function tickets(ids)
  local list = {}
  for _, id in ipairs(ids) do
    local t = ticket(id)
    if t then list[#list + 1] = t end
  end
  return list
end

function commands.snapshot()
  local waitingByArea = {}
  for _, area in ipairs(args.areas) do
    local ids = redis.call('ZRANGE', areaQueueKey(area, true), 0, -1)
    for _, id in ipairs(redis.call('ZRANGE', areaQueueKey(area, false), 0, -1)) do ids[#ids + 1] = id end
    waitingByArea[tostring(area)] = tickets(ids)
  end
  local counters = {}
  for _, counter in ipairs(args.counters) do
    local c = counterState(counter)
    local current = nil
    if c.current and c.current ~= '' then current = ticket(c.current) end
    counters[#counters + 1] = {
      id = counter, clerk = c.clerk or '', paused = c.paused or '', current = current,
      parked = tickets(redis.call('SMEMBERS', parkedKey(counter))),
      queued = tickets(redis.call('ZRANGE', counterQueueKey(counter), 0, -1))
    }
  end
  return {
    seq = tonumber(redis.call('GET', SEQ) or '0'), waiting = waitingByArea, counters = counters,
    calls = redis.call('LRANGE', CALLS, 0, -1)
  }
end

-- Replaces the office's live state with what PostgreSQL recorded: after Redis lost its data, or at
-- the first command of a new local day. The sequence only ever moves forward, so every client sees a
-- gap (or the RESYNC event) and fetches a fresh snapshot.
function commands.load()
  -- two rebuilds raced (the Redis lock was lost with the data it guarded): the newer record wins
  if tonumber(redis.call('GET', EPOCH) or '0') > args.epoch then return fail('STALE_LOAD') end
  redis.call('DEL', PENDING, KEYS_OF_DAY)
  for key, ticketId in pairs(args.keys) do redis.call('HSET', KEYS_OF_DAY, key, ticketId) end
  redis.call('EXPIRE', KEYS_OF_DAY, TTL)
  for _, area in ipairs(args.areas) do
    redis.call('DEL', areaQueueKey(area, true), areaQueueKey(area, false), durationsKey(area))
  end
  for _, counter in ipairs(args.counters) do
    redis.call('DEL', counterKey(counter), counterQueueKey(counter), parkedKey(counter))
  end
  redis.call('DEL', CALLS)
  for area, n in pairs(args.numbers) do
    redis.call('SET', numberKey(args.day, area), n, 'EX', TTL)
  end
  for area, list in pairs(args.durations) do
    for _, d in ipairs(list) do redis.call('RPUSH', durationsKey(area), d) end
  end
  for _, t in ipairs(args.tickets) do
    restore(t)
    if t.status == 'WAITING' then enqueue(t) end
    if t.status == 'CALLED' or t.status == 'SERVING' then
      redis.call('HSET', counterKey(t.counter), 'current', t.id)
    end
    if t.status == 'PARKED' then redis.call('SADD', parkedKey(t.counter), t.id) end
  end
  for _, p in ipairs(args.pauses) do
    redis.call('HSET', counterKey(p.counter), 'paused', p.reason)
  end
  for counter, clerk in pairs(args.clerks) do
    redis.call('HSET', counterKey(counter), 'clerk', clerk)
  end
  for i = #args.calls, 1, -1 do redis.call('LPUSH', CALLS, args.calls[i]) end
  local seq = tonumber(redis.call('GET', SEQ) or '0')
  if seq < args.seqFloor then redis.call('SET', SEQ, args.seqFloor) end
  redis.call('SET', EPOCH, args.epoch)
  redis.call('SET', LOADED, args.day)
  return ok(emit('RESYNC', nil, nil, nil, args.areas))
end

-- The command's record was refused or could not be written: unless a rebuild already replaced the state
-- it ran on (another epoch), drop the state so that the next command rebuilds it from the record.
function commands.forget()
  if redis.call('GET', EPOCH) == tostring(args.epoch) then redis.call('DEL', LOADED) end
  return {}
end

-- A command applied here but never confirmed recorded (before args.before) means its effect may be missing
-- from the record: drop the state so that it is rebuilt from the record.
function commands.reclaim()
  local stale = redis.call('ZRANGEBYSCORE', PENDING, '-inf', args.before, 'LIMIT', 0, 1)
  if #stale > 0 then redis.call('DEL', LOADED) end
  return { reclaimed = #stale > 0 }
end

local UNGUARDED = { load = true, forget = true, reclaim = true }
local READS = { ticket = true, position = true, snapshot = true }

local run = commands[command]
if not run then return cjson.encode(fail('UNKNOWN_COMMAND')) end
if not UNGUARDED[command] and redis.call('GET', LOADED) ~= args.day then
  return cjson.encode(fail('NOT_LOADED'))
end
if args.key and not READS[command] and not UNGUARDED[command] then
  local first = redis.call('HGET', KEYS_OF_DAY, args.key)
  if first then
    return cjson.encode({ replay = first, epoch = tonumber(redis.call('GET', EPOCH) or '0') })
  end
end
local reply = run()
if reply.event and not UNGUARDED[command] then
  redis.call('ZADD', PENDING, now, reply.event.seq)
  if args.key then
    local acted = ''
    if reply.event.ticket then acted = reply.event.ticket.id end
    redis.call('HSET', KEYS_OF_DAY, args.key, acted)
    redis.call('EXPIRE', KEYS_OF_DAY, TTL)
  end
end
reply.epoch = tonumber(redis.call('GET', EPOCH) or '0')
return cjson.encode(reply)
