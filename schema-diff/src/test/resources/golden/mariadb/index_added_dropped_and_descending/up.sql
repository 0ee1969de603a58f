-- Alter table score: drop index ix_score_player; add index ix_score_points; add unique index ux_score_player_at (fails on duplicates)
ALTER TABLE `score`
  DROP INDEX `ix_score_player`,
  ADD INDEX `ix_score_points` (`points` DESC, `at`),
  ADD UNIQUE INDEX `ux_score_player_at` (`player`, `at` DESC);
