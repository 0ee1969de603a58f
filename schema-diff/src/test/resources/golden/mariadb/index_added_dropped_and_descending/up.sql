-- Alter table score: drop index ix_score_player; add unique index ux_score_player_at (fails on duplicates); add index ix_score_points
ALTER TABLE `score`
  DROP INDEX `ix_score_player`,
  ADD UNIQUE INDEX `ux_score_player_at` (`player`, `at` DESC),
  ADD INDEX `ix_score_points` (`points` DESC, `at`);
