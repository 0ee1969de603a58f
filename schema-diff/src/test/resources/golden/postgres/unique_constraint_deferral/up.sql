-- Drop unique constraint booking_code of booking
ALTER TABLE "booking" DROP CONSTRAINT "booking_code";

-- Drop unique constraint booking_room_slot of booking
ALTER TABLE "booking" DROP CONSTRAINT "booking_room_slot";

-- Create table seat
CREATE TABLE "seat" (
  "id" bigint NOT NULL,
  "row_no" integer NOT NULL,
  "seat_no" integer NOT NULL,
  CONSTRAINT "seat_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "seat_position" UNIQUE ("row_no", "seat_no") DEFERRABLE
);

-- Add unique constraint booking_code to booking (fails on duplicates)
ALTER TABLE "booking" ADD CONSTRAINT "booking_code" UNIQUE ("code");

-- Add unique constraint booking_room_slot to booking (fails on duplicates)
ALTER TABLE "booking" ADD CONSTRAINT "booking_room_slot" UNIQUE ("room", "slot") DEFERRABLE INITIALLY DEFERRED;
