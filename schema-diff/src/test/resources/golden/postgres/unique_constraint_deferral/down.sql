-- Drop table seat (its data is lost)
DROP TABLE "seat";

-- Drop unique constraint booking_code of booking
ALTER TABLE "booking" DROP CONSTRAINT "booking_code";

-- Drop unique constraint booking_room_slot of booking
ALTER TABLE "booking" DROP CONSTRAINT "booking_room_slot";

-- Add unique constraint booking_code to booking (fails on duplicates)
ALTER TABLE "booking" ADD CONSTRAINT "booking_code" UNIQUE ("code") DEFERRABLE;

-- Add unique constraint booking_room_slot to booking (fails on duplicates)
ALTER TABLE "booking" ADD CONSTRAINT "booking_room_slot" UNIQUE ("room", "slot");
