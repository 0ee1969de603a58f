-- Drop index idx_article_body of article
DROP INDEX "idx_article_body";

-- Drop index idx_article_name of article
DROP INDEX "idx_article_name";

-- Drop index idx_article_name_prefix of article
DROP INDEX "idx_article_name_prefix";

-- Drop index idx_article_score of article
DROP INDEX "idx_article_score";

-- Drop index idx_article_score_recent of article
DROP INDEX "idx_article_score_recent";

-- Create index idx_article_body on article
CREATE INDEX "idx_article_body" ON "article" USING gin ("body");

-- Create index idx_article_name on article
CREATE INDEX "idx_article_name" ON "article" ("name");

-- Create index idx_article_score on article
CREATE INDEX "idx_article_score" ON "article" ("score");

-- Comment index idx_article_score of article
COMMENT ON INDEX "idx_article_score" IS 'old comment';
