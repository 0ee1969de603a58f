-- Alter table booking: drop check ck_nights; add check ck_guests (fails on rows that violate it)
ALTER TABLE `booking`
  DROP CONSTRAINT `ck_nights`,
  ADD CONSTRAINT `ck_guests` CHECK (`guests` between 1 and 10);
