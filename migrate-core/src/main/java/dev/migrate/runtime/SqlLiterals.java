package dev.migrate.runtime;

/** Renders values as PostgreSQL literals for offline scripts. */
final class SqlLiterals {

    private SqlLiterals() {
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        // Standard-conforming strings are on by default since PostgreSQL 9.1: only quotes need doubling.
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
