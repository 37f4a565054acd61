#!/bin/bash
# Startup overhead of the Maven plugin over the CLI, side by side in one run (docs/benchmarks.md,
# "Maven plugin startup"): `java -jar migrate.jar verify`, `mvn validate` (Maven's own start on the same
# project) and `mvn migrate:verify`, alternated RUNS times on the demo's SQL revisions that do not descend
# from its Spring-bean Java revision. Prints each run and the medians.
#
# Needs: ./mvnw -pl migrate-maven-plugin -am verify (migrate.jar, target/it-repo, target/it/plain-sql) and a
# PostgreSQL server: BENCH_URL (default jdbc:postgresql://127.0.0.1:5432/migrate_plugin_bench, user postgres,
# trust auth; the database must exist and is upgraded first).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
PLUGIN=$ROOT/migrate-maven-plugin
RUNS=${RUNS:-7}
URL=${BENCH_URL:-jdbc:postgresql://127.0.0.1:5432/migrate_plugin_bench}
USER_NAME=${BENCH_USER:-postgres}
MVN=${MVN:-$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.11/*/ | head -1)bin/mvn}
JAR=$ROOT/migrate-cli/target/migrate.jar
PROJECT=$PLUGIN/target/it/plain-sql
REVISIONS=$(mktemp -d)
trap 'rm -rf "$REVISIONS"' EXIT
for id in 1f2e3d4c5b6a 2a3b4c5d6e7f 3b4c5d6e7f80 4c5d6e7f8091 8091a2b3c4d5; do
	cp "$ROOT"/demo-app/src/main/resources/db/revisions/${id}_*.sql "$REVISIONS"/
done
LOC=filesystem:$REVISIONS
MAVEN_ARGS=(-B -q -o -s "$PLUGIN/target/it/settings.xml" -Dmaven.repo.local="$PLUGIN/target/it-repo")
seconds() {
	local start end
	start=$(date +%s%N)
	"$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
	end=$(date +%s%N)
	echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cd "$PROJECT"
java -jar "$JAR" --url "$URL" --user "$USER_NAME" --locations "$LOC" upgrade heads > /dev/null
echo "cli_verify mvn_validate mvn_migrate_verify"
: > "$REVISIONS/times"
for _ in $(seq "$RUNS"); do
	a=$(seconds java -jar "$JAR" --url "$URL" --user "$USER_NAME" --locations "$LOC" verify)
	b=$(seconds "$MVN" "${MAVEN_ARGS[@]}" validate)
	c=$(seconds "$MVN" "${MAVEN_ARGS[@]}" migrate:verify -Dmigrate.url="$URL" -Dmigrate.user="$USER_NAME" \
		-Dmigrate.locations="$LOC")
	echo "$a $b $c" | tee -a "$REVISIONS/times"
done
ma=$(cut -d' ' -f1 "$REVISIONS/times" | median)
mb=$(cut -d' ' -f2 "$REVISIONS/times" | median)
mc=$(cut -d' ' -f3 "$REVISIONS/times" | median)
echo "medians: cli $ma s, mvn validate $mb s, mvn migrate:verify $mc s"
echo "overhead over the CLI: $(echo "$mc - $ma" | bc) s; beyond Maven's own start: $(echo "$mc - $ma - $mb" | bc) s"
