# Shared by the scripts here: where the API is, logging in, and calls that stop the script on an error
# (printing the problem+json the API answered). Needs bash, curl 7.76+ and jq.
API=${ALUR_API:-http://localhost:8080/api/v1}
PASSWORD=${ALUR_PASSWORD:-kinerja-demo}

command -v jq >/dev/null 2>&1 || { echo "jq is needed (apt-get install -y jq)" >&2; exit 2; }
command -v curl >/dev/null 2>&1 || { echo "curl is needed (apt-get install -y curl)" >&2; exit 2; }

# login USERNAME → prints an access token (15 minutes)
login() {
  curl -sS --fail-with-body -X POST "$API/auth/login" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg u "$1" --arg p "$PASSWORD" '{username: $u, password: $p}')" | jq -r .accessToken
}

# call TOKEN METHOD PATH [curl options…] → prints the answer's body; fails on a 4xx/5xx
call() {
  local token=$1 method=$2 path=$3
  shift 3
  curl -sS --fail-with-body -X "$method" "$API$path" -H "Authorization: Bearer $token" "$@"
}

# send TOKEN METHOD PATH JSON [curl options…] → a call with a JSON body
send() {
  local token=$1 method=$2 path=$3 body=$4
  shift 4
  call "$token" "$method" "$path" -H 'Content-Type: application/json' -d "$body" "$@"
}

# etag TOKEN PATH → the ETag a GET answers (for If-Match)
etag() {
  curl -sS --fail-with-body -D - -o /dev/null "$API$2" -H "Authorization: Bearer $1" | tr -d '\r' \
    | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p'
}

say() { printf '%s\n' "$*" >&2; }
