package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {

	private final CommandLineParser parser = new CommandLineParser(CliCommands.all());

	@Test
	void globalOptionsInBothFormsBeforeAndAfterTheCommand() {
		ParsedCommandLine line = parser.parse("--url", "jdbc:postgresql://h/db", "--lock-timeout=2s", "upgrade",
				"--user", "app", "head", "--transaction-mode=all");
		assertThat(line.command().name()).isEqualTo("upgrade");
		assertThat(line.arguments().positionals()).containsExactly("head");
		assertThat(line.settings()).isEqualTo(Map.of(Setting.URL, "jdbc:postgresql://h/db", Setting.LOCK_TIMEOUT, "2s",
				Setting.USER, "app", Setting.TRANSACTION_MODE, "all"));
	}

	@Test
	void everySettingHasAnOption() {
		for (Setting setting : Setting.values()) {
			ParsedCommandLine line = parser.parse(setting.option(), "v", "pending");
			assertThat(line.settings()).containsEntry(setting, "v");
		}
		assertThat(Setting.LOCK_WAIT_TIMEOUT.option()).isEqualTo("--lock-wait-timeout");
		assertThat(Setting.CONNECT_RETRY_INTERVAL.environmentVariable()).isEqualTo("MIGRATE_CONNECT_RETRY_INTERVAL");
	}

	@Test
	void theLastOccurrenceWins() {
		assertThat(parser.parse("--schema", "a", "--schema=b", "current").settings()).containsEntry(Setting.SCHEMA,
				"b");
	}

	@Test
	void relativeTargetsAreArgumentsNotOptions() {
		assertThat(parser.parse("downgrade", "-1").arguments().positionals()).containsExactly("-1");
		assertThat(parser.parse("upgrade", "+2").arguments().positionals()).containsExactly("+2");
	}

	@Test
	void doubleDashEndsOptions() {
		assertThat(parser.parse("stamp", "--", "--purge").arguments().positionals()).containsExactly("--purge");
	}

	@Test
	void commandFlagsAndValuedOptions() {
		ParsedCommandLine history = parser.parse("history", "-r", "base:head", "-v", "--indicate-current");
		assertThat(history.arguments().value("--rev-range")).isEqualTo("base:head");
		assertThat(history.arguments().flags()).containsExactlyInAnyOrder("--verbose", "--indicate-current");
		assertThat(parser.parse("history", "--rev-range=a:").arguments().value("--rev-range")).isEqualTo("a:");
		assertThat(parser.parse("stamp", "a", "b", "--purge").arguments().has("--purge")).isTrue();
		assertThat(parser.parse("upgrade", "--sql").arguments().has("--sql")).isTrue();
	}

	@Test
	void valuesMayStartWithADash() {
		assertThat(parser.parse("--password", "-secret-", "current").settings()).containsEntry(Setting.PASSWORD,
				"-secret-");
	}

	@Test
	void helpAndDebug() {
		assertThat(parser.parse("--help").help()).isTrue();
		assertThat(parser.parse("-h").command()).isNull();
		ParsedCommandLine commandHelp = parser.parse("downgrade", "--help");
		assertThat(commandHelp.help()).isTrue();
		assertThat(commandHelp.command().name()).isEqualTo("downgrade");
		assertThat(parser.parse("--debug", "heads").debug()).isTrue();
	}

	@Test
	void usageErrors() {
		assertThatThrownBy(() -> parser.parse("--bogus", "current")).isInstanceOf(UsageException.class)
			.hasMessage("unknown option '--bogus'");
		assertThatThrownBy(() -> parser.parse("frobnicate")).hasMessage("unknown command 'frobnicate'");
		assertThatThrownBy(() -> parser.parse("current", "--sql")).hasMessage("unknown option '--sql' for current");
		assertThatThrownBy(() -> parser.parse("current", "--url")).hasMessage("option --url needs a value");
		assertThatThrownBy(() -> parser.parse("--url", "upgrade"))
			.hasMessage("option --url needs a value (the command after it was taken as its value, leaving no command)");
		assertThatThrownBy(() -> parser.parse("--url", "", "upgrade"))
			.hasMessage("option --url needs a value, and was given an empty one");
		assertThatThrownBy(() -> parser.parse("upgrade", "--sql=yes")).hasMessage("option --sql takes no value");
		assertThatThrownBy(() -> parser.parse("downgrade"))
			.hasMessage("missing argument for downgrade (usage: downgrade TARGET [--sql])");
		assertThatThrownBy(() -> parser.parse("upgrade", "a", "b"))
			.hasMessage("upgrade takes at most 1 argument, got 2: a b");
		assertThatThrownBy(() -> parser.parse("show")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> parser.parse("stamp")).isInstanceOf(UsageException.class);
	}

	@Test
	void unknownCommandsAreUsageErrors() {
		assertThatThrownBy(() -> parser.parse("migrate-all")).hasMessage("unknown command 'migrate-all'");
	}

}
