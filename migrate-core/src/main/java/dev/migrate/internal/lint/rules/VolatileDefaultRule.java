package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.ColumnDefinition;
import dev.migrate.internal.lint.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A column added to an existing table whose value differs per row: a volatile default
 * ({@code gen_random_uuid()}, {@code clock_timestamp()}, {@code nextval()}...), a serial
 * or identity column, or a stored generated column. PostgreSQL 11+ adds columns with a
 * constant (or stable, like {@code now()}) default instantly, but these force a full
 * table rewrite under an ACCESS EXCLUSIVE lock.
 *
 * <p>
 * A function that is not a known immutable or stable built-in counts as volatile:
 * {@code CREATE FUNCTION} makes functions VOLATILE unless declared otherwise, and a name
 * core PostgreSQL does not have ({@code uuid()}, say) is a user or extension function.
 */
public final class VolatileDefaultRule implements LintRule {

	/** Built-in and common extension functions marked VOLATILE. */
	private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "random_normal", "gen_random_uuid", "uuidv4",
			"uuidv7", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday",
			"nextval", "setseed", "txid_current", "pg_current_xact_id");

	/**
	 * Core PostgreSQL functions (and function-style casts) that are IMMUTABLE or STABLE,
	 * so a default using them is evaluated once when the column is added.
	 */
	private static final Set<String> NON_VOLATILE_FUNCTIONS = Set.of("now", "transaction_timestamp",
			"statement_timestamp", "current_timestamp", "current_time", "localtimestamp", "localtime",
			"current_setting", "current_schema", "current_database", "lower", "upper", "length", "char_length",
			"character_length", "octet_length", "coalesce", "nullif", "greatest", "least", "concat", "concat_ws",
			"format", "md5", "sha224", "sha256", "sha384", "sha512", "encode", "decode", "replace", "substr",
			"substring", "left", "right", "lpad", "rpad", "ltrim", "rtrim", "btrim", "trim", "repeat", "reverse",
			"split_part", "position", "strpos", "initcap", "to_char", "to_date", "to_timestamp", "to_number", "to_json",
			"to_jsonb", "json_build_object", "jsonb_build_object", "json_build_array", "jsonb_build_array",
			"json_object", "jsonb_object", "array_fill", "make_date", "make_time", "make_timestamp", "make_timestamptz",
			"make_interval", "date_trunc", "date_part", "extract", "age", "timezone", "abs", "ceil", "ceiling", "floor",
			"round", "trunc", "sign", "mod", "power", "sqrt", "pi", "int4range", "int8range", "numrange", "tsrange",
			"tstzrange", "daterange", "array", "row", "cast", "text", "varchar", "int", "int2", "int4", "int8",
			"integer", "bigint", "smallint", "numeric", "decimal", "float4", "float8", "bool", "boolean", "date",
			"time", "timestamp", "timestamptz", "interval", "bytea", "jsonb", "json");

	@Override
	public String id() {
		return "volatile-default";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A column with a volatile default (or serial, identity, stored generated) is added to an "
				+ "existing table, rewriting it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		List<Violation> violations = new ArrayList<>();
		for (AlterTableAction action : AlteredTables.existingTableActions(statement, context,
				AlterTableAction.Kind.ADD_COLUMN)) {
			String cause = rewriteCause(action.definition());
			if (cause != null) {
				String column = action.definition().name();
				violations.add(new Violation(
						"Adds column \"" + column + "\" " + cause + " to existing table "
								+ context.describeTable(AlteredTables.table(statement)) + ": PostgreSQL rewrites "
								+ "the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
						"Add the column without a default (or with a constant one), then SET DEFAULT in a "
								+ "separate statement (applies to new rows only) and backfill existing rows in "
								+ "batches. A user function declared IMMUTABLE or STABLE is evaluated once: then suppress "
								+ "this finding with that reason.",
						statement));
			}
		}
		return violations;
	}

	private static String rewriteCause(ColumnDefinition column) {
		if (column.serial()) {
			return "of serial type " + column.typeName();
		}
		if (column.identity()) {
			return "as an identity column";
		}
		if (column.generatedStored()) {
			return "as a stored generated column";
		}
		if (column.hasDefault()) {
			List<SqlToken> expression = column.defaultValue();
			for (int i = 0; i + 1 < expression.size(); i++) {
				SqlToken token = expression.get(i);
				if (!token.isIdentifier() || !expression.get(i + 1).isSymbol("(")) {
					continue;
				}
				SqlToken before = i > 0 ? expression.get(i - 1) : null;
				if (before != null && (before.isSymbol("::") || before.is("as"))) {
					// A type with a modifier in a cast: 'x'::varchar(20), CAST(x AS
					// numeric(5)).
					continue;
				}
				String name = token.identifier();
				boolean qualified = before != null && before.isSymbol(".");
				boolean coreSchema = !qualified || (i >= 2 && expression.get(i - 2).isIdentifier()
						&& expression.get(i - 2).identifier().equals("pg_catalog"));
				if (VOLATILE_FUNCTIONS.contains(name)) {
					return "with volatile default " + name + "()";
				}
				if (!coreSchema || !NON_VOLATILE_FUNCTIONS.contains(name)) {
					return "with default " + name + "(), which is not a known immutable or stable built-in "
							+ "function (user functions are VOLATILE unless declared otherwise, so it is "
							+ "taken as volatile),";
				}
			}
		}
		return null;
	}

}
