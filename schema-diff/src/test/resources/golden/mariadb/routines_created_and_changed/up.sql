-- Drop procedure old_reset
DROP PROCEDURE `old_reset`;

-- Drop function fee
DROP FUNCTION `fee`;

-- Create function fee
CREATE FUNCTION `fee`(`amount` int(11)) RETURNS int(11) DETERMINISTIC CONTAINS SQL SQL SECURITY DEFINER COMMENT 'One percent, rounded down' return amount div 100 + 1;

-- Create procedure reset_balance
DELIMITER //
CREATE PROCEDURE `reset_balance`(IN `account_id` bigint(20), OUT `previous` int(11)) NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY INVOKER begin
    select balance into previous from account where id = account_id;
    update account set balance = 0 where id = account_id;
end//
DELIMITER ;

-- Create view account_fees
CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `account_fees` AS select `account`.`id` AS `id`,`fee`(`account`.`balance`) AS `fee` from `account`;
