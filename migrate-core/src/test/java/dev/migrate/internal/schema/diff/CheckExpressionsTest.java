package dev.migrate.internal.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckExpressionsTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					status in ('ACTIVE','SUSPENDED')                                                                          | status in ['ACTIVE', 'SUSPENDED']
					((status)::text = ANY ((ARRAY['SUSPENDED'::character varying, 'ACTIVE'::character varying])::text[]))      | status in ['ACTIVE', 'SUSPENDED']
					"(""Kind"" = ANY (ARRAY['a'::text, 'b''c'::text]))"                                                         | kind in ['a', 'b''c']
					status between 0 and 3                                                                                    | status from 0 to 3
					((status >= 0) AND (status <= 3))                                                                         | status from 0 to 3
					""")
	void enumStyleChecksHaveOneCanonicalForm(String expression, String canonical) {
		assertThat(CheckExpressions.canonical(expression)).isEqualTo(canonical);
	}

	@Test
	void otherExpressionsHaveNone() {
		assertThat(CheckExpressions.canonical("balance >= 0::numeric")).isNull();
		assertThat(CheckExpressions.canonical("a >= 0 AND b <= 3")).isNull();
		assertThat(CheckExpressions.differ("price > 0", "(price > (0)::numeric)")).isFalse();
	}

	@Test
	void aNewEnumValueIsADifference() {
		assertThat(CheckExpressions.differ("status in ('A','B','C')",
				"((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"))
			.isTrue();
		assertThat(CheckExpressions.differ("status between 0 and 4", "((status >= 0) AND (status <= 3))")).isTrue();
		assertThat(CheckExpressions.differ("status in ('B','A')",
				"((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"))
			.isFalse();
	}

}
