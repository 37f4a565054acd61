package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Configures the index given to
 * {@link Operations#createIndex(String, String, java.util.function.Consumer)}:
 *
 * <pre>{@code
 * op.createIndex("ix_users_email", "users", i -> i.columns("email").unique().concurrently());
 * op.createIndex("ix_users_lower_email", "users", i -> i.expression("lower(email)").where("deleted_at IS NULL"));
 * }</pre>
 */
public final class IndexBuilder {

	private final List<IndexElement> elements = new ArrayList<>();

	private boolean unique;

	private @Nullable String method;

	private @Nullable String where;

	private boolean concurrently;

	private boolean ifNotExists;

	IndexBuilder() {
	}

	/** Key columns, ascending, in order. */
	public IndexBuilder columns(String... columns) {
		for (String column : columns) {
			elements.add(IndexElement.column(column));
		}
		return this;
	}

	/** An expression key such as {@code lower(email)} (author's SQL). */
	public IndexBuilder expression(String sql) {
		elements.add(IndexElement.expression(sql));
		return this;
	}

	/** Any key, e.g. {@code IndexElement.column("created_at").desc()}. */
	public IndexBuilder element(IndexElement element) {
		elements.add(element);
		return this;
	}

	public IndexBuilder unique() {
		this.unique = true;
		return this;
	}

	/**
	 * Access method: {@code btree} (default), {@code hash}, {@code gin}, {@code gist},
	 * {@code brin}...
	 */
	public IndexBuilder using(String accessMethod) {
		this.method = accessMethod;
		return this;
	}

	/** A partial index over the rows matching {@code predicate} (author's SQL). */
	public IndexBuilder where(String predicate) {
		this.where = predicate;
		return this;
	}

	/** Build without blocking writes; makes the revision non-transactional. */
	public IndexBuilder concurrently() {
		this.concurrently = true;
		return this;
	}

	public IndexBuilder ifNotExists() {
		this.ifNotExists = true;
		return this;
	}

	CreateIndex build(String name, ObjectName table) {
		return new CreateIndex(name, table, elements, unique, method, where, concurrently, ifNotExists);
	}

}
