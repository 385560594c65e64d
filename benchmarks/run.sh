#!/usr/bin/env bash
# One command, one run: builds Release, measures the machine's ceilings (two raw storage rulers: the minimal durable unit
# of work and the service's own; a JWT-validating Kestrel host) and the API under wrk side by side, and prints each
# figure with its ceiling and the ratios.
# Usage: benchmarks/run.sh   (WARMUP=15 MODE_WARMUP=5 RUNS=3 SECONDS=10 ORDERS=100000 USERS=200 by default; PG_CONN=...
# to use an existing PostgreSQL instead of a throwaway local cluster; SOAK=600 adds ten minutes of mixed load with RSS
# sampled every minute). Needs the .NET SDK, wrk, curl, openssl; PostgreSQL 15 is optional.
readonly run_seconds=$(printenv SECONDS || echo 10)   # first line: bash's own SECONDS starts counting at the shell's start
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly warmup=${WARMUP:-15} runs=${RUNS:-3} orders=${ORDERS:-100000} users=${USERS:-200}
readonly mode_warmup=${MODE_WARMUP:-5} soak=${SOAK:-0}
readonly connections=32 threads=2
readonly api_bin=src/WebApi/bin/Release/net10.0/linux-x64/publish ceiling_bin=benchmarks/Orders.Ceiling/bin/Release/net10.0
readonly raw=benchmarks/Orders.RawStorage/bin/Release/net10.0/Orders.RawStorage
readonly pg_bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/orders-bench.XXXXXX)
data=$work/data
started=()   # pids this script started, stopped on exit
pg_data="" pg_dir="" pg_conn=""

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
fail() { log "error: $*"; exit 1; }

cleanup() {
    local pid
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
    stop_postgres
    rm -rf "$work" ${pg_dir:+"$pg_dir"}
}
trap cleanup EXIT

check_tools() {
    local tool missing=()
    for tool in wrk curl openssl od python3 dotnet; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    [ ${#missing[@]} -eq 0 ] || fail "missing ${missing[*]}: apt-get install -y wrk curl openssl python3 (and the .NET SDK)"
}

# The API is published the way it is deployed (ReadyToRun: its start-up JIT work done at publish time); the two
# ceilings are plain Release builds.
build() {
    log "building Release"
    dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true src/WebApi -v q -nologo >"$work/build.log" 2>&1 \
        || { cat "$work/build.log" >&2; fail "publish of src/WebApi failed"; }
    local project
    for project in benchmarks/Orders.Ceiling benchmarks/Orders.RawStorage; do
        dotnet build -c Release "$project" -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "build of $project failed"; }
    done
}

# --- tokens: HS256 with a fresh key, the way an identity provider would sign them -------------------------------------
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

mint_token() { # subject [role]
    local header payload signature role=${2:+,\"role\":\"$2\"}
    header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"sub":"%s","email":"%s@example.com"%s,"iss":"load","aud":"load","exp":%d}' \
        "$1" "$1" "$role" $(($(date +%s) + 86400)) | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | b64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

mint_tokens() {
    log "minting $users user tokens and an admin token"
    local i
    for i in $(seq "$users"); do mint_token "$(printf 'user-%03d' "$i")"; done >"$data/tokens.txt"
    mint_token load-admin admin >"$data/admin.txt"
}

# --- hosts ---------------------------------------------------------------------------------------------------------
# The API's production configuration, with the two switches issue 10 asks for (no rate limit, no outbox dispatcher) and
# no limit of unpaid orders per customer: the load places thousands of orders per customer and pays none.
api_settings() {
    settings=(ASPNETCORE_ENVIRONMENT=Production RateLimiting__PermitsPerMinute=0 Outbox__DispatcherEnabled=false Orders__MaxUnpaidPerCustomer=0
        Authentication__Schemes__Bearer__ValidIssuer=load Authentication__Schemes__Bearer__ValidAudiences__0=load
        Authentication__Schemes__Bearer__SigningKeys__0__Issuer=load Authentication__Schemes__Bearer__SigningKeys__0__Value="$key_b64")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_ready() { # url pid
    local _
    for _ in $(seq 1500); do
        curl -sf -o /dev/null "$1/health/ready" && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.02
    done
    return 1
}

# Starts a host from its output folder (so its appsettings.json is read) on $port; sets $host_pid and $host_url.
launch() { # bin dll log connection-string provider
    host_url="http://127.0.0.1:$port"
    (cd "$1" && exec env "${settings[@]}" "ConnectionStrings__Orders=$4" "Database__Provider=$5" dotnet "$2" --urls "$host_url" >"$3" 2>&1) &
    host_pid=$!
    started+=("$host_pid")
}

start_host() { # bin dll log connection-string [provider]
    port=$(free_port)
    launch "$1" "$2" "$3" "$4" "${5:-Sqlite}"
    wait_ready "$host_url" "$host_pid" || { tail -20 "$3" >&2; fail "$2 did not become ready"; }
}

stop_host() {
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$host_pid/status"; }

# --- wrk -------------------------------------------------------------------------------------------------------------
# Prints "requests/s p99-ms"; any non-2xx answer or socket error makes the figure meaningless and stops the run (with
# soft=1 set, it only returns 1: the after-sale rows then get a note instead). A mode "post@1" is POST from one customer.
wrk_run() { # url mode[@customers] seconds [connections] [data-directory]
    local out mode=${2%@*} customers=0
    [[ $2 != *@* ]] || customers=${2#*@}
    out=$(MODE=$mode CUSTOMERS=$customers THREADS=$threads DATA=${5:-$data} \
        wrk -t"$threads" -c"${4:-$connections}" -d"${3}s" --timeout 10s --latency -s benchmarks/load/orders.lua "$1" 2>&1)
    if grep -qE 'Non-2xx|Socket errors|PANIC|error' <<<"$out" || ! grep -q 'Requests/sec' <<<"$out"; then
        printf '%s\n' "$out" >&2
        if [ "${soft:-0}" = 1 ]; then log "$2: answers other than 2xx (or wrk failed)"; return 1; fi
        fail "$2: answers other than 2xx (or wrk failed)"
    fi
    awk '/Requests\/sec/ {rps = $2}
         $1 == "99%" {v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                      p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v}
         END {printf "%.0f %.1f\n", rps, p99}' <<<"$out"
}

median() { sort -g | awk '{v[NR] = $1} END {print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Runs one mode $runs times; sets result[name]="median-rps median-p99 min-p99 max-p99".
declare -A result
measure() { # url mode [name] [command run before each run]
    local i samples="" sample
    for i in $(seq "$runs"); do
        ${4:+$4}
        sample=$(wrk_run "$1" "$2" "$run_seconds") || return 1
        samples+="$sample"$'\n'
    done
    samples=${samples%$'\n'}
    summarize "${3:-$2}" "$samples"
}

# result[name]="median-rps median-p99 min-p99 max-p99" from lines of "rps p99".
summarize() { # name samples
    result[$1]="$(cut -d' ' -f1 <<<"$2" | median) $(cut -d' ' -f2 <<<"$2" | median) \
$(cut -d' ' -f2 <<<"$2" | sort -g | head -1) $(cut -d' ' -f2 <<<"$2" | sort -g | tail -1)"
    log "$1: $(tr '\n' ';' <<<"$2")"
}

# --- the database ----------------------------------------------------------------------------------------------------
# The API makes the schema (its own migrations, WAL); the year of orders goes in with one bulk transaction, since
# through the API's one-fsync-per-order POST it would take minutes.
prepare_sqlite() {
    log "creating the database through the API, then seeding $orders orders for $users users"
    start_host "$api_bin" Orders.WebApi.dll "$work/api-create.log" "Data Source=$work/orders.db"
    stop_host
    "$raw" seed "$work/orders.db" "$data" "$orders" "$users"
    log "starting the API once so that its backfill gives the seeded orders their stored views"
    start_host "$api_bin" Orders.WebApi.dll "$work/api-backfill.log" "Data Source=$work/orders.db"
    python3 - "$work/orders.db" <<'PY' || fail "the seeded orders did not get their views"
import sqlite3, sys, time
deadline = time.time() + 600
while time.time() < deadline:
    with sqlite3.connect(sys.argv[1], timeout=30) as db:
        if db.execute('SELECT count(*) FROM "Orders" WHERE "View" IS NULL').fetchone()[0] == 0: sys.exit(0)
    time.sleep(0.5)
sys.exit(1)
PY
    stop_host
    python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA wal_checkpoint(TRUNCATE)")' "$work/orders.db"
    cp "$work/orders.db" "$work/raw.db"
}

# One run of each raw ruler on the copy of the API's file, taken just before each of the API's POST runs: the disk's
# fsync rate here drifts by 2x within minutes, so the rulers are sampled beside what they are compared with. The
# minimal ruler is issue 23's (the least a durable placement needs, ONE connection, one commit per order); the other is
# the service's own unit of work (the statements the API runs, stored view and search text included).
raw_sqlite_samples="" min_sqlite_samples=""
raw_sqlite() {
    min_sqlite_samples+="$(RAW_WARMUP=3 RAW_SECONDS=$run_seconds "$raw" sqlite "$work/raw.db" --minimal) "
    raw_sqlite_samples+="$(RAW_WARMUP=3 RAW_SECONDS=$run_seconds "$raw" sqlite "$work/raw.db") "
}

# The throwaway cluster, if this script started one; stopped as soon as its runs are done, so that its checkpoints
# do not land on the disk in the middle of the SQLite runs.
stop_postgres() {
    if [ -n "$pg_data" ]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
    pg_data=""
}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PG_CONN, else a throwaway cluster with the engine's default durability (fsync on, synchronous_commit on).
raw_postgres() {
    local conn=${PG_CONN:-}
    if [ -z "$conn" ]; then
        if [ ! -x "$pg_bin/initdb" ]; then raw_pg_rate=""; raw_pg_note="skipped: no PG_CONN and no $pg_bin (apt-get install -y postgresql)"; return; fi
        local port; port=$(free_port)
        # Its own directory: the server runs as postgres, which may not enter $work.
        pg_dir=$(mktemp -d /tmp/orders-bench-pg.XXXXXX)
        if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir"; fi
        as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        pg_data=$pg_dir/data
        as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_dir/server.log" -w -t 60 \
            -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
        conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    fi
    log "PostgreSQL: the API makes the schema, the raw tool the catalog"
    start_host "$api_bin" Orders.WebApi.dll "$work/api-pg.log" "$conn" Postgres
    stop_host
    mkdir -p "$work/pg-load"
    # A first short run makes the catalog and writes its product ids for the API's run; the figures come later.
    RAW_WARMUP=1 RAW_SECONDS=2 "$raw" postgres "$conn" "$work/pg-load" >/dev/null
    raw_pg_samples="" min_pg_samples=""
    raw_pg_note=""
    pg_conn=$conn
}

raw_postgres_run() { # connection-string
    min_pg_samples+="$(RAW_WARMUP=3 RAW_SECONDS=$run_seconds "$raw" postgres "$1" "$work/pg-load" --minimal) "
    raw_pg_samples+="$(RAW_WARMUP=3 RAW_SECONDS=$run_seconds "$raw" postgres "$1" "$work/pg-load") "
}

# Both instances under wrk at once, 16 connections each; prints "orders/s p99" (summed, the worse).
pg_pair() { # mode seconds url-a url-b
    local a_rps a_p99 b_rps b_p99
    wrk_run "$3" "$1" "$2" "$pg_connections" "$work/pg-load" >"$work/pg-a" &
    wrk_run "$4" "$1" "$2" "$pg_connections" "$work/pg-load" >"$work/pg-b"
    wait $! || fail "the API on PostgreSQL answered other than 2xx"
    read -r a_rps a_p99 <"$work/pg-a"; read -r b_rps b_p99 <"$work/pg-b"
    echo "$((a_rps + b_rps)) $(awk -v a="$a_p99" -v b="$b_p99" 'BEGIN {print (a > b ? a : b)}')"
}

# Two API instances on that PostgreSQL, 16 connections each (issue 23's load), POST from all users and from one: each
# run just after one run of each raw Npgsql ruler (16 connections).
readonly pg_connections=16
api_postgres() {
    [ -n "${pg_conn:-}" ] || return 0
    log "API on PostgreSQL: two instances, warm-up ${warmup}s, then per load $runs x (raw Npgsql 2 x ${run_seconds}s, API ${run_seconds}s)"
    local i mode samples urls=() pids=()
    cp "$data/tokens.txt" "$data/admin.txt" "$work/pg-load/"
    : >"$work/pg-load/orders.txt"
    for i in 1 2; do
        start_host "$api_bin" Orders.WebApi.dll "$work/api-pg-$i.log" "$pg_conn" Postgres
        urls+=("$host_url") pids+=("$host_pid")
    done
    pg_pair post "$warmup" "${urls[@]}" >/dev/null
    for mode in post post@1; do
        samples=""
        for i in $(seq "$runs"); do
            raw_postgres_run "$pg_conn"
            samples+="$(pg_pair "$mode" "$run_seconds" "${urls[@]}")"$'\n'
        done
        summarize "api-pg-$mode" "${samples%$'\n'}"
    done
    for host_pid in "${pids[@]}"; do stop_host; done
    stop_postgres
    log "raw Npgsql, minimal: $min_pg_samples; service's unit of work: $raw_pg_samples"
    raw_pg_rate=$(tr ' ' '\n' <<<"${raw_pg_samples% }" | median)
    min_pg_rate=$(tr ' ' '\n' <<<"${min_pg_samples% }" | median)
}

# --- the measurements ------------------------------------------------------------------------------------------------
# The ceiling host stays up beside the API: one ceiling run goes just before each of the API's GET runs, and the
# ceiling is the median of all of them, so both sides see the same moments of this shared machine.
ceiling() {
    log "ceiling host: warm-up ${warmup}s; measured between the API's runs"
    start_host "$ceiling_bin" Orders.Ceiling.dll "$work/ceiling.log" unused
    ceiling_url=$host_url ceiling_pid=$host_pid
    wrk_run "$ceiling_url" get-id "$warmup" >/dev/null
}

ceiling_samples=""
ceiling_run() { ceiling_samples+="$(wrk_run "$ceiling_url" get-id "$run_seconds")"$'\n'; }

api() {
    log "API: mixed warm-up ${warmup}s, then $runs x ${run_seconds}s per endpoint"
    start_host "$api_bin" Orders.WebApi.dll "$work/api.log" "Data Source=$work/orders.db"
    rss_ready=$(rss_mb)
    wrk_run "$host_url" mixed "$warmup" >/dev/null
    rss_start=$(rss_mb)
    local mode
    for mode in post post@1 get-id get-number list admin; do
        [ "$mode" != admin ] || admin_orders=$(count_orders)
        wrk_run "$host_url" "$mode" "$mode_warmup" >/dev/null   # its own code paths warm before they are measured
        measure "$host_url" "$mode" "$mode" "$([[ $mode == post* ]] && echo raw_sqlite || echo ceiling_run)"
    done
    after_sale
    log "raw sqlite, minimal: $min_sqlite_samples; service's unit of work: $raw_sqlite_samples"
    raw_sqlite_rate=$(tr ' ' '\n' <<<"${raw_sqlite_samples% }" | median)
    min_sqlite_rate=$(tr ' ' '\n' <<<"${min_sqlite_samples% }" | median)
    ceiling_samples=${ceiling_samples%$'\n'}
    log "ceiling: $(tr '\n' ';' <<<"$ceiling_samples")"
    result[ceiling-get]="$(cut -d' ' -f1 <<<"$ceiling_samples" | median | xargs printf '%.0f') $(cut -d' ' -f2 <<<"$ceiling_samples" | median)"
    rss_end=$(rss_mb)
    stop_host
    host_pid=$ceiling_pid stop_host
}

count_orders() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM \"Orders\"").fetchone()[0])' "$work/orders.db"; }

# The after-sale writes, each request on an order of its own prepared by the seeder (ready orders shipped, paid ones
# refunded, pending ones edited; see orders.lua). The edit route may not exist yet: a dry run of one edit tells.
declare -A after_note
after_sale() {
    local mode probe
    read -r probe <"$data/pending.txt"
    set -- $probe
    probe=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $(cat "$data/admin.txt")" \
        -H 'Content-Type: application/json' -H "If-Match: \"$2\"" "$host_url/api/orders/$1/edits?dryRun=true" \
        --data "{\"changes\":[{\"orderLineId\":\"$3\",\"quantity\":$(($4 + 1))}],\"reason\":\"probe\"}")
    for mode in ship refund edit; do
        if [ "$mode" = edit ] && [[ $probe == 404 || $probe == 405 ]]; then
            after_note[edit]="skipped: POST /api/orders/{id}/edits answered $probe (the route is not on this build)"
            continue
        fi
        soft=1
        if ! { wrk_run "$host_url" "$mode" "$mode_warmup" >/dev/null && measure "$host_url" "$mode"; }; then
            after_note[$mode]="failed: answers other than 2xx (see the log above; too few prepared orders? raise ORDERS)"
        fi
        soft=0
    done
}

# SOAK=seconds: the mixed load for that long after the warm-up, RSS sampled every minute (and at the end).
soak_rss() {
    [ "$soak" -gt 0 ] || return 0
    log "soak: mixed load for ${soak}s, RSS every 60s"
    start_host "$api_bin" Orders.WebApi.dll "$work/api-soak.log" "Data Source=$work/orders.db"
    wrk_run "$host_url" mixed "$warmup" >/dev/null
    soak_samples="$(rss_mb)"
    local left=$soak chunk
    while [ "$left" -gt 0 ]; do
        chunk=$((left < 60 ? left : 60))
        wrk_run "$host_url" mixed "$chunk" >/dev/null
        soak_samples+=" $(rss_mb)"
        left=$((left - chunk))
    done
    stop_host
    log "soak RSS (MB): $soak_samples"
}

# Start to ready on the now large database: process start until /health/ready answers 200, median of 5.
start_time() {
    log "start-to-ready, 5 starts on the existing database"
    local i t0 samples=""
    for i in 1 2 3 4 5; do
        port=$(free_port)
        t0=$(date +%s%N)
        launch "$api_bin" Orders.WebApi.dll "$work/api-start.log" "Data Source=$work/orders.db" Sqlite
        wait_ready "$host_url" "$host_pid" || fail "the API did not become ready"
        samples+="$(( ($(date +%s%N) - t0) / 1000000 ))"$'\n'
        stop_host
    done
    start_ms=$(printf '%s' "$samples" | median)
}

# --- the table -------------------------------------------------------------------------------------------------------
field() { cut -d' ' -f"$2" <<<"${result[$1]}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "-"}'; }

row() { # label mode ceiling-figure ceiling-label goal [unit]
    printf '| %s | %s %s | %s ms (%s-%s) | %s | **%s** | %s |\n' "$1" "$(field "$2" 1)" "${6:-req/s}" "$(field "$2" 2)" \
        "$(field "$2" 3)" "$(field "$2" 4)" "$4" "$(ratio "$(field "$2" 1)" "$3")" "$5"
}

# A POST row against both rulers: the ratio to the minimal one first (the goal's), then to the service's own.
post_row() { # label mode minimal-rate own-rate rulers-label goal
    printf '| %s | %s orders/s | %s ms (%s-%s) | %s | **%s** minimal; %s own | %s |\n' "$1" "$(field "$2" 1)" "$(field "$2" 2)" \
        "$(field "$2" 3)" "$(field "$2" 4)" "$5" "$(ratio "$(field "$2" 1)" "$3")" "$(ratio "$(field "$2" 1)" "$4")" "$6"
}

after_row() { # label mode
    if [ -n "${after_note[$2]:-}" ] || [ -z "${result[$2]:-}" ]; then printf '| %s | %s | | | | p99 reported |\n' "$1" "${after_note[$2]:-not run}"
    else printf '| %s | %s req/s | %s ms (%s-%s) | | | p99 reported |\n' "$1" "$(field "$2" 1)" "$(field "$2" 2)" "$(field "$2" 3)" "$(field "$2" 4)"; fi
}

report() {
    local ceiling_get
    ceiling_get=$(field ceiling-get 1)
    cat <<EOF

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; load average before the run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)
Settings: wrk $threads threads, $connections connections, warm-up ${warmup}s, median of $runs x ${run_seconds}s (p99: median and range), $orders orders of $users users, 1,000 products, Release, Production

| what | figure | p99 | the machine's ceiling, same run | ratio | goal |
|---|---|---|---|---|---|
$(post_row "POST /api/orders, $users customers" post "$min_sqlite_rate" "$raw_sqlite_rate" "raw Microsoft.Data.Sqlite, synchronous=FULL, WAL: the minimal unit of work on one connection $min_sqlite_rate orders/s; the service's own, 32 workers, one writer: $raw_sqlite_rate orders/s (medians of $((runs * 2)) runs, one of each before each POST run)" "≥ 0.4 minimal, p99 ≤ 30 ms")
$(post_row "POST /api/orders, one customer" post@1 "$min_sqlite_rate" "$raw_sqlite_rate" "same" "≥ 0.4 minimal, p99 ≤ 30 ms")
$(row "GET /api/orders/{id}" get-id "$ceiling_get" "Kestrel + the same JWT validation, fixed order JSON: $ceiling_get req/s (p99 $(field ceiling-get 2) ms; median of $((runs * 4)) runs, one before each of the API's GET runs)" "≥ 0.35, p99 ≤ 10 ms")
$(row "GET /api/orders/{number}" get-number "$ceiling_get" "same" "≥ 0.35, p99 ≤ 10 ms")
$(row "GET /api/orders?limit=10 (the owner's list)" list "$ceiling_get" "same" "≥ 0.25")
$(row "GET /api/admin/orders?q&dateFrom&dateTo, over $admin_orders orders$([ "$admin_orders" -ge 100000 ] || echo " (fewer than issue 23's 100,000: raise ORDERS)")" admin "$ceiling_get" "same" "p99 < 50 ms")
$(if [ -n "${result[api-pg-post]:-}" ]; then
    post_row "POST /api/orders, two instances on PostgreSQL (16 connections each), $users customers" api-pg-post "$min_pg_rate" "$raw_pg_rate" "raw Npgsql, 16 connections, synchronous_commit=on: the minimal unit of work $min_pg_rate orders/s; the service's own $raw_pg_rate orders/s (medians of $((runs * 2)), interleaved likewise)" "≥ 0.5 minimal"
    post_row "POST /api/orders, two instances on PostgreSQL (16 connections each), one customer" api-pg-post@1 "$min_pg_rate" "$raw_pg_rate" "same" "≥ 0.5 minimal"
  else echo "| POST /api/orders on PostgreSQL | ${raw_pg_note} | | | | ≥ 0.5 minimal |"; fi)
$(after_row "POST /api/orders/{id}/shipments (a ready order, every unit)" ship)
$(after_row "POST /api/orders/{id}/refunds (a paid order, 1.00, Idempotency-Key)" refund)
$(after_row "POST /api/orders/{id}/edits (an unpaid order, one more unit, If-Match)" edit)
| RSS of the API | ${rss_start} MB at the start of the runs, ${rss_end} MB at the end (${rss_ready} MB when ready) | | | $(ratio "$rss_end" "$rss_start") | ± 10% |
| start to ready, existing database | ${start_ms} ms (median of 5) | | | | < 2,000 ms |
$(if [ "$soak" -gt 0 ]; then set -- $soak_samples; printf '| RSS over %s s of mixed load | %s MB after the warm-up, %s MB at the end; every minute: %s MB | | | %s | ± 10%% |\n' \
    "$soak" "$1" "${!#}" "$(tr ' ' ',' <<<"$soak_samples")" "$(ratio "${!#}" "$1")"; fi)
EOF
}

main() {
    check_tools
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    mkdir -p "$data"
    openssl rand 32 >"$work/key"
    key_hex=$(od -An -tx1 "$work/key" | tr -d ' \n')
    key_b64=$(base64 -w0 "$work/key")
    api_settings
    build
    mint_tokens
    prepare_sqlite
    raw_postgres
    api_postgres
    ceiling
    api
    soak_rss
    start_time
    report
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
