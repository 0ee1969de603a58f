-- Create table shipments
CREATE TABLE `shipments` (
  `id` int NOT NULL,
  `status` varchar(20),
  `priority` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `shipments_status_chk` CHECK (`status` in ('pending','shipped')),
  CONSTRAINT `shipments_priority_chk` CHECK (`priority` in (1,2,3))
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
