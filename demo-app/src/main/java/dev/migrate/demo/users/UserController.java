package dev.migrate.demo.users;

import dev.migrate.demo.orders.Order;
import dev.migrate.demo.orders.OrderRepository;
import dev.migrate.demo.orders.OrderStatusChangeRepository;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The tutorial's REST API: users and their orders. */
@RestController
class UserController {

	private final UserRepository users;

	private final OrderRepository orders;

	private final OrderStatusChangeRepository statusChanges;

	UserController(UserRepository users, OrderRepository orders, OrderStatusChangeRepository statusChanges) {
		this.users = users;
		this.orders = orders;
		this.statusChanges = statusChanges;
	}

	record StatusChangeView(String oldStatus, String newStatus, java.time.Instant changedAt) {
	}

	record NewUser(String firstName, String lastName, String email, String phoneNumber) {
	}

	record UserView(Long id, String firstName, String lastName, String email, String phoneNumber) {
		static UserView of(User user) {
			return new UserView(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
					user.getPhoneNumber());
		}
	}

	record NewOrder(BigDecimal amount) {
	}

	record OrderView(Long id, Long userId, BigDecimal amount, String status) {
		static OrderView of(Order order) {
			return new OrderView(order.getId(), order.getUserId(), order.getAmount(), order.getStatus());
		}
	}

	@PostMapping("/users")
	ResponseEntity<UserView> createUser(@RequestBody NewUser body) {
		if (isBlank(body.firstName()) || isBlank(body.lastName()) || isBlank(body.email())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "firstName, lastName and email are required");
		}
		User user = users.save(new User(body.firstName(), body.lastName(), body.email(), body.phoneNumber()));
		return ResponseEntity.created(URI.create("/users/" + user.getId())).body(UserView.of(user));
	}

	@GetMapping("/users/{id}")
	UserView user(@PathVariable long id) {
		return UserView.of(find(id));
	}

	@GetMapping("/users/{id}/orders")
	@Transactional(readOnly = true)
	List<OrderView> ordersOf(@PathVariable long id) {
		find(id);
		return orders.findByUser_IdOrderById(id).stream().map(OrderView::of).toList();
	}

	@PostMapping("/users/{id}/orders")
	@Transactional
	ResponseEntity<OrderView> createOrder(@PathVariable long id, @RequestBody NewOrder body) {
		if (body.amount() == null || body.amount().signum() <= 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "amount must be positive");
		}
		Order order = orders.save(new Order(find(id), body.amount()));
		return ResponseEntity.created(URI.create("/users/" + id + "/orders/" + order.getId()))
			.body(OrderView.of(order));
	}

	/** The audit trail the database trigger of revision 3b4c5d6e7f80 writes. */
	@GetMapping("/users/{id}/orders/{orderId}/history")
	@Transactional(readOnly = true)
	List<StatusChangeView> orderHistory(@PathVariable long id, @PathVariable long orderId) {
		find(id);
		return statusChanges.findByOrder_IdOrderById(orderId)
			.stream()
			.map(change -> new StatusChangeView(change.getOldStatus(), change.getNewStatus(), change.getChangedAt()))
			.toList();
	}

	private User find(long id) {
		return users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
