# Sourced by run.sh, test.sh and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME, or stops with
# a message saying what to install. The machine's default java may be older (17).
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then
      local major
      major=$(java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        echo "$candidate"
        return 0
      fi
    fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "This project needs a JDK 21 or newer (25 recommended) and found none." >&2
  echo "Install one (e.g. 'apt-get install -y openjdk-25-jdk-headless' on Debian 13, or Temurin 25)" >&2
  echo "or point JAVA_HOME at it, then run this command again." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
