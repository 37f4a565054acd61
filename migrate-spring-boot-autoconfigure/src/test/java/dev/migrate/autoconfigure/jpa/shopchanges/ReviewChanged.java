package dev.migrate.autoconfigure.jpa.shopchanges;

import dev.migrate.autoconfigure.jpa.shop.Customer;
import dev.migrate.autoconfigure.jpa.shop.Product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Review after a change: deleting an author clears the reference (ON DELETE SET NULL) and
 * a second index.
 */
@Entity(name = "Review")
@Table(name = "review", indexes = { @Index(name = "ix_review_written", columnList = "writtenAt desc"),
		@Index(name = "ix_review_rating", columnList = "rating") })
public class ReviewChanged {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Product product;

	@ManyToOne
	@OnDelete(action = OnDeleteAction.SET_NULL)
	@JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_review_author"))
	private Customer author;

	@Check(name = "ck_review_rating", constraints = "rating between 1 and 5")
	private int rating;

	@Column(length = 2000)
	private String body;

	private Instant writtenAt;

}
