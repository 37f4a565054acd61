package dev.migrate.autogenerate;

import static dev.migrate.autogenerate.SqlIdentifiers.literal;
import static dev.migrate.autogenerate.SqlIdentifiers.quote;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL for the objects of the {@linkplain dev.migrate.schema schema model}, one statement
 * per method (without the trailing semicolon). Names in the default schema are written unqualified,
 * so a revision runs in whatever schema migrate is configured for.
 */
public final class PostgresDdl {

    private static final Pattern COLUMN_ELEMENT = Pattern.compile("\"?([A-Za-z_][A-Za-z0-9_$]*)\"?( (?i:asc|desc))?");

    private final String defaultSchema;

    public PostgresDdl(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    public String table(QualifiedName name) {
        return SqlIdentifiers.qualify(name.schema(), name.name(), defaultSchema);
    }

    /**
     * {@code CREATE TABLE} with columns, primary key, unique and check constraints, followed by its
     * indexes and comments. Foreign keys are left to {@link #addForeignKey} so that tables can be
     * created in any order.
     */
    public List<String> createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(columnDefinition(column)));
        if (table.primaryKey() != null) {
            parts.add(constraintPrefix(table.primaryKey().name()) + "PRIMARY KEY (" + columns(table.primaryKey().columns())
                    + ")");
        }
        table.uniques().forEach(unique -> parts.add(constraintPrefix(unique.name()) + "UNIQUE (" + columns(unique.columns())
                + ")"));
        table.checks().forEach(check -> parts.add(constraintPrefix(check.name()) + "CHECK (" + check.expression() + ")"));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + table(table.qualifiedName()) + " (\n    " + String.join(",\n    ", parts)
                + "\n)");
        table.indexes().forEach(index -> statements.add(createIndex(table.qualifiedName(), index)));
        if (table.comment() != null) {
            statements.add(commentOnTable(table.qualifiedName(), table.comment()));
        }
        table.columns().stream().filter(column -> column.comment() != null)
                .forEach(column -> statements.add(commentOnColumn(table.qualifiedName(), column.name(), column.comment())));
        return statements;
    }

    public String dropTable(QualifiedName table) {
        return "DROP TABLE " + table(table);
    }

    public String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        if (column.identity() != ColumnIdentity.NONE) {
            sql.append(' ').append(column.identity().ddl());
        }
        if (column.generatedAs() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedAs()).append(") STORED");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    public String addColumn(QualifiedName table, Column column) {
        return alterTable(table) + "ADD COLUMN " + columnDefinition(column);
    }

    public String dropColumn(QualifiedName table, String column) {
        return alterTable(table) + "DROP COLUMN " + quote(column);
    }

    public String renameColumn(QualifiedName table, String from, String to) {
        return alterTable(table) + "RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    public String alterColumnType(QualifiedName table, String column, String type) {
        return alterTable(table) + "ALTER COLUMN " + quote(column) + " TYPE " + type;
    }

    public String alterColumnNullable(QualifiedName table, String column, boolean nullable) {
        return alterTable(table) + "ALTER COLUMN " + quote(column) + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
    }

    public String alterColumnDefault(QualifiedName table, String column, String defaultValue) {
        return alterTable(table) + "ALTER COLUMN " + quote(column)
                + (defaultValue == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultValue);
    }

    public String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + table(table) + " IS " + (comment == null ? "NULL" : literal(comment));
    }

    public String commentOnColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table(table) + "." + quote(column) + " IS "
                + (comment == null ? "NULL" : literal(comment));
    }

    public String createIndex(QualifiedName table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + table(table)
                + ("btree".equals(index.method()) ? "" : " USING " + index.method()) + " ("
                + index.elements().stream().map(PostgresDdl::indexElement).collect(Collectors.joining(", ")) + ")"
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    public String dropIndex(QualifiedName table, String index) {
        return "DROP INDEX " + SqlIdentifiers.qualify(table.schema(), index, defaultSchema);
    }

    public String addUnique(QualifiedName table, UniqueConstraint unique) {
        return alterTable(table) + "ADD " + constraintPrefix(unique.name()) + "UNIQUE (" + columns(unique.columns()) + ")";
    }

    public String addCheck(QualifiedName table, CheckConstraint check) {
        return alterTable(table) + "ADD " + constraintPrefix(check.name()) + "CHECK (" + check.expression() + ")";
    }

    public String addForeignKey(QualifiedName table, ForeignKey fk) {
        StringBuilder sql = new StringBuilder(alterTable(table)).append("ADD ").append(constraintPrefix(fk.name()))
                .append("FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
                .append(table(new QualifiedName(fk.targetSchema(), fk.targetTable())))
                .append(" (").append(columns(fk.targetColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferrable()) {
            sql.append(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        return sql.toString();
    }

    public String dropConstraint(QualifiedName table, String constraint) {
        return alterTable(table) + "DROP CONSTRAINT " + quote(constraint);
    }

    public String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE " + table(sequence.qualifiedName())
                + ("bigint".equals(sequence.dataType()) ? "" : " AS " + sequence.dataType())
                + " START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment();
    }

    public String dropSequence(Sequence sequence) {
        return "DROP SEQUENCE " + table(sequence.qualifiedName());
    }

    public String createSchema(String schema) {
        return "CREATE SCHEMA " + quote(schema);
    }

    public String dropSchema(String schema) {
        return "DROP SCHEMA " + quote(schema);
    }

    private String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table(table) + " ";
    }

    private static String constraintPrefix(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    private static String columns(List<String> names) {
        return names.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
    }

    // Elements are column names (quoted as needed) or expressions, which are written as PostgreSQL printed them.
    private static String indexElement(String element) {
        var matcher = COLUMN_ELEMENT.matcher(element);
        if (!matcher.matches()) {
            return element;
        }
        return quote(matcher.group(1)) + (matcher.group(2) == null ? "" : matcher.group(2).toUpperCase(java.util.Locale.ROOT));
    }
}
