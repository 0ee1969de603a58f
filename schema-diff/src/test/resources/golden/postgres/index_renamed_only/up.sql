-- Rename index visit_visited_at_idx of visit to idx_visit_time
ALTER INDEX "visit_visited_at_idx" RENAME TO "idx_visit_time";
