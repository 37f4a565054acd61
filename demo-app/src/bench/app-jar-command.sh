#!/bin/bash
# The demo's app-jar command against migrate.jar, side by side (docs/benchmarks.md, "App-jar
# commands"): ROUNDS alternating rounds of `current` on a database at the demo's head, started four
# ways: the app jar (nested, default flags), the app jar as the Docker image runs it (unpacked, CDS
# archive from deploy/docker/cds.sh, quick JIT only), migrate.jar with default flags, and
# migrate.jar with the launcher's flags and archive. Prints each round's milliseconds.
# Needs: ./mvnw -pl demo-app -am package -DskipTests, a PostgreSQL at PGHOST (default 127.0.0.1, user PGUSER)
# and javac. Run from the repository root.
set -euo pipefail
rounds=${ROUNDS:-5}
host=${PGHOST:-127.0.0.1}
user=${PGUSER:-postgres}
db=${BENCH_DB:-appjarbench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$(ls demo-app/target/demo-app-*.jar | head -1)
export SPRING_PROFILES_ACTIVE=postgres
spring=(--spring.datasource.url="jdbc:postgresql://$host:5432/$db" --spring.datasource.username="$user")

psql -q -h "$host" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
java -jar "$jar" migrate upgrade heads "${spring[@]}" > /dev/null

# The image's /app: the jar unpacked and its archive written, by the recipe's own script.
cp "$jar" "$work/app.jar"
sh deploy/docker/cds.sh "$work/app.jar" > /dev/null 2>&1

# migrate.jar cannot create the demo's Java revision (a Spring bean): a stand-in with its id.
mkdir -p "$work/standin/src/dev/migrate/bench"
cat > "$work/standin/src/dev/migrate/bench/BackfillStandIn.java" <<'JAVA'
package dev.migrate.bench;

@dev.migrate.Revision(id = "5d6e7f8091a2", revises = "4c5d6e7f8091", message = "stand-in")
public final class BackfillStandIn implements dev.migrate.Migration {
	public void upgrade(dev.migrate.ops.Operations op) {
	}
}
JAVA
javac -d "$work/standin/classes" -cp migrate-cli/target/migrate.jar "$work/standin/src/dev/migrate/bench/BackfillStandIn.java"
cp="migrate-cli/target/migrate.jar:$work/standin/classes"
cli=(--url "jdbc:postgresql://$host:5432/$db" --user "$user" --locations filesystem:demo-app/src/main/resources/db/revisions
	--packages dev.migrate.bench current)
quiet=(-Xlog:disable -Xlog:all=error:stderr)

ms() {
	local start end
	start=$(date +%s%N)
	"$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
	a=$(ms java -jar "$jar" migrate current "${spring[@]}")
	b=$(ms java -XX:SharedArchiveFile="$work/app.jsa" "${quiet[@]}" -XX:TieredStopAtLevel=1 -jar "$work/app.jar" migrate current "${spring[@]}")
	c=$(ms java -cp "$cp" dev.migrate.cli.launcher.Main "${cli[@]}")
	d=$(ms java -XX:SharedArchiveFile=migrate-cli/target/migrate.jsa "${quiet[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
		-cp "$cp" dev.migrate.cli.launcher.Main "${cli[@]}")
	echo "round $round: app-jar=$a image=$b migrate.jar=$c launcher=$d"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
