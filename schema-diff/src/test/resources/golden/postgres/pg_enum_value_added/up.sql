-- Add value SHIPPED to enum type order_status
ALTER TYPE "order_status" ADD VALUE 'SHIPPED';
