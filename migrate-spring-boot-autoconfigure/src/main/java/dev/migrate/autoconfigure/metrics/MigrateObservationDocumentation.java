package dev.migrate.autoconfigure.metrics;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The Observations migrate creates. With a meter registry each yields a timer (and a
 * {@code .active} long task timer); with tracing each yields a span, revisions nested in
 * their run.
 */
public enum MigrateObservationDocumentation implements ObservationDocumentation {

	/** One revision running in one direction. */
	REVISION {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRevisionObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return RevisionKeyNames.values();
		}
	},

	/** One command run (upgrade, downgrade, stamp...), lock wait included. */
	RUN {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRunObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return RunKeyNames.values();
		}
	};

	/** Tags of {@code migrate.revision}; the meter handler adds {@code error} itself. */
	public enum RevisionKeyNames implements KeyName {

		/** The revision id (bounded: one value per revision in the project). */
		REVISION {
			@Override
			public String asString() {
				return "revision";
			}
		},

		/** {@code upgrade} or {@code downgrade}. */
		DIRECTION {
			@Override
			public String asString() {
				return "direction";
			}
		},

		/**
		 * {@code success} or {@code failure}; only known once it is over, so the
		 * {@code .active} long task timer does not carry it.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		},

		/**
		 * The engine's bean name; only present when the application has several engines.
		 */
		ENGINE {
			@Override
			public String asString() {
				return "engine";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		}

	}

	/** Tags of {@code migrate.run}; the meter handler adds {@code error} itself. */
	public enum RunKeyNames implements KeyName {

		/** The command that ran: {@code upgrade}, {@code downgrade}, {@code stamp}... */
		COMMAND {
			@Override
			public String asString() {
				return "command";
			}
		},

		/**
		 * The application's {@code migrate.mode}: {@code apply} or {@code verify} for the
		 * startup run, {@code none} for runs of an application that does nothing at
		 * startup (the app-jar commands switch startup off).
		 */
		MODE {
			@Override
			public String asString() {
				return "mode";
			}
		},

		/**
		 * {@code success} or {@code failure}; only known once it is over, so the
		 * {@code .active} long task timer does not carry it.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		},

		/**
		 * The engine's bean name; only present when the application has several engines.
		 */
		ENGINE {
			@Override
			public String asString() {
				return "engine";
			}

			@Override
			public boolean isRequired() {
				return false;
			}
		}

	}

}
