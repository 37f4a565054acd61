package dev.migrate.autoconfigure.jpa.shop;

/** A loyalty tier, stored as a one-letter code by {@link MemberTierConverter}. */
public enum MemberTier {

	BRONZE, SILVER, GOLD

}
