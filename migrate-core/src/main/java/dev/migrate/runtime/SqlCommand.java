package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One state-table statement with its parameters and the row count it must affect.
 *
 * @param sql          SQL with {@code ?} placeholders
 * @param parameters   values for the placeholders (Strings, numbers, booleans, nulls)
 * @param expectedRows rows the statement must affect, or {@link #ANY_ROWS}
 */
public record SqlCommand(String sql, List<Object> parameters, int expectedRows) {

    public static final int ANY_ROWS = -1;

    /** What the server says when a command of {@link #failingOnOtherRowCount} misses: tag and actual count. */
    static final Pattern OTHER_ROW_COUNT = Pattern.compile("migrate-row-count:(\\d+):(\\d+)");

    public SqlCommand {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static SqlCommand of(String sql, int expectedRows, Object... parameters) {
        return new SqlCommand(sql, java.util.Arrays.asList(parameters), expectedRows);
    }

    /**
     * This command in a form that the server itself refuses when it affects another number of rows than
     * expected: the statement runs in a {@code WITH} and the count is cast to an integer only when it is
     * right; otherwise the text {@code migrate-row-count:<tag>:<count>} is, which fails with SQLSTATE
     * 22P02 naming both. (The failing branch depends on the count, so the planner cannot evaluate it
     * early.) Commands without an expected count are returned as they are.
     */
    SqlCommand failingOnOtherRowCount(int tag) {
        if (expectedRows == ANY_ROWS) {
            return this;
        }
        return new SqlCommand("WITH changed AS (" + sql + " RETURNING 1) SELECT CASE WHEN count(*) = " + expectedRows
                + " THEN 0 ELSE ('migrate-row-count:" + tag + ":' || count(*))::int END FROM changed", parameters,
                ANY_ROWS);
    }

    /** The statement with literals in place of placeholders, for offline scripts. */
    public String render() {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                out.append(SqlLiterals.literal(parameters.get(next++)));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
