-- Drop index idx_article_body of article
DROP INDEX "idx_article_body";

-- Drop index idx_article_name of article
DROP INDEX "idx_article_name";

-- Drop index idx_article_score of article
DROP INDEX "idx_article_score";

-- Create index idx_article_body on article
CREATE INDEX "idx_article_body" ON "article" USING gin ("body" jsonb_path_ops);

-- Create index idx_article_name on article
CREATE INDEX "idx_article_name" ON "article" ("name" COLLATE "C" DESC NULLS LAST);

-- Comment index idx_article_name of article
COMMENT ON INDEX "idx_article_name" IS 'names in C order';

-- Create index idx_article_name_prefix on article
CREATE INDEX "idx_article_name_prefix" ON "article" (lower(name) text_pattern_ops);

-- Create index idx_article_score on article
CREATE INDEX "idx_article_score" ON "article" ("score") INCLUDE ("name") WITH (fillfactor=70);

-- Create index idx_article_score_recent on article
CREATE INDEX "idx_article_score_recent" ON "article" ("score" DESC) WHERE score > 0;

-- Comment index idx_article_score_recent of article
COMMENT ON INDEX "idx_article_score_recent" IS 'recent scores';
