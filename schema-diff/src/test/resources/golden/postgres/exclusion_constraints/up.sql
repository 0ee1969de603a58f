-- Rename constraint no_overlap of booking to booking_no_overlap
ALTER TABLE "booking" RENAME CONSTRAINT "no_overlap" TO "booking_no_overlap";

-- Create table slot
CREATE TABLE "slot" (
  "id" integer,
  "period" "tsrange"
);

-- Add exclusion constraint one_per_room to booking (fails on conflicting rows)
ALTER TABLE "booking" ADD CONSTRAINT "one_per_room" EXCLUDE USING btree (room WITH =) WHERE (room > 0);

-- Add exclusion constraint slot_period_excl to slot (fails on conflicting rows)
ALTER TABLE "slot" ADD CONSTRAINT "slot_period_excl" EXCLUDE USING gist (period WITH &&);
