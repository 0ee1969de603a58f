-- Drop unique constraint uk_seat of seat
ALTER TABLE "seat" DROP CONSTRAINT "uk_seat";

-- Drop index ix_seat of seat
DROP INDEX "ix_seat";
