#!/usr/bin/env bash
# Prints an access token for a CityBridge user, obtained like a browser would: authorization code
# flow with PKCE for the public client citybridge-cli, logging in through the form login page.
#
# Usage: scripts/token.sh USER [PASSWORD]        (PASSWORD defaults to "demo")
# Env:   CITYBRIDGE_URL   gateway or identity base URL (default http://localhost:8080)
#
#   curl -H "Authorization: Bearer $(scripts/token.sh officer@almelo)" ...
set -euo pipefail

user=${1:?usage: token.sh USER [PASSWORD]}
password=${2:-demo}
base=${CITYBRIDGE_URL:-http://localhost:8080}
base=${base%/}
client_id=citybridge-cli
callback=http://127.0.0.1/callback

fail() { echo "token.sh: $*" >&2; exit 1; }

jar=$(mktemp)
body=$(mktemp)
trap 'rm -f "$jar" "$body"' EXIT

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier=$(openssl rand 48 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(openssl rand 16 | b64url)

# Sends one request without following redirects, setting $status and $location (empty if none).
# Nothing here ever connects to the callback: it is only read from a Location header.
call() {
  local out
  out=$(curl -sS -b "$jar" -c "$jar" -o "$body" -H "Accept: text/html" \
    -w "%{http_code} %{redirect_url}" "$@") || fail "cannot reach $base"
  status=${out%% *}
  location=${out#* }
}

call "$base/oauth2/authorize?response_type=code&client_id=$client_id&redirect_uri=$callback&scope=openid&code_challenge=$challenge&code_challenge_method=S256&state=$state"
[[ $status == 302 && $location == */login* ]] || fail "expected a redirect to the login page from $base/oauth2/authorize, got HTTP $status"

login_url=$location
call "$login_url"
csrf=$(grep -o '<input name="_csrf"[^>]*>' "$body" | sed 's/.*value="\([^"]*\)".*/\1/' || true)
[[ $status == 200 && -n $csrf ]] || fail "no login form at $login_url (HTTP $status)"

# The password goes through stdin to keep it out of the process list.
call "$login_url" --data-urlencode "username=$user" --data-urlencode "password@-" \
  --data-urlencode "_csrf=$csrf" < <(printf "%s" "$password")
[[ $location != *"/login?error"* ]] || fail "login failed for $user: bad credentials"

# After login the server sends the browser back to /oauth2/authorize, which then redirects to the callback.
for _ in 1 2 3 4 5; do
  [[ $status == 302 && $location != "$callback"* ]] || break
  call "$location"
done
[[ $location == "$callback"* ]] || fail "login for $user did not end at the callback (HTTP $status ${location:-no redirect})"
[[ $location != *"error="* ]] || fail "authorization refused: ${location#*\?}"
[[ $location == *"state=$state"* ]] || fail "state mismatch in callback"
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n $code ]] || fail "no authorization code in callback"

call "$base/oauth2/token" -d grant_type=authorization_code -d "code=$code" \
  -d "redirect_uri=$callback" -d "client_id=$client_id" -d "code_verifier=$verifier"
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$body")
[[ $status == 200 && -n $token ]] || fail "token request failed (HTTP $status): $(cat "$body")"
echo "$token"
