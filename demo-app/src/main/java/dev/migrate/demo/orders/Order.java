package dev.migrate.demo.orders;

import dev.migrate.demo.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order of a user; deleting the user deletes its orders (ON DELETE CASCADE in the
 * schema). The mapping names every index and constraint the revisions create, so
 * {@code migrate check} (and {@code /actuator/migrationsdrift}) can prove the entities
 * and the migrated schema agree.
 */
@Entity
@Table(name = "orders",
		indexes = { @Index(name = "ix_orders_user_id", columnList = "user_id"),
				@Index(name = "ix_orders_status", columnList = "status") })
@Check(name = "ck_orders_amount_positive", constraints = "amount > 0")
public class Order {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false, foreignKey = @ForeignKey(name = "fk_orders_user"))
	@OnDelete(action = OnDeleteAction.CASCADE)
	private User user;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false, length = 20)
	@ColumnDefault("'NEW'")
	private String status;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	@ColumnDefault("now()")
	private Instant createdAt;

	protected Order() {
	}

	public Order(User user, BigDecimal amount) {
		this.user = user;
		this.amount = amount;
		this.status = "NEW";
	}

	public Long getId() {
		return id;
	}

	public Long getUserId() {
		return user.getId();
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
