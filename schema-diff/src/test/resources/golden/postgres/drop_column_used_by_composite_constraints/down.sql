-- Add column booking.night (fails if the table has rows: NOT NULL without default)
ALTER TABLE "booking" ADD COLUMN "night" date NOT NULL;

-- Add unique constraint uk_booking_room_night to booking (fails on duplicates)
ALTER TABLE "booking" ADD CONSTRAINT "uk_booking_room_night" UNIQUE ("room", "night");

-- Add check constraint ck_booking_guests to booking (fails on rows that violate it)
ALTER TABLE "booking" ADD CONSTRAINT "ck_booking_guests" CHECK (guests > 0 AND night > '2000-01-01'::date);

-- Create index ix_booking_night_room on booking
CREATE INDEX "ix_booking_night_room" ON "booking" ("night", "room");
