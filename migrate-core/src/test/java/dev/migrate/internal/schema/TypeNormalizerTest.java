package dev.migrate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeNormalizerTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			varchar(255)                    | character varying(255)
			VARCHAR( 255 )                  | character varying(255)
			varchar                         | character varying
			character varying(40)           | character varying(40)
			int4                            | integer
			int                             | integer
			serial                          | integer
			int8                            | bigint
			bigserial                       | bigint
			int2                            | smallint
			tinyint                         | smallint
			float8                          | double precision
			float(53)                       | double precision
			float(24)                       | real
			float4                          | real
			bool                            | boolean
			decimal(10,2)                   | numeric(10,2)
			numeric(10, 2)                  | numeric(10,2)
			numeric(38)                     | numeric(38,0)
			numeric                         | numeric
			char                            | character(1)
			char(3)                         | character(3)
			bpchar(3)                       | character(3)
			timestamptz                     | timestamp with time zone
			timestamp(6) with time zone     | timestamp with time zone
			timestamp with time zone        | timestamp with time zone
			timestamp(3) with time zone     | timestamp(3) with time zone
			timestamp                       | timestamp without time zone
			timestamp(6)                    | timestamp without time zone
			timestamp(6) without time zone  | timestamp without time zone
			time(6)                         | time without time zone
			timetz                          | time with time zone
			integer[]                       | integer[]
			_int4                           | integer[]
			int4[]                          | integer[]
			varchar(255) array              | character varying(255)[]
			text[][]                        | text[][]
			integer[3]                      | integer[]
			varbit(8)                       | bit varying(8)
			uuid                            | uuid
			jsonb                           | jsonb
			interval second(6)              | interval second(6)
			""")
	void normalizesToFormatTypeSpelling(String type, String canonical) {
		assertThat(TypeNormalizer.normalize(type)).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "{0} != {1}")
	@CsvSource(delimiter = '|', textBlock = """
			varchar(255)               | varchar(100)
			integer                    | bigint
			timestamp                  | timestamptz
			timestamp(3)               | timestamp(6)
			numeric(10,2)              | numeric(10,3)
			integer[]                  | integer
			char(2)                    | varchar(2)
			real                       | double precision
			""")
	void keepsDifferentTypesApart(String left, String right) {
		assertThat(TypeNormalizer.sameType(left, right)).isFalse();
	}

}
