-- Rename constraint booking_no_overlap of booking to no_overlap
ALTER TABLE "booking" RENAME CONSTRAINT "booking_no_overlap" TO "no_overlap";

-- Drop table slot (its data is lost)
DROP TABLE "slot";

-- Drop exclusion constraint one_per_room of booking
ALTER TABLE "booking" DROP CONSTRAINT "one_per_room";
