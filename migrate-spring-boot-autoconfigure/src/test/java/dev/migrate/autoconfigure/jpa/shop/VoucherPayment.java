package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** Single-table subclass. */
@Entity
@DiscriminatorValue("voucher")
public class VoucherPayment extends Payment {

	@Column(length = 20)
	private String voucherCode;

}
