package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bean Validation constraints that reach Hibernate's DDL (NOT NULL, varchar length,
 * numeric precision, checks), a converted enum, a secondary table, an unnamed index and a
 * default sequence generator.
 */
@Entity
@Table(indexes = @Index(columnList = "joined_on, display_name"))
@SecondaryTable(name = "member_profile")
public class Member {

	@Id
	@GeneratedValue
	private Long id;

	@NotBlank
	@Size(max = 80)
	private String displayName;

	@NotEmpty
	@Size(min = 3, max = 320)
	private String email;

	@NotNull
	private LocalDate joinedOn;

	@Digits(integer = 8, fraction = 2)
	private BigDecimal credit;

	@Min(0)
	@Max(150)
	private Integer age;

	@NotNull
	@Convert(converter = MemberTierConverter.class)
	@Column(length = 1)
	private MemberTier tier;

	@Size(max = 2000)
	@Column(table = "member_profile")
	private String biography;

	@Column(table = "member_profile", length = 200)
	private String website;

}
