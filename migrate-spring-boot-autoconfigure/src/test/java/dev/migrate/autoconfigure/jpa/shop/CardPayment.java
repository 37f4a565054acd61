package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass. */
@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {

	@Column(length = 4)
	private String cardLast4;

}
