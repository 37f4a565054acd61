package dev.migrate.benchmarks.compare;

/**
 * One migration tool driven through its public Java API, the way an application would
 * call it on startup. Each method is one measured scenario.
 */
public interface Tool {

	String name();

	/** Applies every revision of the workload to an empty database. */
	void applyAll(Workload workload, Database database) throws Exception;

	/**
	 * What every application restart pays when nothing is pending: validate, then migrate
	 * (no-op).
	 */
	void noOpStart(Workload workload, Database database) throws Exception;

	/**
	 * Lists pending revisions (status / info) without changing anything, on an instance
	 * created once per workload and database, as an application's actuator endpoint holds
	 * its engine bean.
	 */
	void status(Workload workload, Database database) throws Exception;

}
