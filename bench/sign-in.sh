# Signing in to a running tracker with curl, for the bench scripts, which source this file:
#   . "$(dirname "$0")/sign-in.sh"

# sign_in BASE_URL USER PASSWORD COOKIE_FILE
# Starts a new session in COOKIE_FILE from the sign-in form. Fails (prints nothing) when the form
# does not answer, refuses the password or says the account is locked.
sign_in() {
  local base=$1 user=$2 password=$3 cookies=$4 token landed
  rm -f "$cookies"
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//' || true)
  [[ -n "$token" ]] || return 1
  landed=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login" || true)
  [[ -n "$landed" && "$landed" != *error* && "$landed" != *locked* ]]
}

# wait_until_ready BASE_URL
# Waits (at most 2 minutes) until the tracker says it is ready. The sign-in form answers before the
# start-up tasks have run, and on a first start one of them makes the administrator's account.
wait_until_ready() {
  local base=$1 tries=0
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness" || true)" == 200 ]]; do
    tries=$(( tries + 1 ))
    [[ $tries -lt 2400 ]] || { echo "$base is not ready after 2 minutes" >&2; return 1; }
    sleep 0.05
  done
}

# first_signed_in_page BASE_URL USER PASSWORD COOKIE_FILE PATH
# Once the tracker is ready, signs in and reads PATH; fails unless it answers 200.
first_signed_in_page() {
  local base=$1 user=$2 password=$3 cookies=$4 path=$5 code
  wait_until_ready "$base" || return 1
  sign_in "$base" "$user" "$password" "$cookies" || { echo "could not sign in to $base as $user" >&2; return 1; }
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base$path")
  [[ "$code" == 200 ]] || { echo "$path answers $code after signing in" >&2; return 1; }
}

# session_cookie COOKIE_FILE -> the session as a request header, for curl's and wrk's -H
session_cookie() {
  echo "Cookie: JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$1" | tail -1)"
}
