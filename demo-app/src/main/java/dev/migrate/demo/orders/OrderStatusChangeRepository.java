package dev.migrate.demo.orders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderStatusChangeRepository extends JpaRepository<OrderStatusChange, Long> {

	List<OrderStatusChange> findByOrder_IdOrderById(Long orderId);

}
