package dev.migrate.demo.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A row of the audit table the {@code trg_orders_status_history} trigger writes;
 * read-only here.
 */
@Entity
@Immutable
@Table(name = "order_status_history")
public class OrderStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "order_id", nullable = false,
			foreignKey = @ForeignKey(name = "order_status_history_order_id_fkey"))
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Order order;

	@Column(name = "old_status", length = 20)
	private String oldStatus;

	@Column(name = "new_status", nullable = false, length = 20)
	private String newStatus;

	@Column(name = "changed_at", nullable = false)
	@ColumnDefault("now()")
	private Instant changedAt;

	protected OrderStatusChange() {
	}

	public String getOldStatus() {
		return oldStatus;
	}

	public String getNewStatus() {
		return newStatus;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
