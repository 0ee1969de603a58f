-- Alter table item: drop check chk_quantity; add check CHK_QUANTITY (fails on rows that violate it)
ALTER TABLE `item`
  DROP CONSTRAINT `chk_quantity`,
  ADD CONSTRAINT `CHK_QUANTITY` CHECK (`quantity` > 0);
