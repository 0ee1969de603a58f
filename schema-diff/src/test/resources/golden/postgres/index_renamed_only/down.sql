-- Rename index idx_visit_time of visit to visit_visited_at_idx
ALTER INDEX "idx_visit_time" RENAME TO "visit_visited_at_idx";
