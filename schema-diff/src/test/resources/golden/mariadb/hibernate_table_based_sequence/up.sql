-- Create table customer_seq
CREATE TABLE `customer_seq` (
  `next_val` bigint
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
