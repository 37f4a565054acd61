package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass. */
@Entity
@DiscriminatorValue("bank")
public class BankTransferPayment extends Payment {

	@Column(length = 34)
	private String iban;

}
