package dev.migrate.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetParserTest {

	@Test
	void parsesEveryTargetForm() {
		assertThat(Target.parse("heads")).isEqualTo(new Target.Heads());
		assertThat(Target.parse("head")).isEqualTo(new Target.Head());
		assertThat(Target.parse("base")).isEqualTo(new Target.Base());
		assertThat(Target.parse("3a8f1c2d4b7e")).isEqualTo(new Target.Reference("3a8f1c2d4b7e"));
		assertThat(Target.parse("3a8f")).isEqualTo(new Target.Reference("3a8f"));
		assertThat(Target.parse("billing@head")).isEqualTo(new Target.BranchHead("billing"));
		assertThat(Target.parse("billing@base")).isEqualTo(new Target.BranchBase("billing"));
		assertThat(Target.parse("+2")).isEqualTo(new Target.Relative(null, null, 2));
		assertThat(Target.parse("-1")).isEqualTo(new Target.Relative(null, null, -1));
		assertThat(Target.parse("ae10+2")).isEqualTo(new Target.Relative(null, "ae10", 2));
		assertThat(Target.parse("ae10-3")).isEqualTo(new Target.Relative(null, "ae10", -3));
		assertThat(Target.parse("head-1")).isEqualTo(new Target.Relative(null, "head", -1));
		assertThat(Target.parse("base+1")).isEqualTo(new Target.Relative(null, "base", 1));
		assertThat(Target.parse("billing@+1")).isEqualTo(new Target.Relative("billing", null, 1));
		assertThat(Target.parse("billing@-2")).isEqualTo(new Target.Relative("billing", null, -2));
		assertThat(Target.parse("ae10:heads"))
			.isEqualTo(new Target.Range(new Target.Reference("ae10"), new Target.Heads()));
		assertThat(Target.parse(":ae10")).isEqualTo(new Target.Range(null, new Target.Reference("ae10")));
		assertThat(Target.parse("ae10:")).isEqualTo(new Target.Range(new Target.Reference("ae10"), null));
		assertThat(Target.parse(":")).isEqualTo(new Target.Range(null, null));
		assertThat(Target.parse("billing@base:-1"))
			.isEqualTo(new Target.Range(new Target.BranchBase("billing"), new Target.Relative(null, null, -1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "heads", "head", "base", "ae10", "billing@head", "billing@base", "+2", "-1", "ae10+2",
			"ae10-3", "billing@+1", "billing@-2", "ae10:heads", ":ae10", "ae10:", ":", "current", "current:",
			"-1:current", "billing@heads", "billing@ae10", "billing@head-2", "billing@base+1", "billing@ae10+1" })
	void rendersBackToTheSameText(String text) {
		assertThat(Target.parse(text)).hasToString(text);
	}

	@Test
	void ignoresSurroundingWhitespace() {
		assertThat(Target.parse("  heads \n")).isEqualTo(new Target.Heads());
		assertThat(Target.parse(" a1 : a3 "))
			.isEqualTo(new Target.Range(new Target.Reference("a1"), new Target.Reference("a3")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|the target is empty", "'   '|the target is empty",
			"a1:a2:a3|exactly one ':'", "@head|branch label is missing", "bill-ing@head|may only contain",
			"billing@|after 'billing@' expected head, heads, base, a revision, +N or -N",
			"billing@ae.10|not a revision id, prefix or branch label", "billing@ae10+x|not a step count",
			"+|not a step count", "+x|not a step count", "ae10+1x|not a step count", "a-b|not a step count",
			"--1|not a step count", "+0|at least 1", "ae10-0|at least 1", "+99999999999|too large",
			"heads+1|cannot start a relative step", "a.b|not a revision id, prefix or branch label",
			"a b|not a revision id, prefix or branch label", "ae10/+1|not a revision id, prefix or branch label", })
	void rejectsMalformedTextWithTheReason(String text, String reason) {
		assertThatThrownBy(() -> Target.parse(text)).isInstanceOf(MalformedTargetException.class)
			.hasMessageContaining(reason)
			.hasMessageContaining("A target is one of: head, heads, base")
			.satisfies(e -> assertThat(((MalformedTargetException) e).target()).isEqualTo(text.strip()));
	}

	@Test
	void rejectsNullAndOverlongReferences() {
		assertThatThrownBy(() -> Target.parse(null)).isInstanceOf(MalformedTargetException.class);
		assertThatThrownBy(() -> Target.parse("a".repeat(65))).isInstanceOf(MalformedTargetException.class)
			.hasMessageContaining("longer than 64 characters");
	}

}
