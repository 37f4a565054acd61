package dev.migrate.internal.revision;

/** The class a user wrote, behind the runtime subclasses frameworks generate. */
public final class UserClass {

	private UserClass() {
	}

	/**
	 * {@code type}, or the class it was generated from when it is a runtime subclass
	 * (Spring's CGLIB proxies are named {@code Original$$SpringCGLIB$$0}); never
	 * {@code Object}.
	 */
	public static Class<?> of(Class<?> type) {
		Class<?> current = type;
		while (current.getName().contains("$$") && current.getSuperclass() != null
				&& current.getSuperclass() != Object.class) {
			current = current.getSuperclass();
		}
		return current;
	}

}
