package dev.migrate.autoconfigure.jpa.shopchanges;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Wishlist after a change: the many-to-many association is gone. */
@Entity(name = "Wishlist")
@Table(name = "wishlist")
public class WishlistWithoutProducts {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private dev.migrate.autoconfigure.jpa.shop.Customer customer;

}
