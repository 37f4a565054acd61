package dev.migrate.maven.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs one migrate command in a class loader made of the project's runtime classpath (its
 * compiled classes, Java revisions, entities, Hibernate) and migrate itself, then turns
 * the command's exit code into the build's outcome: 3 (verify, check or lint failed)
 * fails the build with the command's report, 1 and 2 fail it with the error.
 *
 * <p>
 * The class loader is not a child of the plugin's: the project's libraries (Hibernate,
 * Spring) must see each other and the project's classes, and the plugin's own copies of
 * them must not interfere. Only slf4j comes from Maven, so migrate's log lines show in
 * the build log.
 */
public final class ProjectRunner {

	static final String RUN_CLASS = "dev.migrate.maven.internal.ProjectRun";

	private final MavenProject project;

	private final List<Artifact> pluginArtifacts;

	private final Log log;

	public ProjectRunner(MavenProject project, List<Artifact> pluginArtifacts, Log log) {
		this.project = project;
		this.pluginArtifacts = pluginArtifacts;
		this.log = log;
	}

	public void run(String command, String[] arguments, Map<String, String> settings, String origin,
			boolean entityModel, File outputFile, Map<String, String> environment)
			throws MojoExecutionException, MojoFailureException {
		LogOutputStream errLines = new LogOutputStream(log::error, false);
		int code;
		try (OutputStream outTarget = (outputFile != null) ? open(outputFile) : new LogOutputStream(log::info, true);
				PrintStream out = new PrintStream(outTarget, true, StandardCharsets.UTF_8);
				PrintStream err = new PrintStream(errLines, true, StandardCharsets.UTF_8);
				ProjectClassLoader loader = new ProjectClassLoader(classpath(), getClass().getClassLoader())) {
			code = invoke(loader, arguments, settings, origin, entityModel, out, err, environment);
			out.flush();
			err.flush();
			if (code == 3 && outTarget instanceof LogOutputStream lines) {
				throw new MojoFailureException(
						"migrate " + command + " failed:" + System.lineSeparator() + lines.transcript().strip());
			}
		}
		catch (IOException ex) {
			throw new MojoExecutionException("migrate " + command + ": " + ex.getMessage(), ex);
		}
		String error = errLines.transcript().strip();
		switch (code) {
			case 0 -> {
			}
			case 3 -> throw new MojoFailureException("migrate " + command + " failed; the report is in " + outputFile);
			default -> throw new MojoExecutionException(error.isEmpty() ? "migrate " + command + " failed" : error);
		}
	}

	private static OutputStream open(File file) throws IOException {
		File parent = file.getAbsoluteFile().getParentFile();
		if (parent != null) {
			parent.mkdirs();
		}
		return new FileOutputStream(file);
	}

	private int invoke(ClassLoader loader, String[] arguments, Map<String, String> settings, String origin,
			boolean entityModel, PrintStream out, PrintStream err, Map<String, String> environment)
			throws MojoExecutionException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			Method run = loader.loadClass(RUN_CLASS)
				.getMethod("run", String[].class, Map.class, String.class, String.class, boolean.class,
						PrintStream.class, PrintStream.class, Map.class);
			return (Integer) run.invoke(null, arguments, settings, origin, project.getBuild().getOutputDirectory(),
					entityModel, out, err, environment);
		}
		catch (InvocationTargetException ex) {
			throw new MojoExecutionException("migrate failed: " + ex.getCause(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new MojoExecutionException("migrate could not start in the project's class loader: " + ex, ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * The plugin's jar and migrate's own artifacts first (the engine the plugin was built
	 * with), then the project's classes and runtime dependencies except other copies of
	 * those.
	 */
	private List<URL> classpath() throws MojoExecutionException {
		List<URL> urls = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		try {
			urls.add(getClass().getProtectionDomain().getCodeSource().getLocation().toURI().toURL());
			for (Artifact artifact : pluginArtifacts) {
				if (isEngine(artifact) && artifact.getFile() != null) {
					urls.add(artifact.getFile().toURI().toURL());
					taken.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
				}
			}
			urls.add(new File(project.getBuild().getOutputDirectory()).toURI().toURL());
			for (Artifact artifact : project.getArtifacts()) {
				if (artifact.getArtifactHandler().isAddedToClasspath() && artifact.getFile() != null
						&& !Artifact.SCOPE_TEST.equals(artifact.getScope())
						&& !taken.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
					urls.add(artifact.getFile().toURI().toURL());
				}
			}
		}
		catch (MalformedURLException | URISyntaxException ex) {
			throw new MojoExecutionException("Cannot build the project's class path: " + ex.getMessage(), ex);
		}
		log.debug("migrate class path: " + urls);
		return urls;
	}

	private static boolean isEngine(Artifact artifact) {
		return artifact.getGroupId().equals("dev.migrate") || artifact.getGroupId().equals("org.postgresql");
	}

}
