-- Create table OrderLine
CREATE TABLE `OrderLine` (
  `Id` bigint NOT NULL,
  `CustomerId` bigint,
  PRIMARY KEY (`Id`),
  KEY `IX_OrderLine_Customer` (`CustomerId`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table Customer: add column EMail
ALTER TABLE `Customer` ADD COLUMN `EMail` varchar(100) COLLATE latin1_swedish_ci;

-- Alter table OrderLine: add foreign key FK_OrderLine_Customer to Customer
ALTER TABLE `OrderLine` ADD CONSTRAINT `FK_OrderLine_Customer` FOREIGN KEY (`CustomerId`) REFERENCES `Customer` (`Id`);
