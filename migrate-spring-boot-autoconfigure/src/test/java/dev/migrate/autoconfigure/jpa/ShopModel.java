package dev.migrate.autoconfigure.jpa;

import dev.migrate.autoconfigure.jpa.shop.Address;
import dev.migrate.autoconfigure.jpa.shop.Attachment;
import dev.migrate.autoconfigure.jpa.shop.AuditEvent;
import dev.migrate.autoconfigure.jpa.shop.Audited;
import dev.migrate.autoconfigure.jpa.shop.BankTransferPayment;
import dev.migrate.autoconfigure.jpa.shop.CardPayment;
import dev.migrate.autoconfigure.jpa.shop.Cart;
import dev.migrate.autoconfigure.jpa.shop.CartItem;
import dev.migrate.autoconfigure.jpa.shop.Category;
import dev.migrate.autoconfigure.jpa.shop.Country;
import dev.migrate.autoconfigure.jpa.shop.Coupon;
import dev.migrate.autoconfigure.jpa.shop.CreditNote;
import dev.migrate.autoconfigure.jpa.shop.Currency;
import dev.migrate.autoconfigure.jpa.shop.Customer;
import dev.migrate.autoconfigure.jpa.shop.Department;
import dev.migrate.autoconfigure.jpa.shop.Document;
import dev.migrate.autoconfigure.jpa.shop.Employee;
import dev.migrate.autoconfigure.jpa.shop.ExchangeRate;
import dev.migrate.autoconfigure.jpa.shop.FreightShipment;
import dev.migrate.autoconfigure.jpa.shop.Invoice;
import dev.migrate.autoconfigure.jpa.shop.LineTotal;
import dev.migrate.autoconfigure.jpa.shop.LoginSession;
import dev.migrate.autoconfigure.jpa.shop.Measurement;
import dev.migrate.autoconfigure.jpa.shop.Member;
import dev.migrate.autoconfigure.jpa.shop.MemberTierConverter;
import dev.migrate.autoconfigure.jpa.shop.Newsletter;
import dev.migrate.autoconfigure.jpa.shop.Notification;
import dev.migrate.autoconfigure.jpa.shop.OpeningHours;
import dev.migrate.autoconfigure.jpa.shop.OrderLine;
import dev.migrate.autoconfigure.jpa.shop.ParcelShipment;
import dev.migrate.autoconfigure.jpa.shop.Payment;
import dev.migrate.autoconfigure.jpa.shop.PickupShipment;
import dev.migrate.autoconfigure.jpa.shop.PriceHistory;
import dev.migrate.autoconfigure.jpa.shop.Product;
import dev.migrate.autoconfigure.jpa.shop.Project;
import dev.migrate.autoconfigure.jpa.shop.PurchaseOrder;
import dev.migrate.autoconfigure.jpa.shop.Region;
import dev.migrate.autoconfigure.jpa.shop.Review;
import dev.migrate.autoconfigure.jpa.shop.Role;
import dev.migrate.autoconfigure.jpa.shop.Setting;
import dev.migrate.autoconfigure.jpa.shop.Shipment;
import dev.migrate.autoconfigure.jpa.shop.StockItem;
import dev.migrate.autoconfigure.jpa.shop.StockItemId;
import dev.migrate.autoconfigure.jpa.shop.Supplier;
import dev.migrate.autoconfigure.jpa.shop.SupplierContact;
import dev.migrate.autoconfigure.jpa.shop.Tag;
import dev.migrate.autoconfigure.jpa.shop.UserAccount;
import dev.migrate.autoconfigure.jpa.shop.VoucherPayment;
import dev.migrate.autoconfigure.jpa.shop.Warehouse;
import dev.migrate.autoconfigure.jpa.shop.Wishlist;
import dev.migrate.autoconfigure.jpa.shopchanges.AuditEventWithoutIndex;
import dev.migrate.autoconfigure.jpa.shopchanges.CouponWithDescription;
import dev.migrate.autoconfigure.jpa.shopchanges.GiftCard;
import dev.migrate.autoconfigure.jpa.shopchanges.MemberChanged;
import dev.migrate.autoconfigure.jpa.shopchanges.ReviewChanged;
import dev.migrate.autoconfigure.jpa.shopchanges.WishlistWithoutProducts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;

/**
 * The shop entity model of the tests (45 entities), before and after a round of changes.
 */
final class ShopModel {

	/**
	 * Spring Boot's default physical naming: {@code placedAt} becomes {@code placed_at}.
	 */
	static final Map<String, Object> SPRING_NAMING = Map.of("hibernate.physical_naming_strategy",
			CamelCaseToUnderscoresNamingStrategy.class.getName());

	static final List<Class<?>> CLASSES = List.of(Address.class, Attachment.class, AuditEvent.class, Audited.class,
			BankTransferPayment.class, CardPayment.class, Cart.class, CartItem.class, Category.class, Country.class,
			Coupon.class, CreditNote.class, Currency.class, Customer.class, Department.class, Document.class,
			Employee.class, ExchangeRate.class, FreightShipment.class, Invoice.class, LineTotal.class,
			LoginSession.class, Measurement.class, Member.class, MemberTierConverter.class, Newsletter.class,
			Notification.class, OpeningHours.class, OrderLine.class, ParcelShipment.class, Payment.class,
			PickupShipment.class, PriceHistory.class, Product.class, Project.class, PurchaseOrder.class, Region.class,
			Review.class, Role.class, Setting.class, Shipment.class, StockItem.class, StockItemId.class, Supplier.class,
			SupplierContact.class, Tag.class, UserAccount.class, VoucherPayment.class, Warehouse.class, Wishlist.class);

	private ShopModel() {
	}

	static List<String> classNames() {
		return CLASSES.stream().map(Class::getName).toList();
	}

	/**
	 * The model after: a column added to Coupon and its code made longer, the index of
	 * AuditEvent dropped, Wishlist's many-to-many removed, GiftCard added, Member's
	 * allocation size made smaller, its display name longer ({@code @Size}) and its
	 * website required ({@code @NotNull}), Review's author reference cleared on delete
	 * and an index added to Review.
	 */
	static List<String> changedClassNames() {
		List<Class<?>> changed = new ArrayList<>(CLASSES);
		changed.remove(Coupon.class);
		changed.remove(AuditEvent.class);
		changed.remove(Wishlist.class);
		changed.remove(Member.class);
		changed.remove(Review.class);
		changed.addAll(List.of(CouponWithDescription.class, AuditEventWithoutIndex.class, WishlistWithoutProducts.class,
				GiftCard.class, MemberChanged.class, ReviewChanged.class));
		return changed.stream().map(Class::getName).toList();
	}

}
