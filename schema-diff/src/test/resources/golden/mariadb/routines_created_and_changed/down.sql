-- Drop view account_fees
DROP VIEW `account_fees`;

-- Drop procedure reset_balance
DROP PROCEDURE `reset_balance`;

-- Drop function fee
DROP FUNCTION `fee`;

-- Create function fee
CREATE FUNCTION `fee`(`amount` int(11)) RETURNS int(11) DETERMINISTIC CONTAINS SQL SQL SECURITY DEFINER return amount div 100;

-- Create procedure old_reset
CREATE PROCEDURE `old_reset`() NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY DEFINER update account set balance = 0;
