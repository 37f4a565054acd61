#!/bin/sh
# Migrate, then start. `migrate upgrade head` runs against the app's own configuration
# (profile, DataSource, revisions) and exits without starting the web server. The migration lock
# makes it safe when several replicas start at once: one applies, the others wait and find nothing to do.
# Set MIGRATE_ON_START=false when a Kubernetes Job or init container migrates instead.
set -eu
if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
    # A short-lived JVM: the quick JIT compiler only (docs/cli.md, "Faster start for short-lived runs").
    java ${JAVA_OPTS:-} ${MIGRATE_JAVA_OPTS:--XX:TieredStopAtLevel=1} -jar /app/app.jar migrate upgrade head
fi
# The app itself only verifies: it refuses to start if the schema is behind.
exec java ${JAVA_OPTS:-} -jar /app/app.jar --migrate.mode=verify "$@"
