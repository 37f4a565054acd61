package dev.migrate.maven.internal;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * The project's classes and libraries with migrate, on top of the JDK alone; slf4j is
 * shared with Maven so that migrate logs into the build log.
 */
final class ProjectClassLoader extends URLClassLoader {

	static {
		registerAsParallelCapable();
	}

	private final ClassLoader maven;

	ProjectClassLoader(List<URL> urls, ClassLoader maven) {
		super("migrate-project", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
		this.maven = maven;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (name.startsWith("org.slf4j.")) {
			return maven.loadClass(name);
		}
		return super.loadClass(name, resolve);
	}

}
