-- Drop unique constraint uk_seat of seat
ALTER TABLE "seat" DROP CONSTRAINT "uk_seat";

-- Drop unique constraint uk_seat_hall_row of seat
ALTER TABLE "seat" DROP CONSTRAINT "uk_seat_hall_row";

-- Drop index ix_seat of seat
DROP INDEX "ix_seat";

-- Drop index ix_seat_hall of seat
DROP INDEX "ix_seat_hall";

-- Add unique constraint uk_seat to seat (fails on duplicates)
ALTER TABLE "seat" ADD CONSTRAINT "uk_seat" UNIQUE ("hall", "seat_row");

-- Create index ix_seat on seat
CREATE INDEX "ix_seat" ON "seat" ("hall");
