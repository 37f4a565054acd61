package dev.migrate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultValueNormalizerTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			'new'::character varying                  | 'new'
			'It''s'::text                             | 'It''s'
			CURRENT_TIMESTAMP                         | now()
			now()                                     | now()
			(0)                                       | 0
			'-1'::integer                             | -1
			'{}'::integer[]                           | '{}'
			nextval('orders_id_seq'::regclass)        | nextval('orders_id_seq')
			'Mixed Case'::text                        | 'Mixed Case'
			TRUE                                      | true
			(1.5)::double precision                   | 1.5
			""")
	void normalizesWhatPostgresStores(String stored, String canonical) {
		assertThat(DefaultValueNormalizer.normalize(stored)).isEqualTo(canonical);
	}

	@Test
	void blankMeansNoDefault() {
		assertThat(DefaultValueNormalizer.normalize("  ")).isNull();
		assertThat(DefaultValueNormalizer.sameDefault(null, "")).isTrue();
		assertThat(DefaultValueNormalizer.sameDefault("'a'", "'A'")).isFalse();
	}

}
