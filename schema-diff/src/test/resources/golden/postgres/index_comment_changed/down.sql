-- Comment index visit_visited_at_idx of visit
COMMENT ON INDEX "visit_visited_at_idx" IS 'by time';
