-- Drop trigger orders_amount on orders
DROP TRIGGER "orders_amount" ON "orders";

-- Drop policy small_orders on orders
DROP POLICY "small_orders" ON "orders";

-- Change type of orders.amount from integer to bigint
ALTER TABLE "orders" ALTER COLUMN "amount" TYPE bigint;

-- Create policy small_orders on orders
CREATE POLICY small_orders ON orders FOR SELECT TO PUBLIC USING ((amount < 1000));

-- Create trigger orders_amount on orders
CREATE TRIGGER orders_amount BEFORE INSERT OR UPDATE OF amount ON orders FOR EACH ROW WHEN ((new.amount IS NOT NULL)) EXECUTE FUNCTION check_amount();
