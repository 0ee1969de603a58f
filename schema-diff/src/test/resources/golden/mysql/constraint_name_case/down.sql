-- Alter table item: drop check CHK_QUANTITY; add check chk_quantity (fails on rows that violate it)
ALTER TABLE `item`
  DROP CONSTRAINT `CHK_QUANTITY`,
  ADD CONSTRAINT `chk_quantity` CHECK (`quantity` > 0);
