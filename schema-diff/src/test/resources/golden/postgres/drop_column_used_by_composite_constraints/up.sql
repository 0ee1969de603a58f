-- Drop unique constraint uk_booking_room_night of booking
ALTER TABLE "booking" DROP CONSTRAINT "uk_booking_room_night";

-- Drop check constraint ck_booking_guests of booking
ALTER TABLE "booking" DROP CONSTRAINT "ck_booking_guests";

-- Drop index ix_booking_night_room of booking
DROP INDEX "ix_booking_night_room";

-- Drop column booking.night (its data is lost)
ALTER TABLE "booking" DROP COLUMN "night";
