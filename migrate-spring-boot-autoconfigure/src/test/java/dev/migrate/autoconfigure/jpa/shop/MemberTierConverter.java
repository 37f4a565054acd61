package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MemberTier} as its first letter. */
@Converter
public class MemberTierConverter implements AttributeConverter<MemberTier, String> {

	@Override
	public String convertToDatabaseColumn(MemberTier tier) {
		return tier == null ? null : tier.name().substring(0, 1);
	}

	@Override
	public MemberTier convertToEntityAttribute(String code) {
		if (code == null) {
			return null;
		}
		for (MemberTier tier : MemberTier.values()) {
			if (tier.name().startsWith(code)) {
				return tier;
			}
		}
		throw new IllegalArgumentException("Unknown member tier code " + code);
	}

}
