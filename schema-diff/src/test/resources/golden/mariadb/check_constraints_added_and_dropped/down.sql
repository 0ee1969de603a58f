-- Alter table booking: drop check ck_guests; add check ck_nights (fails on rows that violate it)
ALTER TABLE `booking`
  DROP CONSTRAINT `ck_guests`,
  ADD CONSTRAINT `ck_nights` CHECK (`nights` > 0);
