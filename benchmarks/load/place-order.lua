-- wrk script: POST /api/orders with the token and product given in the environment (see run.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"items":[{"productId":"' .. os.getenv("PRODUCT") .. '","quantity":1}],' ..
  '"shippingAddress":{"fullName":"Load Test","street":"1 Main St","city":"Springfield","postalCode":"12345","country":"US"}}'
