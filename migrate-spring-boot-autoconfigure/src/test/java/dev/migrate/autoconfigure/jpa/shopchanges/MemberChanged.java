package dev.migrate.autoconfigure.jpa.shopchanges;

import dev.migrate.autoconfigure.jpa.shop.MemberTier;
import dev.migrate.autoconfigure.jpa.shop.MemberTierConverter;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GenerationType;

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
 * Member after a change: a smaller allocation size, a longer display name
 * ({@code @Size}), a required website ({@code @NotNull}).
 */
@Entity
@Table(name = "member", indexes = @Index(columnList = "joined_on, display_name"))
@SecondaryTable(name = "member_profile")
public class MemberChanged {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_ids")
	@SequenceGenerator(name = "member_ids", sequenceName = "member_seq", allocationSize = 10)
	private Long id;

	@NotBlank
	@Size(max = 120)
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

	@NotNull
	@Column(table = "member_profile", length = 200)
	private String website;

}
