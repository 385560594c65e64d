#!/usr/bin/env bash
# Load run on loopback: the API in Release on a fresh SQLite file, then wrk against GET /health/live (the baseline),
# GET /api/products and POST /api/orders. Prints requests/s of each and its ratio to the baseline.
# Needs wrk (apt-get install -y wrk) and the .NET SDK. Usage: bash benchmarks/load/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}; connections=${2:-16}
dir=$(mktemp -d); port=5099; base="http://127.0.0.1:$port"
dotnet build -c Release src/WebApi -v q >/dev/null
key=$(head -c 32 /dev/urandom | base64)
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Orders="Data Source=$dir/orders.db" Database__SeedDemoData=true \
  RateLimiting__PermitsPerMinute=0 Serilog__MinimumLevel__Default=Warning Outbox__DispatcherEnabled=false \
  Authentication__Schemes__Bearer__ValidIssuer=load Authentication__Schemes__Bearer__ValidAudiences__0=load \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=load Authentication__Schemes__Bearer__SigningKeys__0__Value="$key"
dotnet src/WebApi/bin/Release/net10.0/Orders.WebApi.dll --urls "$base" >"$dir/api.log" 2>&1 &
api=$!; trap 'kill $api 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 60); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.5; done

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"load-user","role":"admin","iss":"load","aud":"load","exp":%d}' $(( $(date +%s) + 3600 )) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(echo "$key" | base64 -d | xxd -p -c 256)" -binary | b64url)
export TOKEN="$header.$payload.$signature"
export PRODUCT=$(curl -s -X POST "$base/api/products" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Load item","price":9.99,"stock":2000000}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# Any non-2xx answer would make the figure meaningless, so it stops the run.
rate() {
  local out; out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$@")
  if grep -q 'Non-2xx' <<<"$out"; then echo "non-2xx answers: $out" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
health=$(rate "$base/health/live")
products=$(rate "$base/api/products")
orders=$(rate -s benchmarks/load/place-order.lua "$base/api/orders")
printf '%-22s %10s req/s  ratio\n' endpoint rate
for row in "GET /health/live:$health" "GET /api/products:$products" "POST /api/orders:$orders"; do
  name=${row%%:*}; value=${row##*:}
  printf '%-22s %10.0f req/s  %.3f\n' "$name" "$value" "$(echo "$value / $health" | bc -l)"
done
