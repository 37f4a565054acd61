#!/bin/sh
# Prepares the image's Spring Boot jar for fast starts, as Spring Boot's CDS guide and migrate's
# own launcher do (docs/cli.md, "Faster start for short-lived runs"):
# 1. unpacks the jar in place (a JVM cannot map classes from a jar nested in a jar): APP_JAR
#    becomes a small launcher jar with its libraries beside it in lib/;
# 2. writes a class-data-sharing archive, app.jsa beside it, of the classes a `migrate` command
#    loads: the JDK, Spring and migrate classes are then mapped from it instead of being loaded,
#    parsed and verified one by one, by `migrate upgrade head` in the entrypoint, the Job and the
#    init container, and by the app's own start. The image's JDK_JAVA_OPTIONS points every `java`
#    at it. The training command reads only the revisions (`migrate heads` needs no database),
#    so the image builds without one.
# Usage: cds.sh APP_JAR
set -eu
jar=$1
dir=$(dirname "$jar")
work=$(mktemp -d)
java -Djarmode=tools -jar "$jar" extract --destination "$work"
mv "$work/$(basename "$jar")" "$jar"
mv "$work/lib" "$dir/lib"
rmdir "$work"
java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Xlog:disable -Xlog:all=error:stderr -jar "$jar" migrate heads > /dev/null
